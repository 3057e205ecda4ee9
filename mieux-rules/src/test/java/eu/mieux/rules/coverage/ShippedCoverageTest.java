package eu.mieux.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.country.Country;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The build checks the shipped {@code coverage.csv} whole, and the shipped table, which reads it a
 * country at a time, gives exactly what the whole-file reader gives (issue 13, part 5: the first
 * check within 150 ms without giving up the checks).
 */
class ShippedCoverageTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CoverageTable.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static Properties descriptor() throws IOException {
    Properties descriptor = new Properties();
    descriptor.load(new StringReader(new String(resource("coverage.properties"),
        StandardCharsets.UTF_8)));
    return descriptor;
  }

  /** Every check a user's file gets, on the shipped bytes. */
  private static CoverageTable readWhole() throws IOException {
    return CoverageTable.read(new StringReader(new String(resource("coverage.csv"),
        StandardCharsets.UTF_8)), "coverage.csv");
  }

  private static List<CoverageNote> notes() throws IOException {
    return CoverageCsv.readNotes(new StringReader(new String(resource("coverage-notes.csv"),
        StandardCharsets.UTF_8)), "coverage-notes.csv");
  }

  private static String crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length);
    return String.format("%08x", crc.getValue());
  }

  /** Lines as coverage.properties holds them, so that a failure says what to write there. */
  private static String describe(String crc32, CoverageTable table) {
    return String.join("\n",
        "rows=" + table.rows().size(),
        "crc32=" + crc32,
        "first_date=" + table.firstDate(),
        "last_date=" + table.lastDate(),
        "last_instrument_date=" + table.lastInstrumentDate(),
        "last_reference_date=" + table.lastReferenceDate(),
        "first_reference_date=" + table.firstReferenceDate().map(Object::toString).orElse(""));
  }

  @Test
  void theDescriptorNamesTheFileTheBuildChecksWhole() throws IOException {
    CoverageTable whole = readWhole();
    Properties descriptor = descriptor();
    CoverageTable shipped = CoverageTable.readStandard();
    assertThat(describe(descriptor.getProperty("crc32"), shipped))
        .as("coverage.properties must describe coverage.csv")
        .isEqualTo(describe(crc32(resource("coverage.csv")), whole));
  }

  @Test
  void eachCountryReadAloneHasTheRowsAndLinesOfTheWholeFile() throws IOException {
    CoverageTable whole = readWhole();
    CoverageTable shipped = CoverageTable.readStandard();
    assertThat(shipped.countries()).isEqualTo(whole.countries());
    for (Country country : Country.values()) {
      List<CoverageRow> rows = shipped.rowsOf(country);
      assertThat(rows).as("%s", country).isEqualTo(whole.rowsOf(country));
      assertThat(rows).as("lines of %s", country).extracting(CoverageRow::line)
          .isEqualTo(whole.rowsOf(country).stream().map(CoverageRow::line).toList());
    }
    assertThat(shipped.rows()).isEqualTo(whole.rows());
    assertThat(shipped.rows()).extracting(CoverageRow::line)
        .isEqualTo(whole.rows().stream().map(CoverageRow::line).toList());
    // and the lines are the file's, counted here apart from any reader
    String[] lines = new String(resource("coverage.csv"), StandardCharsets.UTF_8).split("\n", -1);
    for (CoverageRow row : shipped.rows()) {
      assertThat(lines[row.line() - 1]).as("line %s", row.line())
          .startsWith(row.country().alpha2() + ",").contains("," + row.period().start() + ",");
    }
  }

  @Test
  void allRowsReadFirstThenByCountryAreTheSame() throws IOException {
    CoverageTable whole = readWhole();
    CoverageTable shipped = CoverageTable.readStandard();
    assertThat(shipped.rows()).isEqualTo(whole.rows());
    for (Country country : Country.values()) {
      assertThat(shipped.rowsOf(country)).as("%s", country).isEqualTo(whole.rowsOf(country));
    }
  }

  @Test
  void notesWarningsAndIdentityAreThoseOfTheWholeFile() throws IOException {
    CoverageTable whole = readWhole();
    CoverageTable shipped = CoverageTable.readStandard();
    assertThat(shipped.notes()).isEqualTo(notes());
    assertThat(shipped.warnings()).isEqualTo(whole.warnings());
    assertThat(shipped.sha256()).isEqualTo(whole.sha256());
    assertThat(shipped.version()).isEqualTo("2026-11");
    assertThat(shipped).hasToString("CoverageTable[2026-11, 1639 rows]");
  }

  @Test
  void otherBytesOfTheSameSizeAreRefusedWhenTheTableLoads() throws IOException {
    byte[] bytes = resource("coverage.csv");
    String text = new String(bytes, StandardCharsets.UTF_8);
    byte[] edited = text.replaceFirst("2013-12-31", "2013-13-31").getBytes(StandardCharsets.UTF_8);
    assertThat(edited).hasSameSizeAs(bytes);
    assertThatThrownBy(() -> CoverageTable.shipped(edited, descriptor(), notes()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("coverage.csv must be the file the build checked, with the crc32 "
            + descriptor().getProperty("crc32") + " of coverage.properties, but had "
            + crc32(edited));
  }

  @Test
  void aDescriptorWithoutDatesIsRefused() throws IOException {
    Properties descriptor = descriptor();
    descriptor.remove("last_instrument_date");
    assertThatThrownBy(() -> CoverageTable.shipped(resource("coverage.csv"), descriptor, notes()))
        .hasMessage("coverage.properties: last_instrument_date must be set, but was ''");
  }

  @Test
  void theIndexRefusesACountryWhoseLinesAreApart() {
    byte[] bytes = (String.join(",", CoverageCsv.HEADER) + "\r\n"
        + "UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,b,s\r\n"
        + "\r\n"
        + "AF,AFG,Afghanistan,DCI,2014-01-01,2020-12-31,b,s\r\n"
        + "UA,UKR,Ukraine,NDICI,2021-01-01,2027-12-31,b,s\r\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CountryRows.index(bytes, "x.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("x.csv:5: column iso2: the lines of a country must be together, but UA is also"
            + " on lines from 2");
  }

  @Test
  void theIndexRefusesALineThatDoesNotStartWithACode() {
    byte[] bytes = (String.join(",", CoverageCsv.HEADER) + "\n"
        + "\"UA\",UKR,Ukraine,ENI,2014-01-01,2020-12-31,b,s\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CountryRows.index(bytes, "x.csv"))
        .hasMessageStartingWith("x.csv:2: column iso2: the shipped file must start each line with"
            + " an alpha-2 code and a comma, but was");
  }

  @Test
  void emptyLinesKeepTheLinesOfTheRowsAfterThem() {
    byte[] bytes = (String.join(",", CoverageCsv.HEADER) + "\r\n"
        + "AF,AFG,Afghanistan,DCI,2014-01-01,2020-12-31,b,s\r\n"
        + "\r\n"
        + "UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,b,s\r\n"
        + "\r\n"
        + "UA,UKR,Ukraine,NDICI,2021-01-01,2027-12-31,b,s\r\n").getBytes(StandardCharsets.UTF_8);
    CountryRows rows = CountryRows.index(bytes, "x.csv");
    assertThat(rows.rowCount()).isEqualTo(3);
    assertThat(rows.rowsOf(Country.UA)).extracting(CoverageRow::line).containsExactly(4, 6);
    assertThat(rows.rowsOf(Country.AF)).extracting(CoverageRow::line).containsExactly(2);
    assertThat(rows.rowsOf(Country.FR)).isEmpty();
    assertThat(rows.all()).extracting(CoverageRow::line).containsExactly(2, 4, 6);
    assertThat(rows.rowsOf(Country.UA)).extracting(CoverageRow::line).containsExactly(4, 6);
  }

  @Test
  void threadsReadingCountriesAndAllRowsAtOnceAgree() throws Exception {
    CoverageTable whole = readWhole();
    for (int round = 0; round < 20; round++) {
      CoverageTable shipped = CoverageTable.readStandard();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Boolean>> tasks = new ArrayList<>();
        tasks.add(() -> shipped.rows().equals(whole.rows()));
        for (int t = 0; t < 3; t++) {
          int offset = t * 50;
          tasks.add(() -> {
            boolean same = true;
            for (int i = 0; i < Country.values().length; i++) {
              Country country = Country.values()[(i + offset) % Country.values().length];
              same &= shipped.rowsOf(country).equals(whole.rowsOf(country));
            }
            return same;
          });
        }
        for (Future<Boolean> result : pool.invokeAll(tasks)) {
          assertThat(result.get()).isTrue();
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}
