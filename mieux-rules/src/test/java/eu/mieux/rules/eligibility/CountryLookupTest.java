package eu.mieux.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.country.Country;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryLookupTest {

  private static final CountryLookup LOOKUP = CountryLookup.standard();

  /** Aliases of ELIGIBILITY-NOTES.md §8 and SOURCES.md §9. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      UA                                | UA
      ukr                               | UA
      Ukraine                           | UA
      Palestine                         | PS
      occupied Palestinian territory    | PS
      West Bank and Gaza                | PS
      West Bank and Gaza Strip          | PS
      Palestinian Authority             | PS
      Kosovo                            | XK
      XKX                               | XK
      Cote d'Ivoire                     | CI
      CÔTE D’IVOIRE                     | CI
      Saint-Barthelemy                  | BL
      Congo, The Democratic Republic of the | CD
      Russia                            | RU
      COTE-D-IVOIRE                     | CI
      cote divoire                      | CI
      Korea, Republic of                | KR
      Korea (the Republic of)           | KR
      Syrian Arab Republic              | SY
      Iran, Islamic Republic of         | IR
      Bolivia (Plurinational State of)  | BO
      Tanzania, United Republic of      | TZ
      Lao People's Democratic Republic  | LA
      Viet Nam                          | VN
      Türkiye                           | TR
      Turkey                            | TR
      Virgin Islands (U.S.)             | VI
      United States of America (the)    | US
      """)
  void findsOneCountry(String input, Country expected) {
    assertEquals(Set.of(expected), LOOKUP.resolve(input));
    assertEquals(expected, LOOKUP.resolveOne(input));
  }

  @Test
  void netherlandsAntillesAreTheFiveIslands() {
    Set<Country> islands = Set.of(Country.CW, Country.SX, Country.BQ);
    assertEquals(islands, LOOKUP.resolve("AN"));
    assertEquals(islands, LOOKUP.resolve("Netherlands Antilles"));
    assertThrows(IllegalArgumentException.class, () -> LOOKUP.resolveOne("AN"));
  }

  @Test
  void unknownInputNamesTheInputAndTheClosestCodes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LOOKUP.resolve("Ukrane"));
    assertTrue(e.getMessage().contains("'Ukrane'"), e.getMessage());
    assertTrue(e.getMessage().contains("UA (Ukraine)"), e.getMessage());
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> LOOKUP.resolve("QQ"));
    assertTrue(code.getMessage().contains("closest known"), code.getMessage());
  }

  @Property
  void everyCodeAndNameFindsItsCountry(@ForAll Country country) {
    assertTrue(LOOKUP.resolve(country.alpha2()).contains(country));
    assertTrue(LOOKUP.resolve(country.alpha3().toLowerCase()).contains(country));
    assertTrue(LOOKUP.resolve(country.englishName()).contains(country));
  }

  /** Issue 18: a name longer than every known name is refused at once, the message bounded. */
  @Test
  void longInputIsRefusedWithABoundedEscapedMessage() {
    String input = "\u001B[31m" + "x".repeat(100_000);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LOOKUP.resolve(input));
    assertTrue(e.getMessage().contains("at most 100 characters"), e.getMessage());
    assertTrue(e.getMessage().contains("\\u001B[31mxxx"), e.getMessage());
    assertTrue(e.getMessage().contains("…'"), e.getMessage());
    assertTrue(e.getMessage().contains("closest known: "), e.getMessage());
    assertTrue(e.getMessage().length() < 400, () -> "length " + e.getMessage().length());
    assertTrue(LOOKUP.find(input).isEmpty());
  }

  @Test
  void controlCharactersInAnUnknownInputAreEscaped() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LOOKUP.resolve("U\u0007A\n"));
    assertTrue(e.getMessage().contains("'U\\u0007A\\u000A'"), e.getMessage());
  }

  /** Every name key finds one country, except the historical Netherlands Antilles. */
  @Property
  void everyEnglishNameFindsOnlyItsCountry(@ForAll Country country) {
    assertEquals(Set.of(country), LOOKUP.find(country.englishName()));
    assertEquals(Set.of(country), LOOKUP.find(country.alpha3()));
  }

  /** The ASCII fast path and the Unicode path give the same key. */
  @Property
  void asciiKeysAgreeWithTheUnicodePath(@ForAll @net.jqwik.api.constraints.CharRange(from = ' ', to = '~') String text) {
    assertEquals(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).chars()
            .filter(Character::isLetterOrDigit).map(Character::toLowerCase)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(),
        CountryLookup.normalize(text));
    assertEquals(CountryLookup.normalize(text), CountryLookup.normalize(text + "é").replaceAll("e$", ""));
  }

  /** Every name of country-names.csv finds exactly the countries it lists. */
  @Test
  void everyShippedNameFindsItsCountries() {
    eu.mieux.rules.coverage.CountryNames.standard().asMap().forEach((name, countries) ->
        assertEquals(Set.copyOf(countries), LOOKUP.resolve(name), name));
  }

  /** The bit-parallel distance of the suggestions equals the textbook table, for texts of 0 to 64 characters. */
  @Property(tries = 2000)
  void bitParallelDistanceEqualsTheTable(
      @ForAll @net.jqwik.api.constraints.StringLength(max = 64) @net.jqwik.api.constraints.CharRange(from = 'a', to = 'f')
      @net.jqwik.api.constraints.CharRange(from = '\u00e0', to = '\u00e3') String text,
      @ForAll @net.jqwik.api.constraints.StringLength(max = 90) @net.jqwik.api.constraints.CharRange(from = 'a', to = 'f')
      @net.jqwik.api.constraints.CharRange(from = '\u00e0', to = '\u00e3') String other) {
    assertEquals(table(text, other), new CountryLookup.Distance(text).to(other));
  }

  @Test
  void bitParallelDistanceAtTheEdges() {
    String q64 = "q".repeat(64);
    assertEquals(64, new CountryLookup.Distance(q64).to(""));
    assertEquals(63, new CountryLookup.Distance(q64).to("aq"));
    assertEquals(0, new CountryLookup.Distance(q64).to(q64));
    assertEquals(7, new CountryLookup.Distance("").to("ukraine"));
    assertEquals(1, new CountryLookup.Distance("ukrane").to("ukraine"));
    assertEquals(table("côtedivoire", "cotedivoire"), new CountryLookup.Distance("côtedivoire").to("cotedivoire"));
    assertThrows(IllegalArgumentException.class, () -> new CountryLookup.Distance("q".repeat(65)));
  }

  /** The textbook Levenshtein table, the reference of the bit-parallel distance. */
  private static int table(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }
}
