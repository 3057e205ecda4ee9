package eu.mieux.model.decision;

import java.util.List;

/**
 * Anything that answers a question with an outcome and the reasons for it.
 *
 * <p>Implemented by {@link Decision}, {@link CountryDecision} and {@link RequestDecision}.
 */
public interface Explained {

  /**
   * Gets the answer.
   *
   * @return the outcome
   */
  Outcome outcome();

  /**
   * Gets the reasons, in the order the rules were applied; never empty for a decision made by the
   * rules module.
   *
   * @return the reasons
   */
  List<Reason> reasons();

  /**
   * Checks if the outcome is {@link Outcome#YES}.
   *
   * @return true for a positive decision
   */
  default boolean isYes() {
    return outcome() == Outcome.YES;
  }
}
