package eu.mieux.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Range;
import eu.mieux.model.internal.Quote;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A period of dates, inclusive at both ends.
 *
 * <p>Both ends are inclusive, like the {@code valid_from} and {@code valid_to} columns of the
 * coverage data and like the legal texts ("from 1 January 2014 to 31 December 2020"). The text form
 * is ISO-8601 {@code start/endInclusive}, for example {@code 2014-01-01/2020-12-31}, and
 * {@link #parse(CharSequence)} reads it back.
 *
 * <p>This is the model's one period type, for periods whose two ends are dates. Two values have an
 * end that is not a date and say so with an empty {@code Optional} instead: an Action's
 * {@code endDate()} while it runs, and a {@code CountryDecision}'s {@code holdsFrom()} and
 * {@code holdsUntil()} when the same answer holds on every earlier or later day. Choice: a
 * {@code ValidityPeriod} has no open end, so that a coverage row or a phase is never open by mistake.
 *
 * <p>This class is immutable and thread-safe. Do not rely on identity.
 */
public final class ValidityPeriod implements Comparable<ValidityPeriod> {

  /**
   * The dates a MIEUX document can hold, {@code 0000-01-01/9999-12-31}, inclusive at both ends: the
   * ISO-8601 calendar dates with a four-digit year, the only ones the JSON binding reads and the JSON
   * schemas accept. The model's aggregates refuse any other date, so whatever the library writes
   * reads back. A {@code ValidityPeriod} itself may be wider, for computation.
   *
   * @since 0.1.0
   */
  public static final ValidityPeriod DOCUMENT_DATES =
      new ValidityPeriod(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31));

  private final LocalDate start;
  private final LocalDate endInclusive;

  private ValidityPeriod(LocalDate start, LocalDate endInclusive) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endInclusive, "endInclusive");
    checkArgument(!endInclusive.isBefore(start),
        "endInclusive must be on or after start %s, but was %s", start, endInclusive);
    this.start = start;
    this.endInclusive = endInclusive;
  }

  /**
   * Obtains a period from its inclusive start and inclusive end.
   *
   * @param start  the first day of the period, not null
   * @param endInclusive  the last day of the period, on or after {@code start}, not null
   * @return the period
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code start}
   */
  public static ValidityPeriod of(LocalDate start, LocalDate endInclusive) {
    return new ValidityPeriod(start, endInclusive);
  }

  /**
   * Obtains a period of a single day.
   *
   * @param date  the only day of the period, not null
   * @return the period
   */
  public static ValidityPeriod ofDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new ValidityPeriod(date, date);
  }

  /**
   * Obtains a period from its text form {@code start/endInclusive}, such as
   * {@code 2014-01-01/2020-12-31}.
   *
   * @param text  the text to parse, not null
   * @return the period
   * @throws IllegalArgumentException if the text is not two ISO-8601 dates separated by {@code /},
   *     or the end is before the start
   */
  public static ValidityPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    int slash = value.indexOf('/');
    checkArgument(slash > 0 && slash == value.lastIndexOf('/'),
        "period must be 'start/endInclusive' in ISO-8601, but was %s", Quote.of(value));
    try {
      return of(LocalDate.parse(value.substring(0, slash)), LocalDate.parse(value.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "period must be 'start/endInclusive' in ISO-8601, but was " + Quote.of(value), e);
    }
  }

  /**
   * Gets the first day of the period.
   *
   * @return the inclusive start date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Gets the last day of the period.
   *
   * @return the inclusive end date, on or after {@link #start()}
   */
  public LocalDate endInclusive() {
    return endInclusive;
  }

  /**
   * Checks if the date is inside this period, ends included.
   *
   * @param date  the date to check, not null
   * @return true if {@code start <= date <= endInclusive}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(endInclusive);
  }

  /**
   * Checks if the other period lies wholly inside this one, ends included.
   *
   * @param other  the other period, not null
   * @return true if every day of {@code other} is a day of this period
   */
  public boolean encloses(ValidityPeriod other) {
    Objects.requireNonNull(other, "other");
    return contains(other.start) && contains(other.endInclusive);
  }

  /**
   * Checks if this period and the other share at least one day.
   *
   * @param other  the other period, not null
   * @return true if the periods overlap
   */
  public boolean overlaps(ValidityPeriod other) {
    Objects.requireNonNull(other, "other");
    return !other.endInclusive.isBefore(start) && !other.start.isAfter(endInclusive);
  }

  /**
   * Gets this period as a closed Guava range.
   *
   * @return the range {@code [start..endInclusive]}
   */
  public Range<LocalDate> toRange() {
    return Range.closed(start, endInclusive);
  }

  /**
   * Compares by start date, then by end date.
   *
   * @param other  the other period, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(ValidityPeriod other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : endInclusive.compareTo(other.endInclusive);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ValidityPeriod other
        && start.equals(other.start) && endInclusive.equals(other.endInclusive);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + endInclusive.hashCode();
  }

  /**
   * Returns the text form, such as {@code 2014-01-01/2020-12-31}.
   *
   * @return the ISO-8601 {@code start/endInclusive} text
   */
  @Override
  public String toString() {
    return start + "/" + endInclusive;
  }
}
