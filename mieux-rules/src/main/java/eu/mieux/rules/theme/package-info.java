/**
 * Thematic rules: the mandate by phase (R-EL7) and the classification under CRS purpose codes.
 */
package eu.mieux.rules.theme;
