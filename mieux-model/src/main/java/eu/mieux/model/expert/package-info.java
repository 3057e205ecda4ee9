/**
 * Experts deployed on Actions: EU member-state and "southern" peers, and their profiles.
 */
@MieuxStyle
package eu.mieux.model.expert;

import eu.mieux.model.MieuxStyle;
