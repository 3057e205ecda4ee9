package eu.mieux.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Year;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import eu.mieux.model.internal.Quote;

/**
 * The code of a MIEUX Action, {@code YYYY-NN}, such as {@code 2016-16} (RULES.md R-LC13).
 *
 * <p>In every example where both are known, {@code YYYY} is the year the request was submitted. The
 * meaning of {@code NN} is not stated (RULES.md §13 Q7): it is kept as a sequence number from 1 to
 * 99, written with two digits.
 *
 * <p>This class is immutable and thread-safe. Do not rely on identity.
 */
public final class ActionCode implements Comparable<ActionCode> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final int FIRST_YEAR = 2008;

  private final int year;
  private final int number;

  private ActionCode(int year, int number) {
    checkArgument(year >= FIRST_YEAR && year <= 2099,
        "year must be between %s and 2099, but was %s", FIRST_YEAR, year);
    checkArgument(number >= 1 && number <= 99, "number must be between 1 and 99, but was %s", number);
    this.year = year;
    this.number = number;
  }

  /**
   * Obtains an Action code from its year and number.
   *
   * @param year  the year the request was submitted, 2008 to 2099
   * @param number  the sequence number, 1 to 99
   * @return the code
   * @throws IllegalArgumentException if either part is out of range
   */
  public static ActionCode of(int year, int number) {
    return new ActionCode(year, number);
  }

  /**
   * Obtains an Action code from its text form {@code YYYY-NN}; the inverse of {@link #toString()}.
   *
   * @param text  the code, such as {@code 2016-16}, not null
   * @return the code
   * @throws IllegalArgumentException if the text is not {@code YYYY-NN} or a part is out of range
   */
  public static ActionCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    checkArgument(m.matches(), "code must be 'YYYY-NN', such as '2016-16', but was %s", Quote.of(text));
    return new ActionCode(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Gets the year part, the year the request was submitted (R-LC13).
   *
   * @return the year
   */
  public Year year() {
    return Year.of(year);
  }

  /**
   * Gets the sequence number.
   *
   * @return the number, 1 to 99
   */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(ActionCode other) {
    int byYear = Integer.compare(year, other.year);
    return byYear != 0 ? byYear : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ActionCode other && year == other.year && number == other.number;
  }

  @Override
  public int hashCode() {
    return year * 100 + number;
  }

  /**
   * Returns the code, such as {@code 2016-16}.
   *
   * @return the {@code YYYY-NN} text
   */
  @Override
  public String toString() {
    // year has four digits (2008 to 2099) and number one or two (1 to 99): no String.format needed,
    // which a bulk check would pay for every document
    return year + (number < 10 ? "-0" : "-") + number;
  }
}
