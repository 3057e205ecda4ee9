package eu.mieux.model.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link Country}: ISO 3166-1 lookups and EU membership on a date. */
class CountryTest {

  @Property
  void alpha2AndAlpha3LookupsFindTheCountryInAnyCase(@ForAll Country country) {
    assertEquals(country, Country.ofAlpha2(country.alpha2()));
    assertEquals(country, Country.ofAlpha2(country.alpha2().toLowerCase(java.util.Locale.ROOT)));
    assertEquals(country, Country.ofAlpha3(country.alpha3()));
    assertEquals(country, Country.ofAlpha3(country.alpha3().toLowerCase(java.util.Locale.ROOT)));
    assertEquals(Optional.of(country), Country.findAlpha2(" " + country.alpha2() + " "));
    assertTrue(country.alpha2().matches("[A-Z]{2}"), country.alpha2());
    assertTrue(country.alpha3().matches("[A-Z]{3}"), country.alpha3());
    assertFalse(country.englishName().isBlank());
  }

  @Test
  void alpha3CodesAreUnique() {
    Set<String> codes = Arrays.stream(Country.values()).map(Country::alpha3).collect(Collectors.toSet());
    assertEquals(Country.values().length, codes.size());
  }

  @ParameterizedTest
  @CsvSource({"UA, UKR, Ukraine", "by, blr, Belarus", "Ph, pHl, Philippines", "XK, XKX, Kosovo",
      "xk, xkx, Kosovo", "GB, GBR, United Kingdom", "CI, CIV, Côte d'Ivoire"})
  void lookupsIgnoreCase(String alpha2, String alpha3, String name) {
    Country country = Country.ofAlpha2(alpha2);
    assertEquals(country, Country.ofAlpha3(alpha3));
    assertEquals(name, country.englishName());
  }

  @Test
  void kosovoHasTheUserAssignedCodes() {
    assertEquals("XK", Country.XK.alpha2());
    assertEquals("XKX", Country.XK.alpha3());
    assertEquals(Country.XK, Country.valueOf("XK"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "U", "UAA", "ZZ", "EU", "UK", "EL", "1A", "U A", "ÜA"})
  void ofAlpha2RejectsUnknownCodes(String code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Country.ofAlpha2(code));
    assertEquals("alpha2 must be a known ISO 3166-1 alpha-2 code, but was '" + code + "'",
        e.getMessage());
    assertEquals(Optional.empty(), Country.findAlpha2(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "UA", "UKRA", "ZZZ", "EUR", "XXX", "ukr1"})
  void ofAlpha3RejectsUnknownCodes(String code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Country.ofAlpha3(code));
    assertEquals("alpha3 must be a known ISO 3166-1 alpha-3 code, but was '" + code + "'",
        e.getMessage());
    assertEquals(Optional.empty(), Country.findAlpha3(code));
  }

  @Test
  void lookupsRejectNull() {
    assertEquals("alpha2",
        assertThrows(NullPointerException.class, () -> Country.ofAlpha2(null)).getMessage());
    assertEquals("alpha3",
        assertThrows(NullPointerException.class, () -> Country.ofAlpha3(null)).getMessage());
  }
}
