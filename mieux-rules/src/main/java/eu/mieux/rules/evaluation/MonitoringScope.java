package eu.mieux.rules.evaluation;

import eu.mieux.model.Coded;

/**
 * Which Actions performance monitoring and evaluation applies to: the texts disagree (EV2, RULES.md
 * §13 Q3).
 *
 * <p>Choice: the default, {@link #ONGOING_OR_CLOSED}, follows 001's glossary. The process is named
 * "suivi et évaluation" (monitoring and evaluation), monitoring can only follow an intervention that
 * is still running, and the feedback of R-LC7 is reviewed quarterly during implementation (10-year report p. 29-32).
 * {@link #CLOSED_ONLY} follows 003's glossary; pass it to {@link EvaluationRules#EvaluationRules(
 * MonitoringScope)} to use it.
 */
public enum MonitoringScope implements Coded {
  /** An ongoing or a closed intervention may be evaluated (annual report 2018); the default. */
  ONGOING_OR_CLOSED,
  /** Only a closed intervention may be evaluated (10-year report p. 11-16). */
  CLOSED_ONLY
}
