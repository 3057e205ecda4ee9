package eu.mieux.rules.coverage;

import com.google.common.collect.ImmutableList;
import com.google.common.io.CharStreams;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader of the coverage data: {@code coverage.csv} and its companion {@code coverage-notes.csv}.
 *
 * <p>The files are RFC 4180 CSV in UTF-8: comma-separated, fields that hold commas, quotes or line
 * breaks are quoted, and a quote inside a quoted field is doubled. The first line is the header,
 * which must match exactly.
 *
 * <p>Reading fails fast and whole: the first bad field throws an {@link IllegalArgumentException}
 * whose message starts with {@code <sourceName>:<line>: column <name>:}, for example
 * {@code coverage.csv:17: column valid_to: valid_to must be on or after valid_from 2014-01-01, but
 * was 2013-12-31}. No row is ever skipped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageCsv {

  /** The header of {@code coverage.csv}, in order. */
  public static final List<String> HEADER = List.of(
      "iso2", "iso3", "name_en", "instrument", "valid_from", "valid_to", "basis", "source");

  /** The header of {@code coverage-notes.csv}, in order. */
  public static final List<String> NOTES_HEADER = List.of(
      "iso2", "valid_from", "valid_to", "note", "source");

  private CoverageCsv() {}

  /**
   * Reads coverage rows.
   *
   * @param reader  the CSV text, header first, not null; not closed by this method
   * @param sourceName  the name to start error messages with, such as {@code coverage.csv}, not null
   * @return the rows, in the order of the file
   * @throws IllegalArgumentException naming the source, line and column of the first bad field: a
   *     wrong header or column count, an unknown country or instrument, an alpha-3 code that does not
   *     belong to the alpha-2 code, a bad date, {@code valid_to} before {@code valid_from}, a blank
   *     text, or an unterminated quote
   * @throws UncheckedIOException if the reader fails
   */
  public static ImmutableList<CoverageRow> read(Reader reader, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return rows(records(reader, sourceName, HEADER));
  }

  private static ImmutableList<CoverageRow> rows(List<Record> records) {
    ImmutableList.Builder<CoverageRow> rows = ImmutableList.builderWithExpectedSize(records.size());
    for (Record record : records) {
      rows.add(row(record));
    }
    return rows.build();
  }

  /**
   * Reads coverage notes.
   *
   * @param reader  the CSV text with header {@code iso2,valid_from,valid_to,note,source}, not null;
   *     not closed by this method
   * @param sourceName  the name to start error messages with, such as {@code coverage-notes.csv},
   *     not null
   * @return the notes, in the order of the file
   * @throws IllegalArgumentException naming the source, line and column of the first bad field
   * @throws UncheckedIOException if the reader fails
   */
  public static ImmutableList<CoverageNote> readNotes(Reader reader, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    List<Record> records = records(reader, sourceName, NOTES_HEADER);
    ImmutableList.Builder<CoverageNote> notes = ImmutableList.builder();
    for (Record record : records) {
      Country country = country(record, 0);
      ValidityPeriod period = period(record, 1, 2);
      String note = text(record, 3);
      String source = text(record, 4);
      notes.add(CoverageNote.of(country, period, note, source));
    }
    return notes.build();
  }

  /**
   * Reads the coverage data shipped in this package: {@code coverage.csv}, {@code coverage-notes.csv}
   * and the version descriptor {@code coverage.properties}.
   *
   * <p>{@code coverage.csv} is indexed by country and its rows are parsed per country on first use
   * ({@link Lines}); a field the index does not read (iso3, instrument name, texts) is checked when
   * its country is parsed. The build's tests parse the whole shipped file.
   *
   * @return the table
   * @throws IllegalStateException if a resource is missing or the row count differs from the
   *     descriptor's
   * @throws IllegalArgumentException if a file is malformed
   */
  static CoverageTable readStandard() {
    long started = System.nanoTime();
    Properties descriptor = new Properties();
    try (Reader reader = resource("coverage.properties")) {
      descriptor.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("coverage.properties could not be read", e);
    }
    String text = text("coverage.csv");
    ImmutableList<CoverageNote> notes;
    try (Reader reader = resource("coverage-notes.csv")) {
      notes = readNotes(reader, "coverage-notes.csv");
    } catch (IOException e) {
      throw new UncheckedIOException("coverage-notes.csv could not be read", e);
    }
    String version = descriptor.getProperty("version", "");
    String expectedRows = descriptor.getProperty("rows", "");
    Lines lines = Lines.scan(text, "coverage.csv");
    int rowCount;
    CoverageTable table;
    if (lines != null) {
      rowCount = lines.rowCount;
      table = CoverageTable.lazy(version, lines, notes);
    } else {
      // not one record per line, or a line the scan cannot read: read it all, which names the error
      ImmutableList<CoverageRow> rows = rows(records(text, "coverage.csv", HEADER));
      rowCount = rows.size();
      table = CoverageTable.of(version, rows, notes);
    }
    if (!expectedRows.equals(Integer.toString(rowCount))) {
      throw new IllegalStateException(String.format(
          "coverage.csv must have the %s rows of coverage.properties, but had %s",
          expectedRows, rowCount));
    }
    Logger log = LoggerFactory.getLogger(CoverageCsv.class);
    log.debug("coverage data {} indexed: {} rows, {} notes in {} ms", version, rowCount,
        notes.size(), (System.nanoTime() - started) / 1_000_000);
    return table;
  }

  /**
   * A coverage file indexed by country, line by line, whose rows are parsed one country at a time
   * on first use: the first check in a fresh JVM parses the rows of one country, not 1,639.
   *
   * <p>{@link #scan} reads only what the table needs up front: each line's country and period, and
   * whether the instrument is {@code DAC_ODA}. It gives up (returns {@code null}) on anything
   * unusual, such as a quoted line break, a bare carriage return, an unknown country or a bad date,
   * and the caller then reads the whole file, which reports the error with its line and column.
   * The text is dropped once every country's rows are parsed.
   *
   * <p>This class is thread-safe: a country's rows are parsed at most once per winner of a race,
   * and every thread sees the same list.
   */
  static final class Lines {
    private static final String REFERENCE_FIELD = CoverageRow.REFERENCE_SCHEME + ",";

    private final String sourceName;
    /** The file's text, or null once every country's rows are parsed. */
    private volatile String text;
    /** Per country ordinal: the offsets at which its lines start, or null if it has none. */
    private final int[][] offsets;
    /** Per country ordinal: the 1-based line numbers of those lines. */
    private final int[][] lineNumbers;
    private final AtomicReferenceArray<ImmutableList<CoverageRow>> parsed;
    private final AtomicInteger unparsed;
    final int rowCount;
    final Set<Country> countries;
    final DataDates dates;

    private Lines(String text, String sourceName, int[][] offsets, int[][] lineNumbers,
        int rowCount, Set<Country> countries, DataDates dates) {
      this.text = text;
      this.sourceName = sourceName;
      this.offsets = offsets;
      this.lineNumbers = lineNumbers;
      this.parsed = new AtomicReferenceArray<>(offsets.length);
      this.unparsed = new AtomicInteger(countries.size());
      this.rowCount = rowCount;
      this.countries = countries;
      this.dates = dates;
    }

    /**
     * Indexes a file by country.
     *
     * @return the index, or null if the file is not one plain record per line with a known country
     *     and two valid dates on each line
     */
    static Lines scan(String input, String sourceName) {
      String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
      int length = text.length();
      int headerEnd = text.indexOf('\n');
      String header = String.join(",", HEADER);
      if (headerEnd < 0 || !text.startsWith(header + "\r\n") && !text.startsWith(header + "\n")) {
        return null;
      }
      int countryCount = Country.values().length;
      int[] counts = new int[countryCount];
      int[] lineOffsets = new int[64];
      int[] lineCountries = new int[64];
      int rows = 0;
      DataDates dates = new DataDates();
      int nextCarriageReturn = text.indexOf('\r', headerEnd + 1);
      for (int pos = headerEnd + 1; pos < length; ) {
        int lineEnd = text.indexOf('\n', pos);
        int end = lineEnd < 0 ? length : lineEnd;
        if (lineEnd >= 0 && end > pos && text.charAt(end - 1) == '\r') {
          end--;
        }
        if (nextCarriageReturn >= 0 && nextCarriageReturn < pos) {
          nextCarriageReturn = text.indexOf('\r', pos);
        }
        if (nextCarriageReturn >= 0 && nextCarriageReturn < end || !evenQuotes(text, pos, end)
            || end - pos < 3 || text.charAt(pos + 2) != ',') {
          return null;
        }
        Optional<Country> country = Country.findAlpha2(text.substring(pos, pos + 2));
        if (country.isEmpty() || !text.startsWith(country.get().alpha2(), pos)) {
          return null;
        }
        // skip iso2, iso3 and name_en to the instrument, then read valid_from and valid_to
        int instrument = skip(text, skip(text, pos + 3, end), end);
        int from = skip(text, instrument, end);
        if (from < 0 || from + 21 >= end || text.charAt(from + 10) != ','
            || text.charAt(from + 21) != ',') {
          return null;
        }
        LocalDate start = isoDate(text, from);
        LocalDate endInclusive = isoDate(text, from + 11);
        if (start == null || endInclusive == null || endInclusive.isBefore(start)) {
          return null;
        }
        dates.add(start, endInclusive, text.startsWith(REFERENCE_FIELD, instrument));
        if (rows == lineOffsets.length) {
          lineOffsets = Arrays.copyOf(lineOffsets, rows * 2);
          lineCountries = Arrays.copyOf(lineCountries, rows * 2);
        }
        lineOffsets[rows] = pos;
        lineCountries[rows] = country.get().ordinal();
        counts[country.get().ordinal()]++;
        rows++;
        pos = lineEnd < 0 ? length : lineEnd + 1;
      }
      if (rows == 0) {
        return null;
      }
      int[][] offsets = new int[countryCount][];
      int[][] lineNumbers = new int[countryCount][];
      EnumSet<Country> countries = EnumSet.noneOf(Country.class);
      Country[] all = Country.values();
      for (int c = 0; c < countryCount; c++) {
        if (counts[c] > 0) {
          offsets[c] = new int[counts[c]];
          lineNumbers[c] = new int[counts[c]];
          countries.add(all[c]);
        }
      }
      int[] filled = new int[countryCount];
      for (int r = 0; r < rows; r++) {
        int c = lineCountries[r];
        offsets[c][filled[c]] = lineOffsets[r];
        lineNumbers[c][filled[c]] = r + 2; // the header is line 1
        filled[c]++;
      }
      return new Lines(text, sourceName, offsets, lineNumbers, rows,
          Collections.unmodifiableSet(countries), dates);
    }

    /** The rows of a country, parsed on first use; empty if it has none. */
    ImmutableList<CoverageRow> rowsOf(Country country) {
      int c = country.ordinal();
      ImmutableList<CoverageRow> rows = parsed.get(c);
      if (rows != null) {
        return rows;
      }
      if (offsets[c] == null) {
        return ImmutableList.of();
      }
      String source = text;
      if (source == null) {
        return parsed.get(c); // every country was parsed, this one too, since the read above
      }
      Tokenizer tokenizer = new Tokenizer(source, sourceName, HEADER);
      ImmutableList.Builder<CoverageRow> built = ImmutableList.builderWithExpectedSize(offsets[c].length);
      for (int i = 0; i < offsets[c].length; i++) {
        Record record = tokenizer.seek(offsets[c][i], lineNumbers[c][i]).next();
        built.add(row(checkColumns(record, HEADER)));
      }
      rows = built.build();
      if (parsed.compareAndSet(c, null, rows)) {
        if (unparsed.decrementAndGet() == 0) {
          text = null;
        }
        return rows;
      }
      return parsed.get(c);
    }

    private static boolean evenQuotes(String text, int from, int end) {
      boolean even = true;
      for (int q = text.indexOf('"', from); q >= 0 && q < end; q = text.indexOf('"', q + 1)) {
        even = !even;
      }
      return even;
    }

    /** The offset after the field that starts at {@code from} and its comma, or -1. */
    private static int skip(String text, int from, int end) {
      if (from < 0 || from >= end) {
        return -1;
      }
      if (text.charAt(from) != '"') {
        int comma = text.indexOf(',', from);
        return comma < 0 || comma >= end ? -1 : comma + 1;
      }
      for (int q = text.indexOf('"', from + 1); q >= 0 && q < end; q = text.indexOf('"', q + 2)) {
        if (q + 1 >= end || text.charAt(q + 1) != '"') {
          return q + 1 < end && text.charAt(q + 1) == ',' ? q + 2 : -1;
        }
      }
      return -1;
    }
  }

  private static String text(String name) {
    try (InputStream in = CoverageCsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource must exist beside " + CoverageCsv.class.getName()
            + ", but was missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name + " could not be read", e);
    }
  }

  private static Reader resource(String name) {
    InputStream in = CoverageCsv.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "resource must exist beside " + CoverageCsv.class.getName() + ", but was missing: " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static CoverageRow row(Record record) {
    Country country = country(record, 0);
    String iso3 = text(record, 1);
    if (!country.alpha3().equals(iso3)) {
      throw record.error(1, "iso3 must be " + country.alpha3() + ", the alpha-3 code of "
          + country + ", but was '" + iso3 + "'");
    }
    String name = text(record, 2);
    String scheme = text(record, 3);
    Optional<Instrument> instrument;
    if (scheme.equals(CoverageRow.REFERENCE_SCHEME)) {
      instrument = Optional.empty();
    } else {
      instrument = Optional.ofNullable(instrumentOf(scheme));
      if (instrument.isEmpty()) {
        throw record.error(3, "instrument must be one of " + Arrays.toString(Instrument.values())
            .replace("]", ", " + CoverageRow.REFERENCE_SCHEME + "]") + ", but was '" + scheme + "'");
      }
    }
    ValidityPeriod period = period(record, 4, 5);
    return CoverageRow.of(record.line, country, name, instrument, period, text(record, 6),
        text(record, 7));
  }

  private static Instrument instrumentOf(String scheme) {
    for (Instrument instrument : Instrument.values()) {
      if (instrument.name().equals(scheme)) {
        return instrument;
      }
    }
    return null;
  }

  private static Country country(Record record, int column) {
    String code = record.fields.get(column);
    if (code.length() != 2) {
      throw record.error(column, record.columns.get(column)
          + " must be an ISO 3166-1 alpha-2 code, upper case, but was '" + code + "'");
    }
    Optional<Country> country = Country.findAlpha2(code);
    if (country.isEmpty() || !country.get().alpha2().equals(code)) {
      throw record.error(column, record.columns.get(column)
          + " must be an ISO 3166-1 alpha-2 code, upper case, but was '" + code + "'");
    }
    return country.get();
  }

  private static ValidityPeriod period(Record record, int fromColumn, int toColumn) {
    LocalDate from = date(record, fromColumn);
    LocalDate to = date(record, toColumn);
    if (to.isBefore(from)) {
      throw record.error(toColumn, record.columns.get(toColumn) + " must be on or after "
          + record.columns.get(fromColumn) + " " + from + ", but was " + to);
    }
    return ValidityPeriod.of(from, to);
  }

  private static LocalDate date(Record record, int column) {
    String value = record.fields.get(column);
    LocalDate fast = value.length() == 10 ? isoDate(value, 0) : null;
    if (fast != null) {
      return fast;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(record.prefix(column) + record.columns.get(column)
          + " must be an ISO-8601 date such as 2014-01-01, but was '" + value + "'", e);
    }
  }

  /**
   * Reads the {@code yyyy-mm-dd} date of the ten characters at {@code from}, without a formatter
   * (none is loaded on start-up).
   *
   * @return the date, or null if the characters are not one: then {@code LocalDate.parse} names
   *     the fault
   */
  private static LocalDate isoDate(String text, int from) {
    if (text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
      return null;
    }
    int year = digits(text, from, from + 4);
    int month = digits(text, from + 5, from + 7);
    int day = digits(text, from + 8, from + 10);
    if (year < 0 || month < 1 || day < 1) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static String text(Record record, int column) {
    String value = record.fields.get(column);
    if (value.isBlank()) {
      throw record.error(column, record.columns.get(column) + " must not be blank, but was '"
          + value + "'");
    }
    return value;
  }

  private static List<Record> records(Reader reader, String sourceName, List<String> header) {
    Objects.requireNonNull(reader, "reader");
    try {
      return records(CharStreams.toString(reader), sourceName, header);
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + " could not be read", e);
    }
  }

  private static List<Record> records(String input, String sourceName, List<String> header) {
    String text = input;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Tokenizer tokenizer = new Tokenizer(text, sourceName, header);
    List<Record> records = new ArrayList<>();
    Record first = tokenizer.next();
    if (first == null || !first.fields.equals(header)) {
      int column = 0;
      if (first != null) {
        while (column < header.size() - 1 && column < first.fields.size()
            && header.get(column).equals(first.fields.get(column))) {
          column++;
        }
      }
      throw new IllegalArgumentException(sourceName + ":1: column " + header.get(column)
          + ": header must be " + String.join(",", header) + ", but was '"
          + (first == null ? "" : String.join(",", first.fields)) + "'");
    }
    for (Record record = tokenizer.next(); record != null; record = tokenizer.next()) {
      records.add(checkColumns(record, header));
    }
    return records;
  }

  private static Record checkColumns(Record record, List<String> header) {
    if (record.fields.size() != header.size()) {
      int column = Math.min(record.fields.size(), header.size() - 1);
      throw record.error(column, "row must have " + header.size() + " columns, but had "
          + record.fields.size());
    }
    return record;
  }

  /** One CSV record and the line it starts on. */
  private static final class Record {
    final String sourceName;
    final List<String> columns;
    final int line;
    final List<String> fields;

    Record(String sourceName, List<String> columns, int line, List<String> fields) {
      this.sourceName = sourceName;
      this.columns = columns;
      this.line = line;
      this.fields = fields;
    }

    String prefix(int column) {
      return sourceName + ":" + line + ": column " + columns.get(column) + ": ";
    }

    IllegalArgumentException error(int column, String message) {
      return new IllegalArgumentException(prefix(column) + message);
    }
  }

  /** Splits RFC 4180 text into records, keeping the line each record starts on. */
  private static final class Tokenizer {
    private final String text;
    private final String sourceName;
    private final List<String> columns;
    private int pos;
    private int line = 1;
    private int nextQuote;
    private int nextCarriageReturn;

    Tokenizer(String text, String sourceName, List<String> columns) {
      this.text = text;
      this.sourceName = sourceName;
      this.columns = columns;
      this.nextQuote = text.indexOf('"');
      this.nextCarriageReturn = text.indexOf('\r');
    }

    /** Moves to the start of a line further on, whose number is {@code lineNumber}. */
    Tokenizer seek(int offset, int lineNumber) {
      this.pos = offset;
      this.line = lineNumber;
      return this;
    }

    Record next() {
      if (pos >= text.length()) {
        return null;
      }
      int startLine = line;
      List<String> fields = new ArrayList<>(columns.size());
      int lineEnd = text.indexOf('\n', pos);
      int end = lineEnd < 0 ? text.length() : lineEnd;
      if (nextQuote >= 0 && nextQuote < pos) {
        nextQuote = text.indexOf('"', pos);
      }
      if (nextCarriageReturn >= 0 && nextCarriageReturn < pos) {
        nextCarriageReturn = text.indexOf('\r', pos);
      }
      if (lineEnd >= 0 && end > pos && text.charAt(end - 1) == '\r') {
        end--; // CRLF line end, as in the bundled files
      }
      if ((nextQuote < 0 || nextQuote > end)
          && (nextCarriageReturn < 0 || nextCarriageReturn >= end)) {
        // fast path: a line without quotes or a lone carriage return, split with indexOf
        for (int from = pos; ; ) {
          int comma = text.indexOf(',', from);
          if (comma < 0 || comma > end) {
            fields.add(text.substring(from, end));
            break;
          }
          fields.add(text.substring(from, comma));
          from = comma + 1;
        }
        pos = lineEnd < 0 ? text.length() : lineEnd + 1;
        line++;
        return new Record(sourceName, columns, startLine, fields);
      }
      StringBuilder field = new StringBuilder();
      while (true) {
        if (pos < text.length() && text.charAt(pos) == '"' && field.length() == 0) {
          pos++;
          while (true) {
            if (pos >= text.length()) {
              int column = Math.min(fields.size(), columns.size() - 1);
              throw new IllegalArgumentException(sourceName + ":" + startLine + ": column "
                  + columns.get(column) + ": quoted field must end with a quote, but the input ended");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
              if (pos < text.length() && text.charAt(pos) == '"') {
                field.append('"');
                pos++;
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              field.append(c);
            }
          }
          if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n'
              && text.charAt(pos) != '\r') {
            int column = Math.min(fields.size(), columns.size() - 1);
            throw new IllegalArgumentException(sourceName + ":" + startLine + ": column "
                + columns.get(column) + ": quoted field must be followed by a comma or a line end, but was '"
                + text.charAt(pos) + "'");
          }
        }
        if (pos >= text.length()) {
          fields.add(field.toString());
          return new Record(sourceName, columns, startLine, fields);
        }
        char c = text.charAt(pos++);
        if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
          }
          line++;
          fields.add(field.toString());
          return new Record(sourceName, columns, startLine, fields);
        } else {
          field.append(c);
        }
      }
    }
  }
}
