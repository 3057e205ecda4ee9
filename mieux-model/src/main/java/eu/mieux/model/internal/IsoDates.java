package eu.mieux.model.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO-8601 calendar dates as the data files write them, {@code yyyy-mm-dd}, without a
 * formatter: {@link LocalDate#parse(CharSequence)} loads and initialises the {@code java.time.format}
 * machinery (some fifty classes), which the first eligibility check in a fresh JVM would otherwise pay
 * for the few dates the shipped coverage data needs. Any other text goes to {@code LocalDate.parse},
 * so the result, and the exception type, are those of {@code LocalDate.parse} for every input.
 *
 * <p>Not API: shared by the model, rules and json modules only.
 */
public final class IsoDates {

  private IsoDates() {}

  /**
   * Parses a date as {@link LocalDate#parse(CharSequence)} does.
   *
   * @param text  the text, not null
   * @return the date
   * @throws DateTimeParseException if the text is not an ISO-8601 date, or not a day of the calendar
   */
  public static LocalDate parse(CharSequence text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
        }
      }
    }
    return LocalDate.parse(text);
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
