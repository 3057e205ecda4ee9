package eu.mieux.rules.eligibility;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import eu.mieux.model.country.Country;
import eu.mieux.rules.coverage.CoverageRow;
import eu.mieux.rules.coverage.CoverageTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds countries by ISO 3166-1 alpha-2 code, alpha-3 code or English name, with the aliases the
 * coverage data and the legal texts use.
 *
 * <p>Names are matched without regard to case, accents and punctuation, so {@code cote d'ivoire},
 * {@code Côte d’Ivoire} and {@code COTE-D-IVOIRE} all find {@link Country#CI}. Known names are each
 * country's {@linkplain Country#englishName() English name}, every {@code name_en} of the coverage
 * data and these aliases (ELIGIBILITY-NOTES.md §7 and §8):
 * <ul>
 *   <li>{@code Palestine}, {@code occupied Palestinian territory}, {@code oPt}, {@code West Bank and
 *       Gaza}, {@code West Bank and Gaza Strip} and {@code Palestinian Authority} find {@code PS};</li>
 *   <li>{@code Kosovo} finds {@code XK} (user-assigned, used by the EU, the IMF and the OECD);</li>
 *   <li>the historical {@code AN}, {@code ANT} and {@code Netherlands Antilles} find the five islands,
 *       that is {@code CW}, {@code SX} and {@code BQ} (Bonaire, Saba and Sint Eustatius share
 *       {@code BQ}).</li>
 * </ul>
 *
 * <pre>{@code
 * Set<Country> found = CountryLookup.standard().resolve("West Bank and Gaza"); // [PS]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryLookup {

  private static final ImmutableMap<String, List<Country>> ALIASES = ImmutableMap.<String, List<Country>>builder()
      .put("Palestine", List.of(Country.PS))
      .put("occupied Palestinian territory", List.of(Country.PS))
      .put("oPt", List.of(Country.PS))
      .put("West Bank and Gaza", List.of(Country.PS))
      .put("West Bank and Gaza Strip", List.of(Country.PS))
      .put("Palestinian Authority", List.of(Country.PS))
      .put("Palestinian Authority of the West Bank and Gaza Strip", List.of(Country.PS))
      .put("Kosovo", List.of(Country.XK))
      .put("AN", List.of(Country.CW, Country.SX, Country.BQ))
      .put("ANT", List.of(Country.CW, Country.SX, Country.BQ))
      .put("Netherlands Antilles", List.of(Country.CW, Country.SX, Country.BQ))
      .put("Russia", List.of(Country.RU))
      .put("Turkey", List.of(Country.TR))
      .put("Cape Verde", List.of(Country.CV))
      .put("Ivory Coast", List.of(Country.CI))
      .put("Swaziland", List.of(Country.SZ))
      .put("Viet Nam", List.of(Country.VN))
      .put("Lao PDR", List.of(Country.LA))
      .put("Republic of Moldova", List.of(Country.MD))
      .put("Former Yugoslav Republic of Macedonia", List.of(Country.MK))
      .buildOrThrow();

  private final ImmutableMap<String, ImmutableSet<Country>> byKey;

  private CountryLookup(ImmutableMap<String, ImmutableSet<Country>> byKey) {
    this.byKey = byKey;
  }

  /**
   * Obtains the lookup of the shipped coverage data.
   *
   * @return the lookup, the same instance on every call
   */
  public static CountryLookup standard() {
    return Standard.LOOKUP;
  }

  /**
   * Obtains a lookup that also knows the {@code name_en} of every row of a table.
   *
   * @param table  the coverage data, not null
   * @return the lookup
   */
  public static CountryLookup of(CoverageTable table) {
    Objects.requireNonNull(table, "table");
    Map<String, Set<Country>> keys = new LinkedHashMap<>();
    for (Country country : Country.values()) {
      add(keys, country.alpha2(), country);
      add(keys, country.alpha3(), country);
      add(keys, country.englishName(), country);
    }
    for (CoverageRow row : table.rows()) {
      add(keys, row.name(), row.country());
    }
    ALIASES.forEach((alias, countries) -> countries.forEach(c -> add(keys, alias, c)));
    ImmutableMap.Builder<String, ImmutableSet<Country>> byKey = ImmutableMap.builder();
    keys.forEach((key, countries) -> byKey.put(key, ImmutableSet.copyOf(countries)));
    return new CountryLookup(byKey.buildOrThrow());
  }

  /**
   * Finds the countries an input names, without throwing for an unknown input.
   *
   * @param input  an alpha-2 code, alpha-3 code or English name, not null
   * @return the countries, several only for historical {@code AN}; empty if unknown
   */
  public Set<Country> find(String input) {
    Objects.requireNonNull(input, "input");
    ImmutableSet<Country> found = byKey.get(normalize(input));
    return found == null ? ImmutableSet.of() : found;
  }

  /**
   * Resolves an input to the countries it names.
   *
   * @param input  an alpha-2 code, alpha-3 code or English name, not null
   * @return the countries, not empty; several only for historical {@code AN}
   * @throws IllegalArgumentException if the input names no known country; the message names the
   *     input and the closest known codes and names
   */
  public Set<Country> resolve(String input) {
    Set<Country> found = find(input);
    checkArgument(!found.isEmpty(),
        "country must be an ISO 3166-1 alpha-2 or alpha-3 code or an English name, but was '%s'; "
            + "closest known: %s", input, String.join(", ", closest(input, 3)));
    return found;
  }

  /**
   * Resolves an input that must name exactly one country.
   *
   * @param input  an alpha-2 code, alpha-3 code or English name, not null
   * @return the country
   * @throws IllegalArgumentException if the input names no known country, or several (such as
   *     {@code AN}); the message names the input
   */
  public Country resolveOne(String input) {
    Set<Country> found = resolve(input);
    checkArgument(found.size() == 1, "country must name exactly one country, but '%s' names %s",
        input, found);
    return found.iterator().next();
  }

  /**
   * Lists the known codes and names closest to an input, by edit distance.
   *
   * @param input  the input, not null
   * @param max  the largest number of suggestions, at least 1
   * @return suggestions such as {@code UA (Ukraine)}, closest first, one per country
   */
  public List<String> closest(String input, int max) {
    Objects.requireNonNull(input, "input");
    checkArgument(max >= 1, "max must be at least 1, but was %s", max);
    String wanted = normalize(input);
    List<Map.Entry<String, ImmutableSet<Country>>> entries = new ArrayList<>(byKey.entrySet());
    entries.sort(Comparator.<Map.Entry<String, ImmutableSet<Country>>>comparingInt(
        e -> distance(wanted, e.getKey())).thenComparing(Map.Entry::getKey));
    Set<String> suggestions = new LinkedHashSet<>();
    for (Map.Entry<String, ImmutableSet<Country>> entry : entries) {
      for (Country country : entry.getValue()) {
        suggestions.add(country.alpha2() + " (" + country.englishName() + ")");
      }
      if (suggestions.size() >= max) {
        break;
      }
    }
    return List.copyOf(suggestions).subList(0, Math.min(max, suggestions.size()));
  }

  private static void add(Map<String, Set<Country>> keys, String text, Country country) {
    keys.computeIfAbsent(normalize(text), k -> new LinkedHashSet<>()).add(country);
  }

  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(Character.toLowerCase(c));
      } else if (c != '\'' && c != '\u2019') {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Holds the shipped lookup; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final CountryLookup LOOKUP = of(CoverageTable.standard());
  }
}
