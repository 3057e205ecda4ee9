package eu.mieux.model.evaluation;

import eu.mieux.model.Coded;

/**
 * Who gives feedback at Action level: experts and local authorities (R-LC7; 10-year report p. 29-32).
 */
public enum ActionFeedbackSource implements Coded {
  /** An expert deployed on the Action. */
  EXPERT,
  /** A local (partner-country) authority of the Action. */
  LOCAL_AUTHORITY
}
