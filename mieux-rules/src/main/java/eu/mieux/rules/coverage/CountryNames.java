package eu.mieux.rules.coverage;

import com.google.common.collect.ImmutableListMultimap;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import eu.mieux.model.country.Country;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

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

  private CountryNames() {}

  /**
   * Gets the shipped names.
   *
   * @return each name, as written in the resource, with the countries it names, in file order
   * @throws IllegalStateException if the resource is malformed, naming its line
   */
  public static ImmutableListMultimap<String, Country> standard() {
    return Shipped.NAMES;
  }

  private static ImmutableListMultimap<String, Country> read() {
    ImmutableListMultimap.Builder<String, Country> names = ImmutableListMultimap.builder();
    try (InputStream stream = Objects.requireNonNull(CountryNames.class.getResourceAsStream(RESOURCE), RESOURCE);
        CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(
            new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()))) {
      boolean header = true;
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        if (header) {
          header = false;
          check(record.getFields().equals(List.of("name", "countries", "source")), line,
              "header must be 'name,countries,source', but was " + record.getFields());
          continue;
        }
        check(record.getFieldCount() == 3, line, "row must have 3 columns, but had " + record.getFieldCount());
        check(!record.getField(0).isBlank(), line, "column name must not be blank");
        check(!record.getField(2).isBlank(), line, "column source must not be blank");
        for (String code : record.getField(1).split(";", -1)) {
          names.put(record.getField(0), Country.findAlpha2(code).orElseThrow(() -> new IllegalStateException(
              RESOURCE + ":" + line + ": column countries must hold alpha-2 codes, but had '" + code + "'")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " must be readable, but " + e.getMessage(), e);
    } catch (CsvParseException e) {
      throw new IllegalStateException(RESOURCE + " must be RFC 4180 CSV, but " + e.getMessage(), e);
    }
    return names.build();
  }

  private static void check(boolean condition, long line, String message) {
    if (!condition) {
      throw new IllegalStateException(RESOURCE + ":" + line + ": " + message);
    }
  }

  /** Holds the shipped names; class initialisation runs once and is thread-safe. */
  private static final class Shipped {
    static final ImmutableListMultimap<String, Country> NAMES = read();
  }
}
