package eu.mieux.model;

/**
 * An objective of the MIEUX programme (RULES.md §1.2; 003:475-484, 001:282-299).
 */
public enum Objective implements Coded {
  /**
   * OG: contribute to better migration governance at regional and national level by strengthening
   * public institutions through rapid, short-term, small-scale peer-to-peer assistance.
   */
  OVERALL,
  /** OS1: improve understanding and capacity in partner countries to manage migration and mobility. */
  IMPROVE_UNDERSTANDING,
  /** OS2: strengthen public authorities' capacity to develop, implement and evaluate migration frameworks. */
  STRENGTHEN_GOVERNANCE,
  /** OS3: promote cooperation and coordination within and between partner countries and with the EU. */
  PROMOTE_COOPERATION
}
