package eu.mieux.model.action;

import eu.mieux.model.Coded;

/**
 * The type of a deliverable an Action leaves behind (RULES.md §2.2; 10-year report p. 79-93).
 */
public enum DeliverableType implements Coded {
  /** Standard operating procedures. */
  STANDARD_OPERATING_PROCEDURES,
  /** Guide or training manual. */
  GUIDE_OR_MANUAL,
  /** Guidelines or operational protocol. */
  GUIDELINES_OR_PROTOCOL,
  /** Policy, strategy or action plan. */
  POLICY_OR_STRATEGY,
  /** Law or regulation adopted. */
  LAW_OR_REGULATION,
  /** Training programme or curriculum. */
  TRAINING_PROGRAMME,
  /** Brochure or aide-mémoire. */
  BROCHURE,
  /** Resource manual, analytical report, fact-finding or needs-assessment report. */
  REPORT,
  /** Questionnaire. */
  QUESTIONNAIRE
}
