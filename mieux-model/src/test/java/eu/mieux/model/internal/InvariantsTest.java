package eu.mieux.model.internal;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.request.ImmutableRequest;
import eu.mieux.model.request.Request;
import eu.mieux.model.testing.ModelArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 18 item 3: one definition of blank text, and the dates a document can hold. */
class InvariantsTest {

  /** A text of only no-break spaces is blank: String.isBlank says otherwise, and the schemas agree with us. */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0009", "000A", "000B", "000C", "000D", "001C", "001F", "0020", "00A0", "1680", "2000",
      "2007", "200A", "2028", "2029", "202F", "205F", "3000"})
  void everyWhiteSpaceCharacterIsBlank(String hex) {
    String text = String.valueOf((char) Integer.parseInt(hex, 16)).repeat(3);
    assertTrue(Invariants.isBlank(text));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Invariants.checkNotBlank("title", text));
    assertTrue(e.getMessage().startsWith("title must not be blank, but was '\\u") || e.getMessage()
        .startsWith("title must not be blank, but was '" + text.charAt(0)), e.getMessage());
  }

  @Test
  void noBreakSpacesAloneAreRefusedWhereStringIsBlankAcceptedThem() {
    assertFalse("\u00A0\u2007\u202F".isBlank());
    assertTrue(Invariants.isBlank("\u00A0\u2007\u202F"));
    assertFalse(Invariants.isBlank("\u00A0x\u202F"));
    assertFalse(Invariants.isBlank("\u200B"), "a zero-width space is a format character, not white space");
  }

  @Property(tries = 300)
  void blankMeansOnlyWhitespaceOrSpaceCharacters(@ForAll String text) {
    boolean expected = text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    assertEquals(expected, Invariants.isBlank(text));
  }

  @Property(tries = 200)
  void aRequestWithABlankDescriptionIsRefused(@ForAll("requests") Request request,
      @ForAll("blanks") String blank) {
    assertRejected(() -> ((ImmutableRequest) request).withDescription(blank), "description");
  }

  /** The message of a blank-text refusal quotes the value bounded: a 900 KiB blank gives one short line. */
  @Test
  void aHugeBlankValueIsQuotedBounded() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LegalBasis.ofCitation("\u00A0".repeat(900 * 1024), "source"));
    assertTrue(e.getMessage().length() < 200, () -> "message length " + e.getMessage().length());
    assertTrue(e.getMessage().startsWith("basis must not be blank, but was '"), e.getMessage());
  }

  @Test
  void documentDatesAreTheFourDigitIsoYears() {
    assertEquals("0000-01-01/9999-12-31", ValidityPeriod.DOCUMENT_DATES.toString());
    Invariants.checkDocumentDate("date", LocalDate.of(0, 1, 1));
    Invariants.checkDocumentDate("date", LocalDate.of(9999, 12, 31));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Invariants.checkDocumentDate("receivedOn", LocalDate.of(10000, 1, 1)));
    assertEquals("receivedOn must be within the ISO-8601 four-digit years 0000-01-01/9999-12-31, but was "
        + "+10000-01-01", e.getMessage());
    assertThrows(IllegalStateException.class, () -> Invariants.checkDocumentDate("date", LocalDate.of(-1, 12, 31)));
    assertThrows(IllegalStateException.class, () -> Invariants.checkDocumentPeriod("period",
        ValidityPeriod.of(LocalDate.of(2014, 1, 1), LocalDate.MAX)));
  }

  /** Written but unreadable: a request received in year 10000 cannot be built, so it is never written. */
  @Property(tries = 100)
  void aRequestOutsideTheDocumentDatesIsRefused(@ForAll("requests") Request request,
      @ForAll("outsideDates") LocalDate date) {
    assertRejected(() -> ((ImmutableRequest) request).withReceivedOn(date), "receivedOn");
  }

  @Provide
  Arbitrary<Request> requests() {
    return ModelArbitraries.requests();
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(" \t\n\u000B\f\r\u001C\u001F\u00A0\u1680\u2007\u2028\u2029\u202F\u205F\u3000")
        .ofMinLength(0).ofMaxLength(20);
  }

  @Provide
  Arbitrary<LocalDate> outsideDates() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(10_000, LocalDate.MAX.getYear()).map(y -> LocalDate.of(y, 1, 1)),
        Arbitraries.integers().between(LocalDate.MIN.getYear(), -1).map(y -> LocalDate.of(y, 12, 31)));
  }
}
