package eu.mieux.rules.coverage;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.internal.IsoDates;
import eu.mieux.model.internal.Quote;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reader of the coverage data: {@code coverage.csv} and its companion {@code coverage-notes.csv}.
 *
 * <p>The files are RFC 4180 CSV in UTF-8, read with FastCSV: comma-separated, a field that holds a
 * comma or a quote is quoted, and a quote inside a quoted field is doubled. The first line is the
 * header, which must match exactly; a byte-order mark before it is ignored. Empty lines are skipped
 * (line numbers still count them). Every field is one line of text without control characters, so
 * that a quote left open, which would read on to the end of the file, is reported where it opens.
 *
 * <p>Reading fails fast: the first bad field throws an {@link IllegalArgumentException} whose
 * message starts with {@code <sourceName>:<line>: column <name>:}, for example
 * {@code coverage.csv:17: column valid_to: valid_to must be on or after valid_from 2014-01-01, but
 * was 2013-12-31}. The line is the one the record starts on; the column is the header's name for the
 * field. No row is ever skipped. This class checks each field; {@link CoverageTable} then checks the
 * rows as a whole (date range, rows per country, duplicates) before any rule uses them.
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
   *     text, a control character or the replacement character U+FFFD, a quote left open, or text
   *     after a closing quote; or if the text is longer than {@link CoverageTable#MAX_BYTES}
   * @throws UncheckedIOException if the reader fails
   */
  public static ImmutableList<CoverageRow> read(Reader reader, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return rows(text(reader, sourceName), sourceName);
  }

  /**
   * Reads coverage notes.
   *
   * @param reader  the CSV text with header {@code iso2,valid_from,valid_to,note,source}, not null;
   *     not closed by this method
   * @param sourceName  the name to start error messages with, such as {@code coverage-notes.csv},
   *     not null
   * @return the notes, in the order of the file
   * @throws IllegalArgumentException naming the source, line and column of the first bad field, or
   *     of a date outside {@link CoverageTable#FIRST_DAY} to {@link CoverageTable#LAST_DAY}
   * @throws UncheckedIOException if the reader fails
   */
  public static ImmutableList<CoverageNote> readNotes(Reader reader, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return notes(text(reader, sourceName), sourceName);
  }

  /** Reads rows from text already in memory. */
  static ImmutableList<CoverageRow> rows(String text, String sourceName) {
    return rows(text, sourceName, 2);
  }

  /**
   * Reads rows from a part of a file: the header, then the file's lines from {@code firstLine} on,
   * so that each row, and each error, names its line in the whole file.
   *
   * @param text  the header line, then the lines of the part
   * @param firstLine  the line of the file that the second line of {@code text} is, at least 2
   */
  static ImmutableList<CoverageRow> rows(String text, String sourceName, int firstLine) {
    ImmutableList.Builder<CoverageRow> rows = ImmutableList.builder();
    Map<String, LocalDate> dates = new HashMap<>();
    for (Record record : records(text, sourceName, HEADER, firstLine)) {
      rows.add(row(record, dates));
    }
    return rows.build();
  }

  /** Reads notes from text already in memory. */
  static ImmutableList<CoverageNote> notes(String text, String sourceName) {
    ImmutableList.Builder<CoverageNote> notes = ImmutableList.builder();
    Map<String, LocalDate> dates = new HashMap<>();
    for (Record record : records(text, sourceName, NOTES_HEADER, 2)) {
      Country country = country(record, 0);
      ValidityPeriod period = period(record, 1, 2, dates);
      for (int column = 1; column <= 2; column++) {
        LocalDate date = column == 1 ? period.start() : period.endInclusive();
        if (!CoverageTable.DATES.contains(date)) {
          throw record.error(column, record.columns.get(column) + " must be within "
              + CoverageTable.FIRST_DAY + " and " + CoverageTable.LAST_DAY + ", but was " + date);
        }
      }
      notes.add(CoverageNote.of(country, period, text(record, 3), text(record, 4)));
    }
    return notes.build();
  }

  /**
   * Decodes the bytes of a coverage file as UTF-8; a malformed byte sequence becomes U+FFFD, which
   * the reader then refuses with its line and column.
   *
   * @throws IllegalArgumentException if there are more than {@link CoverageTable#MAX_BYTES} bytes
   */
  static String decode(byte[] bytes, String sourceName) {
    checkSize(bytes.length, sourceName);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void checkSize(long size, String sourceName) {
    if (size > CoverageTable.MAX_BYTES) {
      throw new IllegalArgumentException(sourceName + ": size must be at most "
          + CoverageTable.MAX_BYTES + " bytes, but was " + size);
    }
  }

  /**
   * Reads all the text of a reader, at most {@link CoverageTable#MAX_BYTES} characters.
   *
   * @throws IllegalArgumentException if there are more
   */
  static String text(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
        text.append(buffer, 0, read);
        // a character is at least one byte: more characters than the byte limit are too many
        if (text.length() > CoverageTable.MAX_BYTES) {
          checkSize(text.length(), sourceName);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + " could not be read", e);
    }
    return text.toString();
  }

  private static CoverageRow row(Record record, Map<String, LocalDate> dates) {
    Country country = country(record, 0);
    String iso3 = text(record, 1);
    if (!country.alpha3().equals(iso3)) {
      throw record.error(1, "iso3 must be " + country.alpha3() + ", the alpha-3 code of "
          + country + ", but was " + quote(iso3));
    }
    String name = text(record, 2);
    String scheme = text(record, 3);
    Optional<Instrument> instrument = Optional.empty();
    if (!scheme.equals(CoverageRow.REFERENCE_SCHEME)) {
      for (Instrument candidate : Instrument.values()) {
        if (candidate.name().equals(scheme)) {
          instrument = Optional.of(candidate);
        }
      }
      if (instrument.isEmpty()) {
        throw record.error(3, "instrument must be one of " + Arrays.toString(Instrument.values())
            .replace("]", ", " + CoverageRow.REFERENCE_SCHEME + "]") + ", but was " + quote(scheme));
      }
    }
    ValidityPeriod period = period(record, 4, 5, dates);
    return CoverageRow.of(record.line, country, name, instrument, period, text(record, 6),
        text(record, 7));
  }

  private static Country country(Record record, int column) {
    String code = record.fields.get(column);
    Optional<Country> country = code.length() == 2 ? Country.findAlpha2(code) : Optional.empty();
    if (country.isEmpty() || !country.get().alpha2().equals(code)) {
      throw record.error(column, record.columns.get(column)
          + " must be an ISO 3166-1 alpha-2 code, upper case, but was " + quote(code));
    }
    return country.get();
  }

  private static ValidityPeriod period(Record record, int fromColumn, int toColumn,
      Map<String, LocalDate> dates) {
    LocalDate from = date(record, fromColumn, dates);
    LocalDate to = date(record, toColumn, dates);
    if (to.isBefore(from)) {
      throw record.error(toColumn, record.columns.get(toColumn) + " must be on or after "
          + record.columns.get(fromColumn) + " " + from + ", but was " + to);
    }
    return ValidityPeriod.of(from, to);
  }

  /** Reads a date; {@code dates} keeps the dates read so far, since the data repeats a few. */
  private static LocalDate date(Record record, int column, Map<String, LocalDate> dates) {
    String value = record.fields.get(column);
    LocalDate known = dates.get(value);
    if (known != null) {
      return known;
    }
    try {
      LocalDate date = IsoDates.parse(value);
      dates.put(value, date);
      return date;
    } catch (DateTimeParseException e) {
      throw record.error(column, record.columns.get(column)
          + " must be an ISO-8601 date such as 2014-01-01, but was " + quote(value));
    }
  }

  private static String text(Record record, int column) {
    String value = record.fields.get(column);
    if (value.isBlank()) {
      throw record.error(column, record.columns.get(column) + " must not be blank, but was "
          + quote(value));
    }
    return value;
  }

  /**
   * Checks the fields of a record: no control character (a line break included) and no U+FFFD, the
   * mark of a byte sequence that is not UTF-8.
   */
  private static Record checkText(Record record) {
    for (int column = 0; column < Math.min(record.fields.size(), record.columns.size()); column++) {
      String value = record.fields.get(column);
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\uFFFD') {
          throw record.error(column, record.columns.get(column) + " must be UTF-8 text, but had"
              + " a malformed byte sequence (or U+FFFD) at character " + (i + 1) + ": " + quote(value));
        }
        if (Character.isISOControl(c)) {
          throw record.error(column, record.columns.get(column) + " must be one line of text"
              + " without control characters, but had U+" + String.format("%04X", (int) c)
              + " at character " + (i + 1) + (c == '\n' || c == '\r'
                  ? " (a quote left open reads on to the end of the file)" : "")
              + ": " + quote(value));
        }
      }
    }
    return record;
  }

  /** Quotes input for a message, bounded and escaped as every mieux message quotes input. */
  static String quote(String value) {
    return Quote.of(value);
  }

  private static List<Record> records(String input, String sourceName, List<String> header,
      int firstLine) {
    checkSize(input.length(), sourceName);
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    Fields fields = new Fields(sourceName, header, firstLine);
    List<Record> records = new ArrayList<>();
    try (CsvReader<Record> reader = CsvReader.builder().allowExtraFields(true)
        .allowMissingFields(true).build(fields, text)) {
      for (Record record : reader) {
        records.add(record);
      }
    } catch (CsvParseException e) {
      // the record being read when the parser stopped: its line, and the field it was in
      int column = Math.min(fields.fieldCount(), header.size() - 1);
      String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw new IllegalArgumentException(sourceName + ":" + fields.line() + ": column "
          + header.get(column) + ": field must be RFC 4180 CSV, but was not: " + cause, e);
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + " could not be read", e);
    }
    if (records.isEmpty() || !records.get(0).fields.equals(header)) {
      List<String> first = records.isEmpty() ? List.of() : records.get(0).fields;
      int column = 0;
      while (column < header.size() - 1 && column < first.size()
          && header.get(column).equals(first.get(column))) {
        column++;
      }
      throw new IllegalArgumentException(sourceName + ":" + (records.isEmpty() ? 1 : records.get(0).line)
          + ": column " + header.get(column) + ": header must be " + String.join(",", header)
          + ", but was " + quote(String.join(",", first)));
    }
    List<Record> data = records.subList(1, records.size());
    for (Record record : data) {
      if (record.oddText) {
        checkText(record);
      }
      if (record.fields.size() != header.size()) {
        int column = Math.min(record.fields.size(), header.size() - 1);
        throw record.error(column, "row must have " + header.size() + " columns, but had "
            + record.fields.size());
      }
    }
    return data;
  }

  /** One CSV record and the line it starts on. */
  private static final class Record {
    final String sourceName;
    final List<String> columns;
    final int line;
    final List<String> fields;
    /** Whether a field holds a control character or U+FFFD, which {@link #checkText} reports. */
    final boolean oddText;

    Record(String sourceName, List<String> columns, long line, List<String> fields, boolean oddText) {
      this.sourceName = sourceName;
      this.columns = columns;
      this.line = Math.toIntExact(line);
      this.fields = fields;
      this.oddText = oddText;
    }

    IllegalArgumentException error(int column, String message) {
      return new IllegalArgumentException(
          sourceName + ":" + line + ": column " + columns.get(column) + ": " + message);
    }
  }

  /**
   * Collects the fields of each record from FastCSV, and keeps the line the current record starts
   * on and how many of its fields were read, so that a parse error names its line and column.
   */
  private static final class Fields extends AbstractBaseCsvCallbackHandler<Record> {
    private final String sourceName;
    private final List<String> columns;
    /** The line of the file that the text's line 2 is: 2 for a whole file, more for a part. */
    private final int firstLine;
    private final List<String> current = new ArrayList<>();
    private boolean oddText;

    Fields(String sourceName, List<String> columns, int firstLine) {
      this.sourceName = sourceName;
      this.columns = columns;
      this.firstLine = firstLine;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      current.clear();
      oddText = false;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      for (int i = offset; i < offset + len; i++) {
        char c = buf[i];
        if (c < ' ' || c >= '\u007F' && (c <= '\u009F' || c == '\uFFFD')) {
          oddText = true;
        }
      }
      current.add(new String(buf, offset, len));
    }

    @Override
    protected Record buildRecord() {
      return new Record(sourceName, columns, line(), List.copyOf(current), oddText);
    }

    /** The line of the file on which the current record starts; the header's is 1. */
    long line() {
      long line = getStartingLineNumber();
      return line == 1 ? 1 : line - 2 + firstLine;
    }

    int fieldCount() {
      return current.size();
    }
  }
}
