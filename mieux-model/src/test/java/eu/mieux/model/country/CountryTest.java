package eu.mieux.model.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
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
    assertEquals("date", assertThrows(NullPointerException.class,
        () -> Country.FR.isEuMemberStateOn(null)).getMessage());
  }

  @ParameterizedTest
  @CsvSource({
      "HR, 2013-06-30, false", "HR, 2013-07-01, true", "HR, 2024-01-01, true",
      "GB, 2020-01-31, true", "GB, 2020-02-01, false", "GB, 2009-01-01, true",
      "FR, 2001-01-01, true", "UA, 2016-01-01, false", "XK, 2016-01-01, false",
      "NO, 2016-01-01, false", "CH, 2016-01-01, false", "TR, 2016-01-01, false"})
  void isEuMemberStateOn(Country country, LocalDate date, boolean expected) {
    assertEquals(expected, country.isEuMemberStateOn(date));
  }

  @Test
  void theEuHas27MemberStatesAfterBrexitAnd28Before() {
    assertEquals(27, members(LocalDate.of(2020, 2, 1)).size());
    assertEquals(28, members(LocalDate.of(2020, 1, 31)).size());
    assertEquals(28, members(LocalDate.of(2013, 7, 1)).size());
    assertEquals(27, members(LocalDate.of(2013, 6, 30)).size());
    assertEquals(EnumSet.of(Country.AT, Country.BE, Country.BG, Country.CY, Country.CZ, Country.DE,
        Country.DK, Country.EE, Country.ES, Country.FI, Country.FR, Country.GR, Country.HR,
        Country.HU, Country.IE, Country.IT, Country.LT, Country.LU, Country.LV, Country.MT,
        Country.NL, Country.PL, Country.PT, Country.RO, Country.SE, Country.SI, Country.SK),
        members(LocalDate.of(2024, 4, 30)));
  }

  private static Set<Country> members(LocalDate date) {
    return new HashSet<>(Arrays.stream(Country.values()).filter(c -> c.isEuMemberStateOn(date))
        .collect(Collectors.toSet()));
  }
}
