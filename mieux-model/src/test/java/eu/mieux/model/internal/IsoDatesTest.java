package eu.mieux.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IsoDates#parse} answers as {@link LocalDate#parse} does, for every input. */
class IsoDatesTest {

  @Property(tries = 2000)
  void everyDayOfFourDigitYearsReadsAsLocalDateParseReadsIt(@ForAll("days") LocalDate day) {
    assertEquals(day, IsoDates.parse(day.toString()));
  }

  @Property(tries = 2000)
  void anyTextIsReadOrRefusedAsLocalDateParseDoes(@ForAll("dateLike") String text) {
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      assertThrows(DateTimeParseException.class, () -> IsoDates.parse(text), text);
      return;
    }
    assertEquals(expected, IsoDates.parse(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014-02-29", "2014-13-01", "2014-00-10", "2014-04-31", "0000-00-00", "2014-1-01",
      "2014/01/01", "+2014-01-01", "2014-01-0a", ""})
  void refusedLikeLocalDateParse(String text) {
    assertThrows(DateTimeParseException.class, () -> LocalDate.parse(text));
    assertThrows(DateTimeParseException.class, () -> IsoDates.parse(text));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> dateLike() {
    return Arbitraries.strings().withChars("0123456789-+/ a").ofMinLength(8).ofMaxLength(12);
  }
}
