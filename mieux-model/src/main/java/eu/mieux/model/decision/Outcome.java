package eu.mieux.model.decision;

import eu.mieux.model.Coded;

/**
 * The answer of a decision.
 */
public enum Outcome implements Coded {
  /** The rule holds: eligible, admissible, allowed. */
  YES,
  /** The rule does not hold; the reasons say why. */
  NO,
  /**
   * The data cannot answer: the policy excluded every applicable row, or the date lies outside the
   * data. Never a silent {@link #NO}.
   */
  UNDETERMINED
}
