package eu.mieux.model.evaluation;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ValidityPeriod;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;
import eu.mieux.model.internal.Invariants;

/**
 * One review of the collected feedback: a calendar quarter, half-year or year, due on its last day
 * (R-LC7, EV5; 10-year report p. 29-32).
 *
 * <p>Invariant checked by {@code build()}: the period is exactly one calendar period of the
 * frequency (a quarter starts on 1 January, 1 April, 1 July or 1 October and ends the day before the
 * next one).
 *
 * <p>Reviews are ordered by due date, then by frequency (a quarter before the half-year and the
 * year that end on the same day).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Review implements Comparable<Review> {

  private static final Comparator<Review> ORDER = Comparator.comparing(Review::dueOn)
      .thenComparing(Review::frequency);

  Review() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains the review of the calendar period of a frequency that contains a date.
   *
   * @param frequency  the frequency, not null
   * @param date  any day of the reviewed period, not null
   * @return the review
   */
  public static Review containing(ReviewFrequency frequency, LocalDate date) {
    int monthIndex = date.getMonthValue() - 1;
    LocalDate start = LocalDate.of(date.getYear(),
        monthIndex - monthIndex % frequency.months() + 1, 1);
    return builder().frequency(frequency)
        .period(ValidityPeriod.of(start, start.plusMonths(frequency.months()).minusDays(1)))
        .build();
  }

  /**
   * Gets the frequency.
   *
   * @return the frequency
   */
  public abstract ReviewFrequency frequency();

  /**
   * Gets the reviewed period, inclusive at both ends.
   *
   * @return the calendar quarter, half-year or year
   */
  public abstract ValidityPeriod period();

  /**
   * Gets the day the review falls due: the last day of the period.
   *
   * @return the due date
   */
  public LocalDate dueOn() {
    return period().endInclusive();
  }

  /**
   * Returns the review of the next period of the same frequency.
   *
   * @return the following review
   */
  public Review next() {
    return containing(frequency(), dueOn().plusDays(1));
  }

  @Override
  public int compareTo(Review other) {
    return ORDER.compare(this, other);
  }

  @Value.Check
  void check() {
    Invariants.checkDocumentPeriod("period", period());
    LocalDate start = period().start();
    checkState(start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % frequency().months() == 0
            && period().endInclusive().equals(start.plusMonths(frequency().months()).minusDays(1)),
        "period must be one calendar period of %s months, but was %s", frequency().months(),
        period());
  }

  /** A builder of {@link Review}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableReview.Builder {
    /** Creates an empty builder; prefer {@link Review#builder()}. */
    public Builder() {}
  }
}
