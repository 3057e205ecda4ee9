package eu.mieux.model.action;

import eu.mieux.model.Coded;

/**
 * The type of a MIEUX Action (RULES.md R-LC15).
 *
 * <p>Until MIEUX+ every Action was classic. MIEUX+ added holistic capacity development Actions and
 * regional capacity development partnerships beside the classic Action
 * (https://mieux-initiative.eu/en/news-events/news/putting-the-plus-into-mieux-part-i-holistic-capacity-development-actions).
 * Which type may be used on which date, and what tells the types apart, is decided by the rules
 * module.
 */
public enum ActionType implements Coded {
  /** The classic Action: a sequence of six or seven Activities for a requesting authority. */
  CLASSIC,
  /** A holistic capacity development Action (MIEUX+), working with one country's institutions as a whole. */
  HOLISTIC_CAPACITY_DEVELOPMENT,
  /** A regional capacity development partnership (MIEUX+), with several partner countries or a regional requester. */
  REGIONAL_CAPACITY_DEVELOPMENT_PARTNERSHIP
}
