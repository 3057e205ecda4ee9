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
}
