package eu.mieux.rules.coverage;

import com.google.common.collect.ImmutableListMultimap;
import eu.mieux.model.country.Country;
import eu.mieux.rules.catalogue.DataTable;
import java.util.List;

/**
 * The names of countries besides their codes and English names: the ISO 3166-1 short names in
 * their comma and parenthesised forms, former names, and the aliases of the coverage data and the
 * legal texts (ELIGIBILITY-NOTES.md §7 and §8), each with its source, in the resource
 * {@code country-names.csv} beside this class ({@code name,countries,source}; several countries are
 * separated by {@code ;}, as for the historical {@code AN}).
 *
 * <pre>{@code
 * List<Country> found = CountryNames.standard().get("Korea, Republic of"); // [KR]
 * }</pre>
 *
 * <p>The resource is read once, on first use. This class is immutable and thread-safe.
 */
public final class CountryNames {

  /** The resource, beside this class. */
  static final String RESOURCE = "country-names.csv";

  private static final List<String> COLUMNS = List.of("name", "countries", "source");

  private CountryNames() {}

  /**
   * Gets the shipped names.
   *
   * @return each name, as written in the resource, with the countries it names, in file order
   * @throws IllegalArgumentException if the resource is malformed, naming its line and column
   */
  public static ImmutableListMultimap<String, Country> standard() {
    return Shipped.NAMES;
  }

  private static ImmutableListMultimap<String, Country> read() {
    ImmutableListMultimap.Builder<String, Country> names = ImmutableListMultimap.builder();
    for (DataTable.Row row : DataTable.readResource(CountryNames.class, RESOURCE, COLUMNS).rows()) {
      String name = row.text("name");
      row.text("source"); // every name carries its source
      for (String code : row.text("countries").split(";", -1)) {
        names.put(name, Country.findAlpha2(code).orElseThrow(() -> row.error("countries",
            "countries must hold alpha-2 codes, but had '" + code + "'")));
      }
    }
    return names.build();
  }

  /** Holds the shipped names; class initialisation runs once and is thread-safe. */
  private static final class Shipped {
    static final ImmutableListMultimap<String, Country> NAMES = read();
  }
}
