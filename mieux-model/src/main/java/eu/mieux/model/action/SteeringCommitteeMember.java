package eu.mieux.model.action;

import eu.mieux.model.Coded;

/**
 * A member of the Project Steering Committee (CPP), which co-drafts and approves Action Fiches
 * (RULES.md §2; annual report 2018).
 *
 * <p>The members changed over time (G-SC2): DG DEVCO, DG HOME and the EEAS until MIEUX+; under
 * MIEUX+ DG INTPA (DG DEVCO's name from 16 January 2021), DG HOME, the EEAS and DG NEAR, with the
 * ICMPD MIEUX team. Who sat on the committee on a date is data in the rules module.
 */
public enum SteeringCommitteeMember implements Coded {
  /** The Directorate-General for International Cooperation and Development. */
  DG_DEVCO,
  /** The Directorate-General for Migration and Home Affairs. */
  DG_HOME,
  /** The European External Action Service. */
  EEAS,
  /** The Directorate-General for International Partnerships, DG DEVCO's name from 16 January 2021. */
  DG_INTPA,
  /** The Directorate-General for Neighbourhood and Enlargement Negotiations (MIEUX+). */
  DG_NEAR,
  /** The ICMPD MIEUX team, named with the committee under MIEUX+. */
  ICMPD_MIEUX_TEAM
}
