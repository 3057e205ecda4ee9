package eu.mieux.model.action;

import eu.mieux.model.Coded;

/**
 * A party to the drafting of an Action Fiche; all three must take part (R-LC2; annual report 2018).
 */
public enum FicheParty implements Coded {
  /** The MIEUX team at ICMPD. */
  MIEUX_TEAM,
  /** The Project Steering Committee (DG DEVCO, DG HOME, EEAS). */
  STEERING_COMMITTEE,
  /** The partner, requesting authority. */
  PARTNER_AUTHORITY
}
