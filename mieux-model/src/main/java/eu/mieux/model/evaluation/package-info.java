/**
 * Performance monitoring and evaluation (RULES.md §3 process 3, §8.1, R-LC7): feedback per activity
 * and per Action, the review calendar's reviews, and evaluations against the ROM and Commission
 * criteria, each criterion scored with evidence and an explanation.
 */
@MieuxStyle
package eu.mieux.model.evaluation;

import eu.mieux.model.MieuxStyle;
