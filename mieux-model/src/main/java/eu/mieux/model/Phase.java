package eu.mieux.model;

import java.time.LocalDate;

/**
 * A phase of the MIEUX programme.
 *
 * <p>Each phase has a default period. The seeds disagree on the boundaries (RULES.md §1.1 and §13
 * Q1), so the rules module treats these dates as a configurable setting; the defaults here are:
 * <ul>
 *   <li>{@link #MIEUX_I}: December 2008 (pilot start, annual report 2018) to 31 December 2011;</li>
 *   <li>{@link #MIEUX_II}: 2012 (10-year report p. 19-24, 10-year report p. 39-48) to 30 November 2015;</li>
 *   <li>{@link #MIEUX_III}: December 2015 (annual report 2018) to 29 April 2020;</li>
 *   <li>{@link #MIEUX_PLUS}: 30 April 2020 (launch) to 31 March 2024 (the programme site and ICMPD;
 *       one article says April 2024, the seeds plan April 2023, 10-year report p. 169; RULES.md §15.3).</li>
 * </ul>
 */
public enum Phase implements Coded {
  /** MIEUX I, the pilot phase: irregular migration only. */
  MIEUX_I("MIEUX I", LocalDate.of(2008, 12, 1), LocalDate.of(2011, 12, 31)),
  /** MIEUX II: all four GAMM pillars and horizontal interventions. */
  MIEUX_II("MIEUX II", LocalDate.of(2012, 1, 1), LocalDate.of(2015, 11, 30)),
  /** MIEUX III: local authorities, judiciary and civil society join; knowledge management. */
  MIEUX_III("MIEUX III", LocalDate.of(2015, 12, 1), LocalDate.of(2020, 4, 29)),
  /** MIEUX+ (MIEUX Plus), launched during the COVID-19 crisis. */
  MIEUX_PLUS("MIEUX+", LocalDate.of(2020, 4, 30), LocalDate.of(2024, 3, 31));

  private final String label;
  private final ValidityPeriod defaultPeriod;

  Phase(String label, LocalDate start, LocalDate endInclusive) {
    this.label = label;
    this.defaultPeriod = ValidityPeriod.of(start, endInclusive);
  }

  /**
   * Gets the name the reports use, such as {@code MIEUX+}.
   *
   * @return the label, not empty
   */
  public String label() {
    return label;
  }

  /**
   * Gets the default period of this phase, inclusive at both ends.
   *
   * @return the period; the rules module may be configured with other boundaries
   */
  public ValidityPeriod defaultPeriod() {
    return defaultPeriod;
  }
}
