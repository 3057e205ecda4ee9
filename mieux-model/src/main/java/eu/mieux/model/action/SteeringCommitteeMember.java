package eu.mieux.model.action;

import eu.mieux.model.Coded;

/**
 * A member of the Project Steering Committee (CPP), which co-drafts and approves Action Fiches
 * (RULES.md §2; annual report 2018).
 */
public enum SteeringCommitteeMember implements Coded {
  /** The Directorate-General for International Cooperation and Development. */
  DG_DEVCO,
  /** The Directorate-General for Migration and Home Affairs. */
  DG_HOME,
  /** The European External Action Service. */
  EEAS
}
