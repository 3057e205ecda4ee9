package eu.mieux.rules.coverage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.hash.Hashing;
import eu.mieux.model.country.Country;
import eu.mieux.model.internal.IsoDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The coverage data: which EU instrument covered which country when, grouped by country, checked as
 * a whole before any rule uses it.
 *
 * <p>A table is made from rows that satisfy, whatever their source (the shipped file,
 * {@link #read(Path)}, {@link #read(Reader, String)} or {@link #of}):
 * <ul>
 *   <li>every date lies within {@link #FIRST_DAY} and {@link #LAST_DAY} (1990-01-01 to
 *       2100-12-31), and each period ends on or after its start;</li>
 *   <li>a country has at most {@link #MAX_ROWS_PER_COUNTRY} rows;</li>
 *   <li>no row repeats another exactly (same country, name, instrument, period, basis and source);
 *       an exact duplicate is an error;</li>
 *   <li>periods of one country and instrument may overlap (the shipped data gives DCI geographic
 *       and DCI thematic rows for the same years): each overlap is reported in
 *       {@link #warnings()}, and every row that applies is cited;</li>
 *   <li>a file is at most {@link #MAX_BYTES} bytes of UTF-8 CSV, each field as
 *       {@link CoverageCsv} reads it.</li>
 * </ul>
 * Each error is an {@link IllegalArgumentException} naming the source, line and column, such as
 * {@code coverage.csv:12: column valid_to: valid_to must be within 1990-01-01 and 2100-12-31, but
 * was +999999999-12-31}. A table that loads never throws at check time. The shipped table,
 * {@link #standard()}, is checked whole by the build and read a country at a time.
 *
 * <pre>{@code
 * CoverageTable table = CoverageTable.read(Path.of("coverage.csv"));   // a newer data set
 * MieuxRules rules = MieuxRules.of(table, RulesConfig.standard());
 * table.sha256();                                                     // the file's identity
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageTable {

  /** The first day a row or note may name: 1990-01-01. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

  /** The last day a row or note may name: 2100-12-31. */
  public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  /** The most rows one country may have. */
  public static final int MAX_ROWS_PER_COUNTRY = 500;

  /** The largest coverage file read, in bytes: 16 MiB. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /** The name of the shipped file, its {@link #source()}. */
  private static final String STANDARD_SOURCE = "coverage.csv";

  /** The days a row or note may name. */
  static final Range<LocalDate> DATES = Range.closed(FIRST_DAY, LAST_DAY);

  private final String version;
  private final String source;
  /** Null for the shipped table until {@link #sha256()} computes it from the resource. */
  private volatile Optional<String> sha256;
  private final CountryRows rows;
  private final ImmutableList<CoverageNote> notes;
  private final EnumMap<Country, ImmutableList<CoverageNote>> notesByCountry;
  /** Built on first use (racy single-check: the value is immutable and always equal). */
  private volatile ImmutableList<String> warnings;
  private final DataDates dates;

  private CoverageTable(String version, String source, Optional<String> sha256, CountryRows rows,
      List<CoverageNote> notes, DataDates dates) {
    this.version = checkVersion(version);
    this.source = source;
    this.sha256 = sha256;
    this.rows = rows;
    this.notes = ImmutableList.copyOf(notes);
    this.notesByCountry = notesByCountry(this.notes);
    this.dates = dates;
  }

  /** A table of rows in memory, checked here as a whole. */
  private static CoverageTable checked(String version, String source, Optional<String> sha256,
      List<CoverageRow> rows, List<CoverageNote> notes) {
    ImmutableList<CoverageRow> all = ImmutableList.copyOf(rows);
    if (all.isEmpty()) {
      throw new IllegalArgumentException(source + ": rows must not be empty, but was empty");
    }
    CoverageTable table = new CoverageTable(version, source, sha256, CountryRows.of(all), notes,
        DataDates.of(all));
    table.validate();
    return table;
  }

  private static String checkVersion(String version) {
    Objects.requireNonNull(version, "version");
    if (version.isBlank()) {
      throw new IllegalArgumentException("version must not be blank, but was '" + version + "'");
    }
    return version;
  }

  /**
   * Checks the rows and notes as a whole.
   *
   * @throws IllegalArgumentException naming the line and column of the first fault
   */
  private void validate() {
    for (CoverageRow row : rows()) {
      checkDate(row, row.period().start(), "valid_from");
      checkDate(row, row.period().endInclusive(), "valid_to");
    }
    for (int i = 0; i < notes.size(); i++) {
      CoverageNote note = notes.get(i);
      if (!DATES.encloses(note.period().toRange())) {
        throw new IllegalArgumentException(source + ": notes[" + i + "]: period must be within "
            + FIRST_DAY + " and " + LAST_DAY + ", but was " + note.period());
      }
    }
    for (Country country : countries()) {
      List<CoverageRow> countryRows = rowsOf(country);
      if (countryRows.size() > MAX_ROWS_PER_COUNTRY) {
        throw error(countryRows.get(MAX_ROWS_PER_COUNTRY), "iso2", "rows per country must be at"
            + " most " + MAX_ROWS_PER_COUNTRY + ", but " + country + " had " + countryRows.size());
      }
    }
    for (Map.Entry<Country, ImmutableList<CoverageNote>> entry : notesByCountry.entrySet()) {
      if (entry.getValue().size() > MAX_ROWS_PER_COUNTRY) {
        throw new IllegalArgumentException(source + ": notes per country must be at most "
            + MAX_ROWS_PER_COUNTRY + ", but " + entry.getKey() + " had " + entry.getValue().size());
      }
    }
    Map<CoverageRow, CoverageRow> seen = new HashMap<>();
    for (CoverageRow row : rows()) {
      CoverageRow earlier = seen.putIfAbsent(row, row);
      if (earlier != null) {
        throw error(row, "iso2", "row must not repeat line " + earlier.line()
            + ", but was the same row: " + CoverageCsv.quote(row.toString()));
      }
    }
  }

  /** Describes the overlaps of periods of one country and instrument, which are allowed. */
  private ImmutableList<String> overlaps() {
    ImmutableList.Builder<String> overlaps = ImmutableList.builder();
    for (Country country : countries()) {
      Map<String, List<CoverageRow>> byScheme = new HashMap<>();
      for (CoverageRow row : rowsOf(country)) {
        byScheme.computeIfAbsent(row.scheme(), scheme -> new ArrayList<>()).add(row);
      }
      for (List<CoverageRow> schemeRows : byScheme.values()) {
        schemeRows.sort(Comparator.comparing(CoverageRow::period)
            .thenComparingInt(CoverageRow::line));
        CoverageRow reaching = null;
        for (CoverageRow row : schemeRows) {
          if (reaching != null && !row.period().start().isAfter(reaching.period().endInclusive())) {
            overlaps.add(prefix(row, "valid_from") + "period " + row.period() + " of "
                + row.country() + " " + row.scheme() + " overlaps line " + reaching.line() + " ("
                + reaching.period() + "); both rows apply");
          }
          if (reaching == null || row.period().endInclusive().isAfter(reaching.period().endInclusive())) {
            reaching = row;
          }
        }
      }
    }
    return overlaps.build();
  }

  private void checkDate(CoverageRow row, LocalDate date, String column) {
    if (!DATES.contains(date)) {
      throw error(row, column, column + " must be within " + FIRST_DAY + " and " + LAST_DAY
          + ", but was " + date);
    }
  }

  private String prefix(CoverageRow row, String column) {
    return source + ":" + row.line() + ": column " + column + ": ";
  }

  private IllegalArgumentException error(CoverageRow row, String column, String message) {
    return new IllegalArgumentException(prefix(row, column) + message);
  }

  /** Groups notes by country, each group in the order of the data. */
  private static EnumMap<Country, ImmutableList<CoverageNote>> notesByCountry(
      List<CoverageNote> notes) {
    Map<Country, ImmutableList.Builder<CoverageNote>> builders = new EnumMap<>(Country.class);
    for (CoverageNote note : notes) {
      ImmutableList.Builder<CoverageNote> builder = builders.get(note.country());
      if (builder == null) {
        builder = ImmutableList.builder();
        builders.put(note.country(), builder);
      }
      builder.add(note);
    }
    EnumMap<Country, ImmutableList<CoverageNote>> grouped = new EnumMap<>(Country.class);
    for (Map.Entry<Country, ImmutableList.Builder<CoverageNote>> entry : builders.entrySet()) {
      grouped.put(entry.getKey(), entry.getValue().build());
    }
    return grouped;
  }

  /**
   * Obtains the coverage data shipped with mieux.
   *
   * <p>The data is {@code coverage.csv} of version {@link #version()} (research date November 2026,
   * 1,639 rows), with the notes of {@code coverage-notes.csv}. The build checks the file whole, with
   * every check of {@link #read(Path)}, and pins its CRC-32 and dates in
   * {@code coverage.properties}. On first use this method compares the bytes with that CRC-32 and
   * indexes their lines by country; a country's rows are read the first time they are needed,
   * through the same reader, so that the first check reads one country's rows, not 1,639. The
   * rows, notes, warnings and identity are those of the whole file read with {@link #read(Path)}.
   *
   * @return the shipped table, the same instance on every call
   */
  public static CoverageTable standard() {
    return Standard.TABLE;
  }

  /**
   * Obtains a table from rows and notes, such as a small table for tests.
   *
   * <p>The rows are checked as a whole, as a file's are; messages name each row by its
   * {@link CoverageRow#line()} and start with {@code CoverageTable.of}.
   *
   * @param version  the data version, such as {@code 2026-11}, not blank
   * @param rows  the rows, not empty, no null element
   * @param notes  the notes, possibly empty, no null element
   * @return the table, whose {@link #sha256()} is empty
   * @throws IllegalArgumentException if the version is blank, there is no row, or the rows break a
   *     rule of the class description
   */
  public static CoverageTable of(String version, List<CoverageRow> rows, List<CoverageNote> notes) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(notes, "notes");
    return checked(version, "CoverageTable.of", Optional.empty(), rows, notes);
  }

  /**
   * Obtains a table from a coverage file, such as a newer {@code coverage.csv}, without notes.
   *
   * <p>The file is read whole (at most {@link #MAX_BYTES} bytes), decoded as UTF-8 and checked as
   * the class description says; error messages start with the path as given.
   *
   * @param file  the CSV file with the header of {@link CoverageCsv#HEADER}, not null
   * @return the table; its {@link #version()} is {@code sha256:} and the first 12 hexadecimal
   *     digits of {@link #sha256()}, its {@link #source()} the path
   * @throws IllegalArgumentException naming the file, line and column of the first fault
   * @throws UncheckedIOException if the file cannot be read
   * @since 0.1.0
   */
  public static CoverageTable read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new IllegalArgumentException(source + ": size must be at most " + MAX_BYTES
            + " bytes, but was " + size);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(source + " could not be read: " + e.getMessage(), e);
    }
    return ofText(CoverageCsv.decode(bytes, source), source,
        Hashing.sha256().hashBytes(bytes).toString());
  }

  /**
   * Obtains a table from coverage CSV text, without notes.
   *
   * @param reader  the CSV text, header first, not null; not closed by this method
   * @param sourceName  the name to start error messages with, such as a file name, not null
   * @return the table; its {@link #sha256()} is that of the text encoded as UTF-8, its
   *     {@link #version()} {@code sha256:} and the first 12 hexadecimal digits of it
   * @throws IllegalArgumentException naming the source, line and column of the first fault
   * @throws UncheckedIOException if the reader fails
   * @since 0.1.0
   */
  public static CoverageTable read(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    String text = CoverageCsv.text(reader, sourceName);
    return ofText(text, sourceName, Hashing.sha256().hashString(text, StandardCharsets.UTF_8)
        .toString());
  }

  private static CoverageTable ofText(String text, String source, String sha256) {
    return checked("sha256:" + sha256.substring(0, 12), source, Optional.of(sha256),
        CoverageCsv.rows(text, source), List.of());
  }

  /**
   * Gets the version of the data: {@code 2026-11} for the shipped data, {@code sha256:} and 12
   * hexadecimal digits for a file read with {@link #read(Path)}.
   *
   * @return the version, not blank
   */
  public String version() {
    return version;
  }

  /**
   * Gets where the rows come from: {@code coverage.csv} for the shipped data, the path or source
   * name given to {@code read}, or {@code CoverageTable.of}.
   *
   * @return the source, as error messages and warnings start
   * @since 0.1.0
   */
  public String source() {
    return source;
  }

  /**
   * Gets the SHA-256 of the coverage file, in lower-case hexadecimal: with {@link #source()},
   * {@link #version()} and the row count, the identity of the data behind a decision.
   *
   * <p>For the shipped table it is computed on the first call, from the resource.
   *
   * @return the 64 hexadecimal digits, or empty for a table made with {@link #of}
   * @since 0.1.0
   */
  public Optional<String> sha256() {
    Optional<String> known = sha256;
    if (known == null) {
      // racy single-check: every thread computes the same value
      known = Optional.of(Hashing.sha256().hashBytes(resource(STANDARD_SOURCE)).toString());
      sha256 = known;
    }
    return known;
  }

  /**
   * Gets what the data allows but a reader should know: each overlap of two periods of one country
   * and instrument, as {@code <source>:<line>: column valid_from: period ... overlaps line ...}.
   *
   * @return the warnings, in country and instrument order, possibly empty
   * @since 0.1.0
   */
  public List<String> warnings() {
    ImmutableList<String> known = warnings;
    if (known == null) {
      known = overlaps();
      warnings = known;
    }
    return known;
  }

  /**
   * Gets all rows, in the order of the data.
   *
   * @return the rows, not empty
   */
  public List<CoverageRow> rows() {
    return rows.all();
  }

  /**
   * Gets all notes, in the order of the data.
   *
   * @return the notes, possibly empty
   */
  public List<CoverageNote> notes() {
    return notes;
  }

  /**
   * Gets the countries that have at least one row.
   *
   * @return the countries, in enum order
   */
  public Set<Country> countries() {
    return rows.countries();
  }

  /**
   * Gets the rows of a country, instrument and reference rows alike, in the order of the data.
   *
   * @param country  the country, not null
   * @return the rows, empty if the data never mentions the country; at most
   *     {@link #MAX_ROWS_PER_COUNTRY}
   */
  public List<CoverageRow> rowsOf(Country country) {
    Objects.requireNonNull(country, "country");
    return rows.rowsOf(country);
  }

  /**
   * Gets the notes about a country, in the order of the data.
   *
   * @param country  the country, not null
   * @return the notes, possibly empty
   */
  public List<CoverageNote> notesOf(Country country) {
    Objects.requireNonNull(country, "country");
    ImmutableList<CoverageNote> found = notesByCountry.get(country);
    return found == null ? ImmutableList.of() : found;
  }

  /**
   * Gets the first day of the data: the earliest {@code valid_from} of any row.
   *
   * @return the first date covered by the data
   */
  public LocalDate firstDate() {
    return dates.firstDate();
  }

  /**
   * Gets the last day of the data: the latest {@code valid_to} of any row.
   *
   * @return the last date covered by the data
   */
  public LocalDate lastDate() {
    return dates.lastDate();
  }

  /**
   * Gets the last day of the instrument rows: the latest {@code valid_to} of a row that is not
   * {@code DAC_ODA}. After it, the data cannot say whether a country is covered.
   *
   * @return the last date covered by an instrument row, or {@link #lastDate()} if there is none
   */
  public LocalDate lastInstrumentDate() {
    return dates.lastInstrumentDate();
  }

  /**
   * Gets the last day of the reference rows: the latest {@code valid_to} of a {@code DAC_ODA} row
   * (2025-12-31 in the shipped data; SOURCES.md §8). Rows derived from the DAC list, such as the
   * NDICI proxy rows, end there for want of data, not because the law changed.
   *
   * @return the last date covered by a reference row, or {@link #lastDate()} if there is none
   */
  public LocalDate lastReferenceDate() {
    return dates.lastReferenceDate();
  }

  /**
   * Gets the first day of the reference rows: the earliest {@code valid_from} of a {@code DAC_ODA}
   * row (the DAC list reference data).
   *
   * @return the first date covered by a reference row, or empty if there is none
   * @since 0.1.0
   */
  public Optional<LocalDate> firstReferenceDate() {
    return dates.firstReferenceDate();
  }

  /**
   * Returns the version and size, such as {@code CoverageTable[2026-11, 1639 rows]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "CoverageTable[" + version + ", " + rows.rowCount() + " rows]";
  }

  /**
   * Reads the shipped data: {@code coverage.csv}, {@code coverage-notes.csv} and the descriptor
   * {@code coverage.properties}. The rows are read a country at a time, on first use, from the
   * bytes the build checked whole ({@link CountryRows}).
   *
   * @throws IllegalStateException if a resource is missing or differs from its descriptor
   */
  static CoverageTable readStandard() {
    Properties descriptor = new Properties();
    try (Reader reader = new StringReader(resourceText("coverage.properties"))) {
      descriptor.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("coverage.properties could not be read", e);
    }
    return shipped(resource(STANDARD_SOURCE), descriptor,
        CoverageCsv.notes(resourceText("coverage-notes.csv"), "coverage-notes.csv"));
  }

  /**
   * Obtains the shipped table from the bytes of {@code coverage.csv}, its descriptor and notes.
   *
   * @throws IllegalStateException if the bytes are not those the descriptor names by CRC-32 and
   *     row count, or a line of the file does not start with its country
   */
  static CoverageTable shipped(byte[] bytes, Properties descriptor, List<CoverageNote> notes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length);
    String pinned = property(descriptor, "crc32");
    if (!pinned.equals(crc32(crc.getValue()))) {
      throw new IllegalStateException(STANDARD_SOURCE + " must be the file the build checked,"
          + " with the crc32 " + pinned + " of coverage.properties, but had "
          + crc32(crc.getValue()));
    }
    CountryRows rows = CountryRows.index(bytes, STANDARD_SOURCE);
    String expectedRows = property(descriptor, "rows");
    if (!expectedRows.equals(Integer.toString(rows.rowCount()))) {
      throw new IllegalStateException(STANDARD_SOURCE + " must have the " + expectedRows
          + " rows of coverage.properties, but had " + rows.rowCount());
    }
    // the sha256 is computed from the resource on first use: null until then
    return new CoverageTable(property(descriptor, "version"), STANDARD_SOURCE, null, rows, notes,
        DataDates.of(descriptor));
  }

  /** The CRC-32 as eight lower-case hexadecimal digits, without {@code String.format}. */
  private static String crc32(long value) {
    String digits = Long.toHexString(value);
    return "00000000".substring(digits.length()) + digits;
  }

  private static String property(Properties descriptor, String key) {
    String value = descriptor.getProperty(key, "");
    if (value.isBlank()) {
      throw new IllegalStateException("coverage.properties: " + key + " must be set, but was '"
          + value + "'");
    }
    return value;
  }

  private static String resourceText(String name) {
    return CoverageCsv.decode(resource(name), name);
  }

  private static byte[] resource(String name) {
    try (InputStream in = CoverageTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource must exist beside "
            + CoverageTable.class.getName() + ", but was missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(name + " could not be read", e);
    }
  }

  /**
   * The first and last days of the data, of its instrument rows and of its reference rows.
   *
   * <p>For the shipped table they come from {@code coverage.properties}, so that the first check
   * need not read every row; {@code ShippedCoverageTest} checks them against the rows.
   */
  record DataDates(LocalDate firstDate, LocalDate lastDate, LocalDate lastInstrumentDate,
      LocalDate lastReferenceDate, Optional<LocalDate> firstReferenceDate) {

    /** The descriptor's keys, in the order of the record's components. */
    static final List<String> KEYS = List.of("first_date", "last_date", "last_instrument_date",
        "last_reference_date", "first_reference_date");

    static DataDates of(List<CoverageRow> rows) {
      LocalDate first = LocalDate.MAX;
      LocalDate last = LocalDate.MIN;
      LocalDate lastInstrument = LocalDate.MIN;
      LocalDate lastReference = LocalDate.MIN;
      LocalDate firstReference = LocalDate.MAX;
      for (CoverageRow row : rows) {
        LocalDate start = row.period().start();
        LocalDate end = row.period().endInclusive();
        first = start.isBefore(first) ? start : first;
        last = end.isAfter(last) ? end : last;
        if (row.isReference()) {
          lastReference = end.isAfter(lastReference) ? end : lastReference;
          firstReference = start.isBefore(firstReference) ? start : firstReference;
        } else {
          lastInstrument = end.isAfter(lastInstrument) ? end : lastInstrument;
        }
      }
      return new DataDates(first, last,
          lastInstrument.equals(LocalDate.MIN) ? last : lastInstrument,
          lastReference.equals(LocalDate.MIN) ? last : lastReference,
          firstReference.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(firstReference));
    }

    static DataDates of(Properties descriptor) {
      List<LocalDate> dates = new ArrayList<>();
      for (String key : KEYS) {
        String value = property(descriptor, key);
        try {
          dates.add(IsoDates.parse(value));
        } catch (DateTimeParseException e) {
          throw new IllegalStateException("coverage.properties: " + key
              + " must be an ISO-8601 date, but was '" + value + "'", e);
        }
      }
      return new DataDates(dates.get(0), dates.get(1), dates.get(2), dates.get(3),
          Optional.of(dates.get(4)));
    }
  }

  /** Holds the shipped table; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final CoverageTable TABLE = readStandard();
  }
}
