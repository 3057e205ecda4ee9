package eu.mieux.rules.coverage;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import eu.mieux.model.country.Country;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The coverage data, indexed by country and date: which rows apply to a country on a date.
 *
 * <p>Rows are grouped by country when the table is made. The shipped table ({@link #standard()})
 * goes further: loading it reads the file and indexes its lines by country, with each line's
 * period, and parses a country's rows on the first call that needs them, so that the first check in
 * a fresh JVM parses one country's rows rather than 1,639 ({@link #rows()} parses them all). The
 * shipped file is checked whole by the build's tests. The date index of a country is built
 * once, on its first lookup: a Guava {@link ImmutableRangeMap} from date ranges to the rows valid in
 * them (rows overlap, so they are merged with {@link TreeRangeMap#merge}). A lookup is then one
 * array access and one binary search. Choice: lazy per country, so that loading the table, and the
 * first check in a fresh JVM, stay fast.
 *
 * <pre>{@code
 * CoverageTable table = CoverageTable.standard();
 * List<CoverageRow> rows = table.rowsOn(Country.UA, LocalDate.of(2016, 5, 1)); // ENI, DAC_ODA
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageTable {

  private final String version;
  private final ImmutableList<CoverageNote> notes;
  private final EnumMap<Country, ImmutableList<CoverageNote>> notesByCountry;
  /** The rows of a table made from rows; null for the shipped table until {@link #rows()}. */
  private volatile ImmutableList<CoverageRow> rows;
  /** The rows by country of a table made from rows; null for the shipped table. */
  private final EnumMap<Country, ImmutableList<CoverageRow>> rowsByCountry;
  /** The shipped file, parsed one country at a time; null for a table made from rows. */
  private final CoverageCsv.Lines lines;
  private final int rowCount;
  private final Set<Country> countries;
  private final AtomicReferenceArray<ImmutableRangeMap<LocalDate, ImmutableList<CoverageRow>>> index;
  private final DataDates dates;

  private CoverageTable(String version, List<CoverageRow> rows, List<CoverageNote> notes) {
    this.version = checkVersion(version);
    checkArgument(!rows.isEmpty(), "rows must not be empty, but was %s", rows);
    this.rows = ImmutableList.copyOf(rows);
    this.lines = null;
    this.rowCount = this.rows.size();
    this.rowsByCountry = byCountry(this.rows, CoverageRow::country);
    this.countries = Collections.unmodifiableSet(rowsByCountry.keySet());
    this.dates = new DataDates();
    for (CoverageRow row : this.rows) {
      dates.add(row.period().start(), row.period().endInclusive(), row.isReference());
    }
    this.notes = ImmutableList.copyOf(notes);
    this.notesByCountry = byCountry(this.notes, CoverageNote::country);
    this.index = new AtomicReferenceArray<>(Country.values().length);
  }

  private CoverageTable(String version, CoverageCsv.Lines lines, List<CoverageNote> notes) {
    this.version = checkVersion(version);
    this.rows = null;
    this.rowsByCountry = null;
    this.lines = lines;
    this.rowCount = lines.rowCount;
    this.countries = lines.countries;
    this.dates = lines.dates;
    this.notes = ImmutableList.copyOf(notes);
    this.notesByCountry = byCountry(this.notes, CoverageNote::country);
    this.index = new AtomicReferenceArray<>(Country.values().length);
  }

  /** The shipped table: the file indexed by country, each country's rows parsed on first use. */
  static CoverageTable lazy(String version, CoverageCsv.Lines lines, List<CoverageNote> notes) {
    return new CoverageTable(version, lines, notes);
  }

  private static String checkVersion(String version) {
    Objects.requireNonNull(version, "version");
    checkArgument(!version.isBlank(), "version must not be blank, but was '%s'", version);
    return version;
  }

  /** Groups rows or notes by country, each group in the order of the data. */
  private static <T> EnumMap<Country, ImmutableList<T>> byCountry(List<T> items,
      Function<T, Country> countryOf) {
    Map<Country, ImmutableList.Builder<T>> builders = new EnumMap<>(Country.class);
    for (T item : items) {
      builders.computeIfAbsent(countryOf.apply(item), country -> ImmutableList.builder()).add(item);
    }
    EnumMap<Country, ImmutableList<T>> grouped = new EnumMap<>(Country.class);
    for (Map.Entry<Country, ImmutableList.Builder<T>> entry : builders.entrySet()) {
      grouped.put(entry.getKey(), entry.getValue().build());
    }
    return grouped;
  }

  /**
   * Obtains the coverage data shipped with mieux, read once on first use.
   *
   * <p>The data is {@code coverage.csv} of version {@link #version()} (research date November 2026,
   * 1,639 rows), with the notes of {@code coverage-notes.csv}.
   *
   * @return the shipped table, the same instance on every call
   */
  public static CoverageTable standard() {
    return Standard.TABLE;
  }

  /**
   * Obtains a table from rows and notes, such as a newer data set or a small table for tests.
   *
   * @param version  the data version, such as {@code 2026-11}, not blank
   * @param rows  the rows, not empty, no null element
   * @param notes  the notes, possibly empty, no null element
   * @return the table
   * @throws IllegalArgumentException if the version is blank or there is no row
   */
  public static CoverageTable of(String version, List<CoverageRow> rows, List<CoverageNote> notes) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(notes, "notes");
    return new CoverageTable(version, rows, notes);
  }

  /**
   * Gets the version of the data, such as {@code 2026-11}.
   *
   * @return the version, not blank
   */
  public String version() {
    return version;
  }

  /**
   * Gets all rows, in the order of the data.
   *
   * <p>For the shipped table, the first call parses the rows of every country not parsed yet
   * (a few tens of milliseconds); the elements are the same objects {@link #rowsOf(Country)}
   * returns.
   *
   * @return the rows, not empty
   */
  public List<CoverageRow> rows() {
    ImmutableList<CoverageRow> all = rows;
    if (all == null) {
      // the shipped table: every country's rows, put back in the order of the file
      List<CoverageRow> merged = new ArrayList<>(rowCount);
      for (Country country : countries) {
        merged.addAll(lines.rowsOf(country));
      }
      merged.sort(Comparator.comparingInt(CoverageRow::line));
      all = ImmutableList.copyOf(merged);
      rows = all;
    }
    return all;
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
    return countries;
  }

  /**
   * Gets the rows of a country, instrument and reference rows alike, in the order of the data.
   *
   * <p>For the shipped table, the first call for a country parses its rows; later calls return the
   * same list.
   *
   * @param country  the country, not null
   * @return the rows, empty if the data never mentions the country
   */
  public List<CoverageRow> rowsOf(Country country) {
    Objects.requireNonNull(country, "country");
    if (lines != null) {
      return lines.rowsOf(country);
    }
    ImmutableList<CoverageRow> found = rowsByCountry.get(country);
    return found == null ? ImmutableList.of() : found;
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
   * Gets the rows of a country whose period contains a date, instrument and reference rows alike.
   *
   * @param country  the country, not null
   * @param date  the date, not null
   * @return the rows in the order of the data, possibly empty
   */
  public List<CoverageRow> rowsOn(Country country, LocalDate date) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(date, "date");
    RangeMap<LocalDate, ImmutableList<CoverageRow>> ranges = index.get(country.ordinal());
    if (ranges == null) {
      ranges = rangesOf(country);
    }
    ImmutableList<CoverageRow> found = ranges.get(date);
    return found == null ? ImmutableList.of() : found;
  }

  /**
   * Gets the first day of the data: the earliest {@code valid_from} of any row.
   *
   * @return the first date covered by the data
   */
  public LocalDate firstDate() {
    return dates.first();
  }

  /**
   * Gets the last day of the data: the latest {@code valid_to} of any row.
   *
   * @return the last date covered by the data
   */
  public LocalDate lastDate() {
    return dates.last();
  }

  /**
   * Gets the last day of the instrument rows: the latest {@code valid_to} of a row that is not
   * {@code DAC_ODA}. After it, the data cannot say whether a country is covered.
   *
   * @return the last date covered by an instrument row
   */
  public LocalDate lastInstrumentDate() {
    return dates.lastInstrument();
  }

  /**
   * Gets the last day of the reference rows: the latest {@code valid_to} of a {@code DAC_ODA} row
   * (2025-12-31 in the shipped data; SOURCES.md §8). Rows derived from the DAC list, such as the
   * NDICI proxy rows, end there for want of data, not because the law changed.
   *
   * @return the last date covered by a reference row, or {@link #lastDate()} if there is none
   */
  public LocalDate lastReferenceDate() {
    return dates.lastReference();
  }

  /**
   * Gets the first day of the reference rows: the earliest {@code valid_from} of a {@code DAC_ODA}
   * row (the DAC list reference data).
   *
   * @return the first date covered by a reference row, or empty if there is none
   * @since 0.1.0
   */
  public Optional<LocalDate> firstReferenceDate() {
    return dates.firstReference();
  }

  /**
   * Returns the version and size, such as {@code CoverageTable[2026-11, 1639 rows]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "CoverageTable[" + version + ", " + rowCount + " rows]";
  }

  private RangeMap<LocalDate, ImmutableList<CoverageRow>> rangesOf(Country country) {
    TreeRangeMap<LocalDate, ImmutableList<CoverageRow>> ranges = TreeRangeMap.create();
    for (CoverageRow row : rowsOf(country)) {
      ranges.merge(toRange(row), ImmutableList.of(row), CoverageTable::concat);
    }
    ImmutableRangeMap<LocalDate, ImmutableList<CoverageRow>> built = ImmutableRangeMap.copyOf(ranges);
    return index.compareAndSet(country.ordinal(), null, built) ? built : index.get(country.ordinal());
  }

  private static Range<LocalDate> toRange(CoverageRow row) {
    return Range.closedOpen(row.period().start(), row.period().endInclusive().plusDays(1));
  }

  private static ImmutableList<CoverageRow> concat(
      ImmutableList<CoverageRow> left, ImmutableList<CoverageRow> right) {
    List<CoverageRow> all = new ArrayList<>(left.size() + right.size());
    all.addAll(left);
    all.addAll(right);
    return ImmutableList.copyOf(all);
  }

  /** Holds the shipped table; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final CoverageTable TABLE = CoverageCsv.readStandard();
  }
}
