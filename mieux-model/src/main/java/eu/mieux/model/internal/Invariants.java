package eu.mieux.model.internal;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Consistency checks shared by the model's {@code @Value.Check} methods. Not part of the API.
 */
public final class Invariants {

  private Invariants() {}

  /**
   * Checks that a list holds no element twice.
   *
   * @param name  the attribute name, for the message
   * @param values  the list to check
   * @throws IllegalStateException naming the attribute and the first repeated index
   */
  public static void checkNoDuplicates(String name, List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      checkState(seen.add(value), "%s must not hold duplicates, but %s[%s] repeats %s",
          name, name, i, value instanceof CharSequence text ? Quote.of(text) : value);
    }
  }

  /**
   * Checks that no sub-topic is given twice and that each belongs to one of the thematic areas.
   *
   * @param subTopics  the sub-topics, attribute {@code subTopics}
   * @param thematicAreas  the areas, attribute {@code thematicAreas}
   * @throws IllegalStateException naming the first offending {@code subTopics[i]}
   */
  public static void checkSubTopics(List<SubTopic> subTopics, List<ThematicArea> thematicAreas) {
    checkNoDuplicates("subTopics", subTopics);
    for (int i = 0; i < subTopics.size(); i++) {
      SubTopic topic = subTopics.get(i);
      checkState(thematicAreas.contains(topic.area()),
          "subTopics[%s] must belong to one of thematicAreas %s, but %s belongs to %s",
          i, thematicAreas, topic, topic.area());
    }
  }

  /**
   * Checks if a text is blank: empty, or only white space. A character is white space if
   * {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)} says so, so the
   * no-break spaces U+00A0, U+2007 and U+202F count as white space, unlike {@link String#isBlank()}.
   * The JSON schemas' {@code nonBlankText} pattern states the same definition.
   *
   * @param text  the text, not null
   * @return true if the text has no character other than white space
   */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that a text is not blank, as {@link #isBlank(CharSequence)} defines it.
   *
   * @param name  the attribute name, for the message
   * @param value  the text to check
   * @throws IllegalStateException naming the attribute and quoting the value
   */
  public static void checkNotBlank(String name, String value) {
    if (isBlank(value)) {
      throw new IllegalStateException(String.format("%s must not be blank, but was %s", name, Quote.of(value)));
    }
  }

  /**
   * Checks that a date can be written in a MIEUX document: within
   * {@link ValidityPeriod#DOCUMENT_DATES}, the ISO-8601 dates with a four-digit year.
   *
   * @param name  the attribute name, for the message
   * @param date  the date to check
   * @throws IllegalStateException naming the attribute and the date
   */
  public static void checkDocumentDate(String name, LocalDate date) {
    checkState(ValidityPeriod.DOCUMENT_DATES.contains(date),
        "%s must be within the ISO-8601 four-digit years %s, but was %s", name, ValidityPeriod.DOCUMENT_DATES, date);
  }

  /**
   * Checks that a period can be written in a MIEUX document: both ends within
   * {@link ValidityPeriod#DOCUMENT_DATES}.
   *
   * @param name  the attribute name, for the message
   * @param period  the period to check
   * @throws IllegalStateException naming the attribute and the period
   */
  public static void checkDocumentPeriod(String name, ValidityPeriod period) {
    checkState(ValidityPeriod.DOCUMENT_DATES.encloses(period),
        "%s must be within the ISO-8601 four-digit years %s, but was %s", name, ValidityPeriod.DOCUMENT_DATES, period);
  }
}
