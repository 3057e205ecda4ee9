package eu.mieux.model.request;

import eu.mieux.model.Coded;

/**
 * Who received a request (lifecycle step L2; annual report 2018).
 */
public enum Channel implements Coded {
  /** The MIEUX team at ICMPD. */
  MIEUX_TEAM,
  /** The EU Delegation in the partner country. */
  EU_DELEGATION
}
