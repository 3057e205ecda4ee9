package eu.mieux.model.action;

import eu.mieux.model.Coded;

/**
 * A level of capacity development (OECD/DAC 2008), which Action Fiches cover (10-year report p. 65-78; EV4).
 */
public enum CapacityLevel implements Coded {
  /** Individual skills. */
  INDIVIDUAL,
  /** Institutions and organisations. */
  ORGANISATIONAL,
  /** The enabling environment: policies, laws, frameworks. */
  ENABLING_ENVIRONMENT
}
