package eu.mieux.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A coverage table is checked as a whole before use (issue 18 item 2): the probe's malformed files,
 * generated here, each give their documented error with file, line and column.
 */
class CoverageTableTest {

  private static final String HEADER = String.join(",", CoverageCsv.HEADER) + "\n";
  private static final String UA = "UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,b,s\n";

  private static CoverageTable read(String text) {
    return CoverageTable.read(new StringReader(text), "gen.csv");
  }

  private static String ua(String from, String to) {
    return "UA,UKR,Ukraine,ENI," + from + "," + to + ",b,s\n";
  }

  /** Dates the ISO reader accepts but the table refuses: far years, either column (probe cases). */
  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource(delimiter = '|', textBlock = """
      2014-01-01        | +999999999-12-31 | gen.csv:2: column valid_to: valid_to must be within 1990-01-01 and 2100-12-31, but was +999999999-12-31
      -999999999-01-01  | 2014-01-01       | gen.csv:2: column valid_from: valid_from must be within 1990-01-01 and 2100-12-31, but was -999999999-01-01
      +5000000-01-01    | +5000000-12-31   | gen.csv:2: column valid_from: valid_from must be within 1990-01-01 and 2100-12-31, but was +5000000-01-01
      1989-12-31        | 2014-01-01       | gen.csv:2: column valid_from: valid_from must be within 1990-01-01 and 2100-12-31, but was 1989-12-31
      2014-01-01        | 2101-01-01       | gen.csv:2: column valid_to: valid_to must be within 1990-01-01 and 2100-12-31, but was 2101-01-01
      """)
  void datesOutsideTheRangeAreRefusedWithLineAndColumn(String from, String to, String message) {
    assertThatThrownBy(() -> read(HEADER + ua(from, to)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void theEndsOfTheRangeAreAccepted() {
    CoverageTable table = read(HEADER + ua("1990-01-01", "2100-12-31"));
    assertThat(table.firstDate()).isEqualTo(CoverageTable.FIRST_DAY);
    assertThat(table.lastDate()).isEqualTo(CoverageTable.LAST_DAY);
  }

  /** 40,000 one-day rows for one country (probe case): refused at load, at the first row too many. */
  @Test
  void tooManyRowsForOneCountryAreRefusedAtTheFirstRowTooMany() {
    StringBuilder text = new StringBuilder(HEADER);
    LocalDate day = CoverageTable.FIRST_DAY;
    for (int i = 0; i < 40_000; i++) {
      text.append(ua(day.plusDays(i).toString(), day.plusDays(i).toString()));
    }
    assertThatThrownBy(() -> read(text.toString())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gen.csv:%d: column iso2: rows per country must be at most 500, but UA had 40000",
            CoverageTable.MAX_ROWS_PER_COUNTRY + 2);
  }

  @Test
  void fiveHundredRowsForOneCountryAreAccepted() {
    StringBuilder text = new StringBuilder(HEADER);
    LocalDate day = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < CoverageTable.MAX_ROWS_PER_COUNTRY; i++) {
      text.append(ua(day.plusDays(i).toString(), day.plusDays(i).toString()));
    }
    assertThat(read(text.toString()).rowsOf(Country.UA)).hasSize(500);
  }

  /** Exact duplicates (probe case) are an error naming both lines. */
  @Test
  void exactDuplicatesAreRefused() {
    assertThatThrownBy(() -> read(HEADER + UA + ua("2021-01-01", "2027-12-31") + UA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("gen.csv:4: column iso2: row must not repeat line 2, but was the same row");
  }

  /** Rows that differ only in their text are not duplicates (the shipped BQ rows differ by name). */
  @Test
  void rowsThatDifferInOneFieldAreNotDuplicates() {
    assertThat(read(HEADER + UA + UA.replace(",s\n", ",other source\n")).rows()).hasSize(2);
  }

  /** Overlaps of one country and instrument are allowed, each reported as a warning. */
  @Test
  void overlapsOfOneCountryAndInstrumentAreWarnings() {
    CoverageTable table = read(HEADER + UA + ua("2016-01-01", "2016-12-31")
        + "UA,UKR,Ukraine,DCI,2014-01-01,2020-12-31,b,s\n" + ua("2021-01-01", "2021-12-31"));
    assertThat(table.warnings()).containsExactly("gen.csv:3: column valid_from: period "
        + "2016-01-01/2016-12-31 of UA ENI overlaps line 2 (2014-01-01/2020-12-31); both rows apply");
  }

  /** A blank line (probe case) is skipped; it is never reported as column iso2 of the whole file. */
  @Test
  void blankLinesAreSkipped() {
    CoverageTable table = read(HEADER + UA + "\n" + ua("2021-01-01", "2027-12-31") + "\r\n\n");
    assertThat(table.rows()).extracting(CoverageRow::line).containsExactly(2, 4);
  }

  /** A line of spaces is not blank: it is a row with one field. */
  @Test
  void aLineOfSpacesIsARowWithTheWrongColumnCount() {
    assertThatThrownBy(() -> read(HEADER + UA + "   \n"))
        .hasMessage("gen.csv:3: column iso3: row must have 8 columns, but had 1");
  }

  /** A byte that is not UTF-8 (probe case) is reported with its line and column. */
  @Test
  void malformedUtf8IsReportedWithLineAndColumn(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER + UA + "UA,UKR,Ukraine,DCI,2014-01-01,2020-12-31,b").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes(",s\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("latin.csv");
    Files.write(file, bytes.toByteArray());
    assertThatThrownBy(() -> CoverageTable.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":3: column basis: basis must be UTF-8 text, but had a malformed"
            + " byte sequence (or U+FFFD) at character 2");
  }

  @Test
  void aFileTooLargeIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.csv");
    try (var channel = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), CoverageTable.MAX_BYTES);
    }
    assertThatThrownBy(() -> CoverageTable.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": size must be at most 16777216 bytes, but was 16777217");
  }

  @Test
  void aMissingFileIsAnUncheckedIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> CoverageTable.read(dir.resolve("none.csv")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("none.csv");
  }

  @Test
  void aFileReadsWithItsIdentity(@TempDir Path dir) throws Exception {
    String text = HEADER + UA + "UA,UKR,Ukraine,DAC_ODA,2014-01-01,2025-12-31,LMIC,proxy: x\n";
    Path file = dir.resolve("coverage.csv");
    Files.writeString(file, text);
    CoverageTable table = CoverageTable.read(file);
    String sha256 = Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    assertThat(table.sha256()).contains(sha256);
    assertThat(table.version()).isEqualTo("sha256:" + sha256.substring(0, 12));
    assertThat(table.source()).isEqualTo(file.toString());
    assertThat(table.rows()).hasSize(2);
    assertThat(table.notes()).isEmpty();
    assertThat(table.lastInstrumentDate()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(table.lastReferenceDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    CoverageTable fromText = CoverageTable.read(new StringReader(text), "text");
    assertThat(fromText.sha256()).isEqualTo(table.sha256());
    assertThat(fromText.rows()).isEqualTo(table.rows());
  }

  @Test
  void theShippedTableHasItsIdentityAndChecksAsAnyFile() throws Exception {
    CoverageTable table = CoverageTable.standard();
    byte[] bytes = CoverageTable.class.getResourceAsStream("coverage.csv").readAllBytes();
    assertThat(table.source()).isEqualTo("coverage.csv");
    assertThat(table.version()).isEqualTo("2026-11");
    assertThat(table.sha256()).contains(Hashing.sha256().hashBytes(bytes).toString());
    assertThat(table.rows()).hasSize(1639);
    assertThat(table.warnings()).isNotEmpty()
        .allSatisfy(warning -> assertThat(warning).startsWith("coverage.csv:").contains("overlaps"));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
  }

  @Test
  void tablesMadeFromRowsAreCheckedAlike() {
    CoverageRow far = CoverageRow.of(7, Country.UA, "Ukraine", Optional.of(Instrument.ENI),
        ValidityPeriod.of(LocalDate.of(2014, 1, 1), LocalDate.of(9999, 12, 31)), "b", "s");
    assertThatThrownBy(() -> CoverageTable.of("t", List.of(far), List.of()))
        .hasMessageStartingWith("CoverageTable.of:7: column valid_to: valid_to must be within");
    CoverageNote note = CoverageNote.of(Country.UA, ValidityPeriod.of(LocalDate.of(1900, 1, 1),
        LocalDate.of(2000, 1, 1)), "n", "s");
    CoverageRow row = CoverageRow.of(2, Country.UA, "Ukraine", Optional.of(Instrument.ENI),
        ValidityPeriod.of(LocalDate.of(2014, 1, 1), LocalDate.of(2020, 12, 31)), "b", "s");
    assertThatThrownBy(() -> CoverageTable.of("t", List.of(row), List.of(note)))
        .hasMessageStartingWith("CoverageTable.of: notes[0]: period must be within");
    assertThat(CoverageTable.of("t", List.of(row), List.of()).sha256()).isEmpty();
  }

  @Test
  void notesOutsideTheRangeAreRefusedWithLineAndColumn() {
    String notes = String.join(",", CoverageCsv.NOTES_HEADER) + "\nRU,2014-01-01,+10000-01-01,n,s\n";
    assertThatThrownBy(() -> CoverageCsv.readNotes(new StringReader(notes), "notes.csv"))
        .hasMessage("notes.csv:2: column valid_to: valid_to must be within 1990-01-01 and "
            + "2100-12-31, but was +10000-01-01");
  }

  @Test
  void longInputIsQuotedBoundedAndEscaped() {
    String name = "\u001B[31m" + "x".repeat(900);
    assertThatThrownBy(() -> read(HEADER + "UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31," + name + ",s\n"))
        .hasMessageContaining("'\\u001B[31mxxx").hasMessageEndingWith("x…'")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  /** The date bound, as a property: a date outside it anywhere is refused at its line and column. */
  @Property(tries = 200)
  void aDateOutsideTheRangeIsRefusedWhereItStands(@ForAll @IntRange(max = 20) int before,
      @ForAll boolean end, @ForAll @LongRange(min = -999_999_999, max = 999_999_999) long year) {
    LocalDate far = LocalDate.of((int) year, 6, 1);
    if (CoverageTable.DATES.contains(far)) {
      return;
    }
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < before; i++) {
      text.append(ua(LocalDate.of(2000 + i, 1, 1).toString(), LocalDate.of(2000 + i, 12, 31).toString()));
    }
    boolean early = far.isBefore(CoverageTable.FIRST_DAY);
    String from = early || !end ? far.toString() : "2014-01-01";
    String to = early ? "2014-01-01" : far.toString();
    String column = from.equals(far.toString()) ? "valid_from" : "valid_to";
    assertThatThrownBy(() -> read(text + ua(from, to))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("gen.csv:" + (before + 2) + ": column " + column + ": " + column
            + " must be within 1990-01-01 and 2100-12-31, but was " + far);
  }

  /** The row bound, as a property: a country's rows load up to 500 and are refused from 501. */
  @Property(tries = 30)
  void aCountryLoadsUpToTheRowBound(@ForAll @IntRange(min = 495, max = 505) int count) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < count; i++) {
      LocalDate day = CoverageTable.FIRST_DAY.plusDays(i);
      text.append(ua(day.toString(), day.toString()));
    }
    if (count <= CoverageTable.MAX_ROWS_PER_COUNTRY) {
      assertThat(read(text.toString()).rowsOf(Country.UA)).hasSize(count);
    } else {
      assertThatThrownBy(() -> read(text.toString())).hasMessageStartingWith("gen.csv:502: column iso2:");
    }
  }
}
