package eu.mieux.model;

/**
 * One of the six MIEUX processes (RULES.md §3; annual report 2018).
 */
public enum MieuxProcess implements Coded {
  /** Everything before approval of the request (annual report 2018). */
  PRE_IMPLEMENTATION,
  /** Execution of the sequence of activities planned in the Action Fiche (annual report 2018). */
  IMPLEMENTATION,
  /** Performance monitoring and evaluation (RULES.md §8). */
  MONITORING_AND_EVALUATION,
  /** Communication and visibility. */
  COMMUNICATION_AND_VISIBILITY,
  /** Knowledge management, a cross-cutting process (annual report 2018). */
  KNOWLEDGE_MANAGEMENT,
  /** The Expert Management Mechanism: recruitment, retention and evaluation of experts (annual report 2018). */
  EXPERT_MANAGEMENT
}
