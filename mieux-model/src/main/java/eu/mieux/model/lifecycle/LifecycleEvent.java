package eu.mieux.model.lifecycle;

import eu.mieux.model.Coded;

/**
 * Something that happens to an Action and may move it to another {@link ActionStatus}
 * (RULES.md §4.1).
 */
public enum LifecycleEvent implements Coded {
  /** L3: the Action Fiche was drafted by the MIEUX team, the steering committee and the partner. */
  DRAFT_FICHE,
  /** L4: the Action was adapted to priority needs. */
  ADAPT_TO_PRIORITIES,
  /** L5: the steering committee approved the Action. */
  APPROVE,
  /** The steering committee declined the request. */
  DECLINE,
  /** The requesting authority withdrew its request. */
  WITHDRAW,
  /** L6: experts were mobilised and implementation started. */
  START_IMPLEMENTATION,
  /** L9: evaluation and sharing of results started. */
  START_EVALUATION,
  /** L10: the Action was closed. */
  CLOSE,
  /** R-LC14: the steering committee put an approved Action or its implementation on hold. */
  PUT_ON_HOLD,
  /** R-LC14: the steering committee resumed an Action on hold, back to the state the hold interrupted. */
  RESUME,
  /** R-LC14: the steering committee closed an Action during implementation or on hold, without evaluation. */
  CLOSE_EARLY;

  /**
   * Checks if the history must record why this event happened: a steering-committee decision to
   * interrupt, resume or close an Action early (R-LC14).
   *
   * @return true for {@link #PUT_ON_HOLD}, {@link #RESUME} and {@link #CLOSE_EARLY}
   */
  public boolean needsReason() {
    return this == PUT_ON_HOLD || this == RESUME || this == CLOSE_EARLY;
  }
}
