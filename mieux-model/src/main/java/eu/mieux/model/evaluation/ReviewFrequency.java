package eu.mieux.model.evaluation;

import eu.mieux.model.Coded;

/**
 * How often MIEUX reviews the feedback it collects: quarterly, half-yearly and yearly (R-LC7, EV5;
 * 10-year report p. 29-32).
 */
public enum ReviewFrequency implements Coded {
  /** Every calendar quarter: January-March, April-June, July-September, October-December. */
  QUARTERLY(3),
  /** Every calendar half-year: January-June, July-December. */
  HALF_YEARLY(6),
  /** Every calendar year. */
  YEARLY(12);

  private final int months;

  ReviewFrequency(int months) {
    this.months = months;
  }

  /**
   * Gets the length of a reviewed period in months; each period starts in a month whose index from
   * January (0) is a multiple of it.
   *
   * @return 3, 6 or 12
   */
  public int months() {
    return months;
  }
}
