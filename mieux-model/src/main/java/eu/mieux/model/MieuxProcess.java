package eu.mieux.model;

/**
 * One of the six MIEUX processes (RULES.md §3; 001:344-356).
 */
public enum MieuxProcess implements Coded {
  /** Everything before approval of the request (001:158-161). */
  PRE_IMPLEMENTATION,
  /** Execution of the sequence of activities planned in the Action Fiche (001:138-139). */
  IMPLEMENTATION,
  /** Performance monitoring and evaluation (RULES.md §8). */
  MONITORING_AND_EVALUATION,
  /** Communication and visibility. */
  COMMUNICATION_AND_VISIBILITY,
  /** Knowledge management, a cross-cutting process (001:121-126). */
  KNOWLEDGE_MANAGEMENT,
  /** The Expert Management Mechanism: recruitment, retention and evaluation of experts (001:133-136). */
  EXPERT_MANAGEMENT
}
