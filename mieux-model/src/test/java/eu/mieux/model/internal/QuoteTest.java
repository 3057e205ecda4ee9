package eu.mieux.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 18 item 4: input quoted in messages is bounded to 80 characters and escaped. */
class QuoteTest {

  private static final char ESC = 0x1B;
  private static final char BEL = 0x07;
  private static final char LF = 0x0A;

  @Test
  void plainTextIsQuotedAsItIs() {
    assertEquals("'visit'", Quote.of("visit"));
    assertEquals("''", Quote.of(""));
    assertEquals("'Côte d’Ivoire 🇨🇮'", Quote.of("Côte d’Ivoire 🇨🇮"));
  }

  /** ESC, BEL and a line feed from a document never reach a terminal or a log raw. */
  @Test
  void controlCharactersAreEscaped() {
    assertEquals("'\\u001B[31mred'", Quote.of(ESC + "[31mred"));
    assertEquals("'ring\\u0007'", Quote.of("ring" + BEL));
    assertEquals("'forged\\u000A2026-01-01 INFO ok'", Quote.of("forged" + LF + "2026-01-01 INFO ok"));
    assertEquals("'a\\\\u001Bb'", Quote.of("a\\u001Bb"), "a backslash is escaped, so the output is unambiguous");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0000", "001F", "007F", "0085", "009F", "200E", "202E", "2066", "2028", "2029", "FEFF", "D800", "DFFF"})
  void invisibleAndLoneSurrogateCharactersAreEscaped(String hex) {
    char c = (char) Integer.parseInt(hex, 16);
    assertEquals("'x\\u" + hex + "'", Quote.of("x" + c));
  }

  /** A 900 KiB value gives a quotation of 80 characters and an ellipsis, not 920,000 characters. */
  @Test
  void longInputIsCutAfterEightyCharacters() {
    String huge = "a".repeat(900 * 1024);
    String quoted = Quote.of(huge);
    assertEquals("'" + "a".repeat(80) + "…'", quoted);
    assertEquals("'" + "b".repeat(80) + "'", Quote.of("b".repeat(80)));
    assertEquals("'" + "🇨".repeat(80) + "…'", Quote.of("🇨".repeat(81)), "code points, not chars");
  }

  @Property(tries = 500)
  void aQuotationIsOneBoundedLineOfVisibleText(@ForAll @StringLength(max = 300) String text) {
    String quoted = Quote.of(text);
    assertTrue(quoted.length() <= 2 + Quote.MAX_SHOWN * 12 + 1, quoted);
    assertTrue(quoted.codePoints().noneMatch(QuoteTest::isHidden), quoted);
    assertEquals(text.codePointCount(0, text.length()) > Quote.MAX_SHOWN, quoted.endsWith("…'"));
  }

  @Property(tries = 500)
  void escapingControlsKeepsVisibleTextAndEscapesTheRest(@ForAll @StringLength(max = 300) String text) {
    String escaped = Quote.escapeControls(text);
    assertTrue(escaped.codePoints().noneMatch(QuoteTest::isHidden), escaped);
    if (text.codePoints().noneMatch(QuoteTest::isHidden)) {
      assertEquals(text, escaped);
    }
    assertFalse(escaped.length() < text.length());
  }

  private static boolean isHidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
  }
}
