/**
 * Good-practice scoring: assessing an Action against the ten characteristics of a good practice
 * (RULES.md §6.1), with the {@link eu.mieux.rules.scoring.Scoring} policy and the 16 case studies
 * of 003 as reproducible fixtures.
 *
 * <p>The numeric score is this library's model, not a MIEUX rule: the texts give no scoring method
 * (RULES.md §6.4, §13 Q18).
 */
package eu.mieux.rules.scoring;
