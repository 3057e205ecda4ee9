/**
 * The states of an Action's lifecycle; the transitions are rules, in the rules module.
 */
@MieuxStyle
package eu.mieux.model.lifecycle;

import eu.mieux.model.MieuxStyle;
