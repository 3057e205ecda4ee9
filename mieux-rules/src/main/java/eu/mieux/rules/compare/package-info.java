/**
 * What-if comparisons: the same questions answered under two settings, keeping only the answers that
 * differ, each with both reasons (OpenFisca calls the alternative a "reform"; RULES.md §13, §15).
 */
package eu.mieux.rules.compare;
