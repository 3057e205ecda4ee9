package eu.mieux.rules.coverage;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.country.Country;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The rows of a {@link CoverageTable} by country: rows already in memory ({@link #of}), or the lines
 * of the shipped {@code coverage.csv} indexed by country when the table loads, one country's rows
 * read through {@link CoverageCsv} the first time they are needed ({@link #index}).
 *
 * <p>Why: reading and checking all 1,639 rows before the first answer made the first check in a
 * fresh JVM take about 200 ms, against the README's 150 ms. The shipped file is checked whole by the
 * build instead: {@code ShippedCoverageTest} reads the same bytes with
 * {@link CoverageTable#read(java.io.Reader, String)}, every check that any file gets, and proves that
 * this index gives the same rows with the same lines, notes, warnings and dates. The file's CRC-32,
 * pinned in {@code coverage.properties} beside the row count, ties the bytes in the jar to the bytes
 * the build checked: {@link CoverageTable#standard()} refuses to load other bytes. So reading a
 * country's rows at check time cannot fail.
 *
 * <p>The index reads nothing of a line but its start: each line of a checked file is one record,
 * since no field may hold a line break, and the shipped file starts each line with its unquoted
 * {@code iso2} code and groups the lines of a country together (the index refuses a file that does
 * not, when it loads). This is not a second CSV reader: the fields are read only by
 * {@link CoverageCsv}, from the header and the lines of one country.
 *
 * <p>This class is thread-safe: a country's rows are published through an
 * {@link AtomicReferenceArray}; two threads may both read a country, and keep the same rows. It
 * uses no lambda: each one costs its class on the first check's path.
 */
final class CountryRows {

  private final String sourceName;
  /**
   * The shipped file, until every country has been read; then null, so that the table keeps only
   * rows. Null for rows in memory.
   */
  private volatile byte[] bytes;
  private final int headerEnd;
  /** By country ordinal: where its lines start and end in {@link #bytes} (-1: none), and its first line. */
  private final int[] starts;
  private final int[] ends;
  private final int[] firstLines;
  /** The countries in the order of the file's groups. */
  private final List<Country> order;
  private final Set<Country> countries;
  private final int rowCount;
  /** By country ordinal, the rows read so far; all of them for rows in memory. */
  private final AtomicReferenceArray<ImmutableList<CoverageRow>> read;
  /** Every row in the order of the data, once known. */
  private volatile ImmutableList<CoverageRow> all;

  private CountryRows(String sourceName, byte[] bytes, int headerEnd, int[] starts, int[] ends,
      int[] firstLines, List<Country> order, int rowCount) {
    this.sourceName = sourceName;
    this.bytes = bytes;
    this.headerEnd = headerEnd;
    this.starts = starts;
    this.ends = ends;
    this.firstLines = firstLines;
    this.order = order;
    this.countries = order.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(order));
    this.rowCount = rowCount;
    this.read = new AtomicReferenceArray<>(starts.length);
  }

  /** Groups rows in memory by country, each group in the order of the rows. */
  static CountryRows of(ImmutableList<CoverageRow> rows) {
    int[] none = new int[Country.values().length];
    Arrays.fill(none, -1);
    Map<Country, ImmutableList.Builder<CoverageRow>> groups = new EnumMap<>(Country.class);
    for (CoverageRow row : rows) {
      ImmutableList.Builder<CoverageRow> group = groups.get(row.country());
      if (group == null) {
        group = ImmutableList.builder();
        groups.put(row.country(), group);
      }
      group.add(row);
    }
    CountryRows grouped = new CountryRows("", null, 0, none, none, none,
        List.copyOf(groups.keySet()), rows.size());
    for (Map.Entry<Country, ImmutableList.Builder<CoverageRow>> group : groups.entrySet()) {
      grouped.read.set(group.getKey().ordinal(), group.getValue().build());
    }
    grouped.all = rows;
    return grouped;
  }

  /**
   * Indexes the lines of a coverage file by country.
   *
   * @throws IllegalStateException naming the line, if a line does not start with an upper-case
   *     alpha-2 code and a comma, or a country's lines are not together
   */
  static CountryRows index(byte[] bytes, String sourceName) {
    int countries = Country.values().length;
    int[] starts = new int[countries];
    int[] ends = new int[countries];
    int[] firstLines = new int[countries];
    Arrays.fill(starts, -1);
    List<Country> order = new ArrayList<>();
    int headerEnd = nextLine(bytes, 0);
    int rows = 0;
    int line = 2;
    Country current = null;
    for (int start = headerEnd; start < bytes.length; start = nextLine(bytes, start), line++) {
      if (bytes[start] == '\n' || bytes[start] == '\r') {
        continue; // an empty line, which the reader skips; it stays inside the country before it
      }
      rows++;
      if (current != null && sameCountry(bytes, start, starts[current.ordinal()])) {
        continue;
      }
      Country country = countryAt(bytes, start, line, sourceName);
      if (starts[country.ordinal()] >= 0) {
        throw new IllegalStateException(sourceName + ":" + line + ": column iso2: the lines of a"
            + " country must be together, but " + country + " is also on lines from "
            + firstLines[country.ordinal()]);
      }
      if (current != null) {
        ends[current.ordinal()] = start;
      }
      starts[country.ordinal()] = start;
      firstLines[country.ordinal()] = line;
      order.add(country);
      current = country;
    }
    if (current != null) {
      ends[current.ordinal()] = bytes.length;
    }
    return new CountryRows(sourceName, bytes, headerEnd, starts, ends, firstLines,
        Collections.unmodifiableList(order), rows);
  }

  /** The index just after the line break that ends the line at {@code start}, or the end. */
  private static int nextLine(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return Math.min(i + 1, bytes.length);
  }

  /** Whether the line at {@code start} starts with the code and comma of the line at {@code other}. */
  private static boolean sameCountry(byte[] bytes, int start, int other) {
    return start + 2 < bytes.length && bytes[start] == bytes[other]
        && bytes[start + 1] == bytes[other + 1] && bytes[start + 2] == ',';
  }

  private static Country countryAt(byte[] bytes, int start, int line, String sourceName) {
    Optional<Country> country = Optional.empty();
    if (start + 2 < bytes.length && bytes[start + 2] == ',' && isUpper(bytes[start])
        && isUpper(bytes[start + 1])) {
      country = Country.findAlpha2(new String(bytes, start, 2, StandardCharsets.US_ASCII));
    }
    return country.orElseThrow(() -> new IllegalStateException(sourceName + ":" + line
        + ": column iso2: the shipped file must start each line with an alpha-2 code and a comma,"
        + " but was " + CoverageCsv.quote(new String(bytes, start,
            Math.min(8, bytes.length - start), StandardCharsets.UTF_8))));
  }

  private static boolean isUpper(byte b) {
    return b >= 'A' && b <= 'Z';
  }

  /** The number of rows: the lines that are not empty, the header excluded. */
  int rowCount() {
    return rowCount;
  }

  /** The countries that have rows, in enum order. */
  Set<Country> countries() {
    return countries;
  }

  /** Gets the rows of a country, read on the first call. */
  ImmutableList<CoverageRow> rowsOf(Country country) {
    // read the file before the rows: once it is released, every country's rows are set
    byte[] file = bytes;
    ImmutableList<CoverageRow> rows = read.get(country.ordinal());
    if (rows != null) {
      return rows;
    }
    int start = starts[country.ordinal()];
    if (start < 0) {
      return ImmutableList.of();
    }
    String text = new String(file, 0, headerEnd, StandardCharsets.UTF_8)
        + new String(file, start, ends[country.ordinal()] - start, StandardCharsets.UTF_8);
    ImmutableList<CoverageRow> parsed =
        CoverageCsv.rows(text, sourceName, firstLines[country.ordinal()]);
    return read.compareAndSet(country.ordinal(), null, parsed) ? parsed : read.get(country.ordinal());
  }

  /**
   * Gets every row in the order of the data: for the shipped file, the countries not read yet are
   * read, then the file is released.
   */
  ImmutableList<CoverageRow> all() {
    ImmutableList<CoverageRow> known = all;
    if (known == null) {
      ImmutableList.Builder<CoverageRow> rows = ImmutableList.builderWithExpectedSize(rowCount);
      for (Country country : order) {
        rows.addAll(rowsOf(country));
      }
      known = rows.build();
      all = known;
      bytes = null;
    }
    return known;
  }
}
