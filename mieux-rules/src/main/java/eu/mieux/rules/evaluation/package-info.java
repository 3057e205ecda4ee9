/**
 * Performance monitoring and evaluation (RULES.md §3 process 3, §8.1, R-LC7): the review calendar
 * ({@link eu.mieux.rules.evaluation.ReviewCalendar}), the feedback loop
 * ({@link eu.mieux.rules.evaluation.FeedbackLoop}) and which evaluations apply to ongoing or closed
 * Actions ({@link eu.mieux.rules.evaluation.EvaluationRules}, with the
 * {@link eu.mieux.rules.evaluation.MonitoringScope} setting of RULES.md §13 Q3).
 */
package eu.mieux.rules.evaluation;
