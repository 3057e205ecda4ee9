package eu.mieux.rules.catalogue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import eu.mieux.model.internal.IsoDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table of reference data shipped as a CSV resource: the one reader of the library's data files
 * other than the coverage data.
 *
 * <p>The first line names the columns; the header must be exactly the columns the caller expects.
 * A list field separates its items with {@code " ; "}. Every error names the file, the line and the
 * column: {@code actions.csv:12: column code: ...}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataTable {

  private static final Splitter ITEMS = Splitter.on(" ; ").trimResults().omitEmptyStrings();

  private final List<Row> rows;

  private DataTable(List<Row> rows) {
    this.rows = rows;
  }

  /**
   * Reads a table shipped beside a class.
   *
   * @param anchor  the class beside which the resource lies, not null
   * @param name  the resource's file name, such as {@code rules.csv}, not null
   * @param columns  the expected header, not null
   * @return the table
   * @throws IllegalStateException if the resource is missing
   * @throws IllegalArgumentException if the header or a record is malformed
   */
  public static DataTable readResource(Class<?> anchor, String name, List<String> columns) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " must be on the class path beside " + anchor.getName()
          + ", but was not found");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, name, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a table from CSV text.
   *
   * @param reader  the CSV text, not null; not closed
   * @param sourceName  the name to cite in error messages, not null
   * @param columns  the expected header, not null
   * @return the table, in the order of the records
   * @throws IllegalArgumentException if the header differs or a record is malformed; the message
   *     starts with {@code sourceName:line:}
   * @throws UncheckedIOException if the reader fails
   */
  public static DataTable read(Reader reader, String sourceName, List<String> columns) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(columns, "columns");
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord record : csv) {
        checkArgument(record.getHeader().equals(columns), "%s:1: header must be %s, but was %s",
            sourceName, columns, record.getHeader());
        checkArgument(record.getFieldCount() == columns.size(), "%s:%s: record must have %s fields, but has %s",
            sourceName, record.getStartingLineNumber(), columns.size(), record.getFieldCount());
        rows.add(new Row(sourceName, record));
      }
    } catch (CsvParseException e) {
      String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
      throw new IllegalArgumentException(sourceName + ": " + e.getMessage() + cause, e);
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
    }
    return new DataTable(rows.build());
  }

  /**
   * Gets the records, in file order.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * One record of a {@link DataTable}, with its line for error messages.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Row {

    private final String sourceName;
    private final NamedCsvRecord record;

    private Row(String sourceName, NamedCsvRecord record) {
      this.sourceName = sourceName;
      this.record = record;
    }

    /**
     * Gets the line the record starts on, 1 for the header.
     *
     * @return the line number
     */
    public long line() {
      return record.getStartingLineNumber();
    }

    /**
     * Gets a field that must not be blank.
     *
     * @param column  the column, not null
     * @return the text, verbatim
     * @throws IllegalArgumentException if the field is blank
     */
    public String text(String column) {
      String value = record.getField(column);
      if (value.isBlank()) {
        throw error(column, column + " must not be blank, but was '" + value + "'");
      }
      return value;
    }

    /**
     * Gets a field that may be empty.
     *
     * @param column  the column, not null
     * @return the text, or empty when the field is blank
     */
    public Optional<String> optional(String column) {
      String value = record.getField(column);
      return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Gets a field that lists items separated by {@code " ; "}.
     *
     * @param column  the column, not null
     * @return the items, trimmed, possibly empty
     */
    public List<String> list(String column) {
      return ITEMS.splitToList(record.getField(column));
    }

    /**
     * Parses each item of a list field.
     *
     * @param <T>  the item type
     * @param column  the column, not null
     * @param parser  the parser of one item, which throws {@link IllegalArgumentException} on bad input
     * @return the items, possibly empty
     * @throws IllegalArgumentException naming the file, line and column if an item does not parse
     */
    public <T> List<T> list(String column, Function<String, T> parser) {
      ImmutableList.Builder<T> items = ImmutableList.builder();
      for (String item : list(column)) {
        items.add(parse(column, item, parser));
      }
      return items.build();
    }

    /**
     * Parses a required field.
     *
     * @param <T>  the value type
     * @param column  the column, not null
     * @param parser  the parser, which throws {@link IllegalArgumentException} on bad input
     * @return the value
     * @throws IllegalArgumentException naming the file, line and column if the field is blank or does
     *     not parse
     */
    public <T> T value(String column, Function<String, T> parser) {
      return parse(column, text(column), parser);
    }

    /**
     * Parses an optional field.
     *
     * @param <T>  the value type
     * @param column  the column, not null
     * @param parser  the parser, which throws {@link IllegalArgumentException} on bad input
     * @return the value, or empty when the field is blank
     * @throws IllegalArgumentException naming the file, line and column if the field does not parse
     */
    public <T> Optional<T> optional(String column, Function<String, T> parser) {
      return optional(column).map(value -> parse(column, value, parser));
    }

    /**
     * Parses a required ISO-8601 date field, {@code yyyy-mm-dd}.
     *
     * @param column  the column, not null
     * @param example  a date of the table to show in the message, such as {@code 2014-01-01}
     * @return the date
     * @throws IllegalArgumentException naming the file, line and column if the field is blank or is
     *     not such a date ({@code <column> must be an ISO date such as <example>, but was '<text>'})
     */
    public LocalDate date(String column, String example) {
      return value(column, text -> isoDate(column, example, text));
    }

    /**
     * Parses an optional ISO-8601 date field, as {@link #date(String, String)} does.
     *
     * @param column  the column, not null
     * @param example  a date of the table to show in the message
     * @return the date, or empty when the field is blank
     * @throws IllegalArgumentException naming the file, line and column if the field is not such a date
     */
    public Optional<LocalDate> optionalDate(String column, String example) {
      return optional(column, text -> isoDate(column, example, text));
    }

    private static LocalDate isoDate(String column, String example, String text) {
      try {
        return IsoDates.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            column + " must be an ISO date such as " + example + ", but was '" + text + "'", e);
      }
    }

    private <T> T parse(String column, String value, Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw error(column, e.getMessage());
      }
    }

    /**
     * Builds an error about a field of this record.
     *
     * @param column  the column, not null
     * @param message  what is wrong, in the {@code <name> must <condition>, but was <value>} form
     * @return the exception, with the message {@code file:line: column <column>: <message>}
     */
    public IllegalArgumentException error(String column, String message) {
      return new IllegalArgumentException(
          String.format("%s:%s: column %s: %s", sourceName, line(), column, message));
    }
  }
}
