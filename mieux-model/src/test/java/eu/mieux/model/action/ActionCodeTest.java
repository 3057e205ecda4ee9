package eu.mieux.model.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import eu.mieux.model.testing.ModelArbitraries;
import java.time.Year;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of the {@link ActionCode} atom. */
class ActionCodeTest {

  @Provide
  Arbitrary<ActionCode> codes() {
    return ModelArbitraries.actionCodes();
  }

  @Property
  void parseReadsBackToString(@ForAll("codes") ActionCode code) {
    assertEquals(code, ActionCode.parse(code.toString()));
    assertEquals(7, code.toString().length());
  }

  @Property
  void compareToIsByYearThenNumber(@ForAll("codes") ActionCode a, @ForAll("codes") ActionCode b) {
    int expected = a.year().equals(b.year())
        ? Integer.compare(a.number(), b.number()) : a.year().compareTo(b.year());
    assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)));
    assertEquals(a.compareTo(b) == 0, a.equals(b));
  }

  @Test
  void partsOfTheSeedExample() {
    ActionCode code = ActionCode.parse("2016-16");
    assertEquals(Year.of(2016), code.year());
    assertEquals(16, code.number());
    assertEquals("2016-01", ActionCode.of(2016, 1).toString());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(ActionCode.of(2016, 16), ActionCode.parse("2016-16"))
        .addEqualityGroup(ActionCode.of(2016, 17))
        .addEqualityGroup(ActionCode.of(2017, 16))
        .addEqualityGroup(ActionCode.of(2008, 1), ActionCode.parse("2008-01"))
        .testEquals();
  }

  /** Regression: {@code toString()} used the default locale, giving non-ASCII digits in Arabic. */
  @ParameterizedTest
  @ValueSource(strings = {"ar-EG", "hi-IN-u-nu-deva", "th-TH-u-nu-thai", "fa-IR"})
  void textFormIgnoresTheDefaultLocale(String tag) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertEquals("2016-16", ActionCode.of(2016, 16).toString());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2007 | 1  | year must be between 2008 and 2099, but was 2007",
      "2100 | 1  | year must be between 2008 and 2099, but was 2100",
      "2016 | 0  | number must be between 1 and 99, but was 0",
      "2016 | 100| number must be between 1 and 99, but was 100",
      "2016 | -1 | number must be between 1 and 99, but was -1"})
  void ofRejectsOutOfRangeParts(int year, int number, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActionCode.of(year, number));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2016", "2016-1", "2016-100", "16-16", "2016/16", " 2016-16",
      "2016-16 ", "２０１６-16", "abcd-ef", "2016-16-1"})
  void parseRejectsMalformedText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActionCode.parse(text));
    assertEquals("code must be 'YYYY-NN', such as '2016-16', but was '" + text + "'", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"2007-16, year", "2016-00, number"})
  void parseRejectsOutOfRangeParts(String text, String part) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActionCode.parse(text));
    assertTrue(e.getMessage().startsWith(part + " must be between"), e.getMessage());
  }

  @Test
  void parseRejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ActionCode.parse(null));
    assertEquals("text", e.getMessage());
  }
}
