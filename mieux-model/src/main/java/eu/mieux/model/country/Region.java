package eu.mieux.model.country;

import eu.mieux.model.Coded;

/**
 * A region used in MIEUX reporting and staffing, each with a regional coordinator (RULES.md §10.1;
 * annual report 2018).
 */
public enum Region implements Coded {
  /** Central, East and Southern Africa. */
  AFRICA_CENTRAL_EAST_SOUTHERN,
  /** West Africa. */
  AFRICA_WEST,
  /** Asia: Central Asia and South-East Asia. */
  ASIA,
  /** The European Neighbourhood, East and South (16 countries). */
  EU_NEIGHBOURHOOD,
  /** Latin America and the Caribbean. */
  LATIN_AMERICA_CARIBBEAN
}
