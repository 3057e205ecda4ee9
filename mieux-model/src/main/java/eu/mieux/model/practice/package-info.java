/**
 * The ten characteristics of a good practice in MIEUX Actions.
 */
@MieuxStyle
package eu.mieux.model.practice;

import eu.mieux.model.MieuxStyle;
