package eu.mieux.rules.eligibility;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import eu.mieux.model.country.Country;
import eu.mieux.rules.coverage.CountryNames;
import eu.mieux.rules.coverage.CoverageRow;
import eu.mieux.rules.coverage.CoverageTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds countries by ISO 3166-1 alpha-2 code, alpha-3 code or English name, with the ISO 3166-1
 * short names and the aliases the coverage data and the legal texts use.
 *
 * <p>Names are matched on their letters and digits only, without regard to case, accents, spaces
 * and punctuation (a control character matches nothing), so {@code cote d'ivoire}, {@code Côte d’Ivoire} and {@code COTE-D-IVOIRE} all
 * find {@link Country#CI}, and {@code Korea, Republic of} and {@code Korea (the Republic of)} find
 * {@link Country#KR}. Known names are each country's {@linkplain Country#englishName() English
 * name}, every {@code name_en} of the coverage data and the {@link CountryNames}, each with its
 * source: the ISO 3166-1 short names
 * (comma and parenthesised forms), former short names such as {@code Swaziland}, and the aliases of
 * ELIGIBILITY-NOTES.md §7 and §8:
 * <ul>
 *   <li>{@code Palestine}, {@code occupied Palestinian territory}, {@code oPt}, {@code West Bank and
 *       Gaza}, {@code West Bank and Gaza Strip} and {@code Palestinian Authority} find {@code PS};</li>
 *   <li>{@code Kosovo} finds {@code XK} (user-assigned, used by the EU, the IMF and the OECD);</li>
 *   <li>the historical {@code AN}, {@code ANT} and {@code Netherlands Antilles} find the five islands,
 *       that is {@code CW}, {@code SX} and {@code BQ} (Bonaire, Saba and Sint Eustatius share
 *       {@code BQ}).</li>
 * </ul>
 *
 * <p>Cost: an input spelled as a known name or code (as written, in lower or in upper case) is found
 * with one hash lookup; other inputs are normalised
 * first. Only an unknown input pays for the edit-distance suggestion, and an input longer than
 * {@value #MAX_INPUT_LENGTH} characters (longer than every known name) is refused without being
 * read further.
 *
 * <pre>{@code
 * Set<Country> found = CountryLookup.standard().resolve("West Bank and Gaza"); // [PS]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryLookup {

  /**
   * The longest input looked up, in characters; every known name is shorter. A longer input is
   * unknown at once.
   */
  public static final int MAX_INPUT_LENGTH = 100;

  /** The most characters of a normalised input compared for a suggestion: more than any key has. */
  private static final int SUGGESTION_KEY_LENGTH = 64;

  /** The most characters of an input quoted in a message. */
  private static final int QUOTED_LENGTH = 80;

  private final ImmutableMap<String, ImmutableSet<Country>> exact;
  private final ImmutableMap<String, ImmutableSet<Country>> byKey;
  // for suggestions: the keys in alphabetical order and their countries, so that a suggestion sorts
  // plain numbers (distance, then index) instead of boxed indexes compared through the keys
  private final String[] sortedKeys;
  private final List<ImmutableSet<Country>> sortedCountries;

  private CountryLookup(ImmutableMap<String, ImmutableSet<Country>> exact,
      ImmutableMap<String, ImmutableSet<Country>> byKey) {
    this.exact = exact;
    this.byKey = byKey;
    this.sortedKeys = byKey.keySet().toArray(new String[0]);
    Arrays.sort(sortedKeys);
    List<ImmutableSet<Country>> countries = new ArrayList<>(sortedKeys.length);
    for (String key : sortedKeys) {
      countries.add(byKey.get(key));
    }
    this.sortedCountries = List.copyOf(countries);
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
    Map<String, Set<Country>> exact = new LinkedHashMap<>();
    Map<String, Set<Country>> keys = new LinkedHashMap<>();
    for (Country country : Country.values()) {
      add(exact, keys, country.alpha2(), country);
      add(exact, keys, country.alpha3(), country);
      add(exact, keys, country.englishName(), country);
    }
    for (CoverageRow row : table.rows()) {
      add(exact, keys, row.name(), row.country());
    }
    CountryNames.standard().forEach((name, country) -> add(exact, keys, name, country));
    return new CountryLookup(freeze(exact), freeze(keys));
  }

  /**
   * Finds the countries an input names, without throwing for an unknown input.
   *
   * @param input  an alpha-2 code, alpha-3 code or English name, not null
   * @return the countries, several only for historical {@code AN}; empty if unknown or longer than
   *     {@value #MAX_INPUT_LENGTH} characters
   */
  public Set<Country> find(String input) {
    Objects.requireNonNull(input, "input");
    if (input.length() > MAX_INPUT_LENGTH) {
      // longer than every known name and code: not even hashed, so a huge input costs nothing here
      return ImmutableSet.of();
    }
    ImmutableSet<Country> found = exact.get(input);
    if (found == null) {
      found = byKey.get(normalize(input));
    }
    return found == null ? ImmutableSet.of() : found;
  }

  /**
   * Resolves an input to the countries it names.
   *
   * @param input  an alpha-2 code, alpha-3 code or English name, not null
   * @return the countries, not empty; several only for historical {@code AN}
   * @throws IllegalArgumentException if the input names no known country; the message quotes the
   *     input (at most 80 characters, control characters escaped) and the closest known codes
   */
  public Set<Country> resolve(String input) {
    Set<Country> found = find(input);
    if (found.isEmpty()) {
      throw new IllegalArgumentException(unknown(input));
    }
    return found;
  }

  /**
   * Resolves an input that must name exactly one country.
   *
   * @param input  an alpha-2 code, alpha-3 code or English name, not null
   * @return the country
   * @throws IllegalArgumentException if the input names no known country, or several (such as
   *     {@code AN}); the message quotes the input
   */
  public Country resolveOne(String input) {
    Set<Country> found = resolve(input);
    if (found.size() != 1) {
      throw new IllegalArgumentException("country must name exactly one country, but "
          + quote(input) + " names " + found);
    }
    return found.iterator().next();
  }

  /**
   * Lists the known codes and names closest to an input, by edit distance.
   *
   * <p>Only the first {@value #MAX_INPUT_LENGTH} characters of the input count, so the cost is
   * bounded whatever its length.
   *
   * @param input  the input, not null
   * @param max  the largest number of suggestions, at least 1
   * @return suggestions such as {@code UA (Ukraine)}, closest first, one per country
   */
  public List<String> closest(String input, int max) {
    Objects.requireNonNull(input, "input");
    checkArgument(max >= 1, "max must be at least 1, but was %s", max);
    String wanted = normalize(input.length() > MAX_INPUT_LENGTH ? input.substring(0, MAX_INPUT_LENGTH) : input);
    if (wanted.length() > SUGGESTION_KEY_LENGTH) {
      wanted = wanted.substring(0, SUGGESTION_KEY_LENGTH);
    }
    // closest first, then by key: the distance in the high half, the index of the key in
    // alphabetical order in the low half
    Distance distance = new Distance(wanted);
    long[] order = new long[sortedKeys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (long) distance.to(sortedKeys[i]) << 32 | i;
    }
    Arrays.sort(order);
    Set<String> suggestions = new LinkedHashSet<>();
    for (long entry : order) {
      for (Country country : sortedCountries.get((int) entry)) {
        suggestions.add(country.alpha2() + " (" + country.englishName() + ")");
      }
      if (suggestions.size() >= max) {
        break;
      }
    }
    return List.copyOf(suggestions).subList(0, Math.min(max, suggestions.size()));
  }

  private String unknown(String input) {
    String closest = String.join(", ", closest(input, 3));
    if (input.length() > MAX_INPUT_LENGTH) {
      return "country must be at most " + MAX_INPUT_LENGTH + " characters long (longer than every known "
          + "name), but was " + input.length() + " characters: " + quote(input) + "; closest known: " + closest;
    }
    return "country must be an ISO 3166-1 alpha-2 or alpha-3 code or an English name, but was "
        + quote(input) + "; closest known: " + closest;
  }

  /**
   * Quotes an input for a message: at most {@value #QUOTED_LENGTH} characters then {@code …},
   * control and format characters as {@code \\uXXXX}.
   */
  static String quote(String input) {
    StringBuilder out = new StringBuilder(Math.min(input.length(), QUOTED_LENGTH) + 8).append('\'');
    int end = Math.min(input.length(), QUOTED_LENGTH);
    for (int i = 0; i < end; i++) {
      char c = input.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (input.length() > QUOTED_LENGTH) {
      out.append('…');
    }
    return out.append('\'').toString();
  }

  private static void add(Map<String, Set<Country>> exact, Map<String, Set<Country>> keys, String text,
      Country country) {
    for (String spelling : List.of(text, text.toLowerCase(Locale.ROOT), text.toUpperCase(Locale.ROOT))) {
      exact.computeIfAbsent(spelling, k -> new LinkedHashSet<>()).add(country);
    }
    keys.computeIfAbsent(normalize(text), k -> new LinkedHashSet<>()).add(country);
  }

  private static ImmutableMap<String, ImmutableSet<Country>> freeze(Map<String, Set<Country>> keys) {
    ImmutableMap.Builder<String, ImmutableSet<Country>> frozen = ImmutableMap.builder();
    keys.forEach((key, countries) -> frozen.put(key, ImmutableSet.copyOf(countries)));
    return frozen.buildOrThrow();
  }

  /** The key of a text holding a control character: no name holds one. */
  private static final String NO_KEY = "\u0000";

  /**
   * The key of a text: its letters and digits, lower case, accents removed; ASCII text takes a path
   * without Unicode normalisation. A text with a control character has a key no name has.
   */
  static String normalize(String text) {
    int length = text.length();
    char[] out = new char[length];
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return normalizeUnicode(text);
      }
      if (c < 0x20 || c == 0x7F) {
        return NO_KEY;
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out[n++] = c;
      } else if (c >= 'A' && c <= 'Z') {
        out[n++] = (char) (c + ('a' - 'A'));
      }
    }
    return new String(out, 0, n);
  }

  private static String normalizeUnicode(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isISOControl(c)) {
        return NO_KEY;
      }
      if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * The Levenshtein distance from one text of at most 64 characters to others, bit-parallel (Myers
   * 1999, in the form of Hyyrö 2001 for the distance between whole texts): one pass over the other
   * text, a few operations on a 64-bit word per character, instead of a table of every pair of
   * characters. The same distances as the table ({@code CountryLookupTest} compares them).
   */
  static final class Distance {
    private final int length;
    private final long last;
    // the positions at which each character occurs in the text: ASCII by table, others by map
    private final long[] ascii = new long[128];
    private final Map<Character, Long> others = new java.util.HashMap<>();

    /**
     * Prepares the distances from a text.
     *
     * @param text  at most 64 characters
     */
    Distance(String text) {
      checkArgument(text.length() <= Long.SIZE, "text must be at most 64 characters long, but has %s",
          text.length());
      this.length = text.length();
      this.last = length == 0 ? 0 : 1L << (length - 1);
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < 128) {
          ascii[c] |= 1L << i;
        } else {
          others.merge(c, 1L << i, (a, b) -> a | b);
        }
      }
    }

    /**
     * Computes the distance to another text.
     *
     * @param other  any text
     * @return the fewest insertions, deletions and substitutions of one character that turn the
     *     text into the other
     */
    int to(String other) {
      if (length == 0) {
        return other.length();
      }
      long positive = -1L;
      long negative = 0L;
      int score = length;
      for (int j = 0; j < other.length(); j++) {
        char c = other.charAt(j);
        long equal = c < 128 ? ascii[c] : others.getOrDefault(c, 0L);
        long vertical = equal | negative;
        long horizontal = (((equal & positive) + positive) ^ positive) | equal;
        long up = negative | ~(horizontal | positive);
        long down = positive & horizontal;
        if ((up & last) != 0) {
          score++;
        } else if ((down & last) != 0) {
          score--;
        }
        up = up << 1 | 1L;
        down = down << 1;
        positive = down | ~(vertical | up);
        negative = up & vertical;
      }
      return score;
    }
  }

  /** Holds the shipped lookup; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final CountryLookup LOOKUP = of(CoverageTable.standard());
  }
}
