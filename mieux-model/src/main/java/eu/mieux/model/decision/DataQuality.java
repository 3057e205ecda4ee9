package eu.mieux.model.decision;

import eu.mieux.model.Coded;

/**
 * How well a fact is backed by its source, from the prefixes of the coverage data's {@code source}
 * column (SOURCES.md, "How to read the source column").
 *
 * <p>The constants are ordered from best to worst; {@link #worst(DataQuality)} combines two.
 */
public enum DataQuality implements Coded {
  /** Backed by a primary text (legal act, OECD data) or a strong secondary source. */
  VERIFIED,
  /** An inference or a weak source ({@code unverified:} prefix). */
  UNVERIFIED,
  /** A modelling choice standing in for a missing legal list ({@code proxy:} prefix). */
  PROXY;

  /**
   * Returns the worse of this quality and the other.
   *
   * @param other  the other quality, not null
   * @return the one that comes later in declaration order
   */
  public DataQuality worst(DataQuality other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
