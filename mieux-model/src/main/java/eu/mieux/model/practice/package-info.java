/**
 * Good practice in MIEUX Actions: the ten characteristics (RULES.md §6.1), the kinds of evidence
 * for them, the 16 case studies' shape and the assessment of an Action against the ten.
 *
 * <p>The assessment and its numbers are this library's model; MIEUX defines no scoring method
 * (RULES.md §6.4). The rules that make assessments live in {@code eu.mieux.rules.scoring}.
 */
@MieuxStyle
package eu.mieux.model.practice;

import eu.mieux.model.MieuxStyle;
