/**
 * Thematic areas (the four GAMM pillars and horizontal interventions) and their sub-topics.
 */
@MieuxStyle
package eu.mieux.model.theme;

import eu.mieux.model.MieuxStyle;
