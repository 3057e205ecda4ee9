package eu.mieux.model.lifecycle;

import eu.mieux.model.Coded;

/**
 * A state of an Action in its lifecycle, from request to closure (RULES.md §4.1, steps L1-L11).
 *
 * <p>The state machine that moves between these states, with its preconditions, lives in the rules
 * module; this enum only names the states and the step each stands for.
 */
public enum ActionStatus implements Coded {
  /** L1-L2: the request was sent and received by the MIEUX team or the EU Delegation. */
  REQUEST_RECEIVED("L2", false),
  /** L3: the Action Fiche was drafted jointly by the three parties. */
  FICHE_DRAFTED("L3", false),
  /** L4: the Action was adapted to priority needs. */
  ADAPTED_TO_PRIORITIES("L4", false),
  /** L5: the steering committee approved the Action; pre-implementation ends here (R-LC1). */
  APPROVED("L5", false),
  /** L6-L8: experts mobilised, activities carried out, local ownership ensured. */
  IN_IMPLEMENTATION("L7", false),
  /**
   * On hold (suspended): the steering committee interrupted an approved Action or its
   * implementation (R-LC14: Burundi I and II, Ukraine II); it may resume or close early.
   */
  ON_HOLD("L7", false),
  /** L9: evaluation and sharing of results. */
  IN_EVALUATION("L9", false),
  /** L10: the Action is closed. */
  CLOSED("L10", true),
  /** The steering committee declined the request. */
  DECLINED("L5", true),
  /** The requesting authority withdrew the request. */
  WITHDRAWN("L1", true);

  private final String step;
  private final boolean terminal;

  ActionStatus(String step, boolean terminal) {
    this.step = step;
    this.terminal = terminal;
  }

  /**
   * Gets the lifecycle step of RULES.md §4.1 this state stands for, such as {@code L5}.
   *
   * @return the step id
   */
  public String step() {
    return step;
  }

  /**
   * Checks if no transition leaves this state.
   *
   * @return true for closed, declined and withdrawn
   */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Checks if this state is part of pre-implementation, which ends with approval (R-LC1).
   *
   * @return true before implementation starts
   */
  public boolean isPreImplementation() {
    return ordinal() <= APPROVED.ordinal();
  }
}
