package eu.mieux.model.decision;

import eu.mieux.model.Coded;

/**
 * How much a finding weighs in an assessment.
 */
public enum Severity implements Coded {
  /** Blocks the request or the transition. */
  ERROR,
  /** Advice: the texts describe a typical practice that is not followed. */
  WARNING,
  /** Explains what was checked and held. */
  INFO
}
