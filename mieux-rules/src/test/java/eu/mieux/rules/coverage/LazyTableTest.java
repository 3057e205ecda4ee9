package eu.mieux.rules.coverage;

import static eu.mieux.rules.coverage.CsvFields.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped table parses each country's rows on first use; it must answer exactly what a table
 * made from the whole file answers.
 */
class LazyTableTest {

  private static final String HEADER = String.join(",", CoverageCsv.HEADER);

  private static CoverageTable eager() throws Exception {
    try (Reader reader = new InputStreamReader(
        CoverageCsv.class.getResourceAsStream("coverage.csv"), StandardCharsets.UTF_8)) {
      return CoverageTable.of("eager", CoverageCsv.read(reader, "coverage.csv"),
          CoverageTable.standard().notes());
    }
  }

  private static void assertSameAnswers(CoverageTable lazy, CoverageTable eager) {
    assertThat(lazy.countries()).isEqualTo(eager.countries());
    assertThat(lazy.firstDate()).isEqualTo(eager.firstDate());
    assertThat(lazy.lastDate()).isEqualTo(eager.lastDate());
    assertThat(lazy.lastInstrumentDate()).isEqualTo(eager.lastInstrumentDate());
    assertThat(lazy.lastReferenceDate()).isEqualTo(eager.lastReferenceDate());
    assertThat(lazy.firstReferenceDate()).isEqualTo(eager.firstReferenceDate());
    for (Country country : Country.values()) {
      List<CoverageRow> rows = lazy.rowsOf(country);
      assertThat(rows).as("%s", country).isEqualTo(eager.rowsOf(country));
      assertThat(rows).extracting(CoverageRow::line)
          .isEqualTo(eager.rowsOf(country).stream().map(CoverageRow::line).toList());
    }
    assertThat(lazy.rows()).isEqualTo(eager.rows());
    assertThat(lazy.rows()).extracting(CoverageRow::line)
        .isEqualTo(eager.rows().stream().map(CoverageRow::line).toList());
  }

  @Test
  void theShippedTableIsIndexedLazilyAndAnswersLikeTheWholeFile() throws Exception {
    String text = new String(CoverageCsv.class.getResourceAsStream("coverage.csv").readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(CoverageCsv.Lines.scan(text, "coverage.csv")).as("the shipped file is scannable")
        .isNotNull();
    // a fresh lazy table, so that the order of first uses is this test's
    CoverageTable lazy = CoverageTable.lazy("lazy", CoverageCsv.Lines.scan(text, "coverage.csv"),
        CoverageTable.standard().notes());
    assertSameAnswers(lazy, eager());
    assertSameAnswers(CoverageTable.standard(), eager());
    assertThat(CoverageTable.standard()).hasToString("CoverageTable[2026-11, 1639 rows]");
  }

  @Test
  void rowsAreTheSameObjectsAsEachCountrysRows() {
    CoverageTable table = CoverageTable.standard();
    for (CoverageRow row : table.rows()) {
      assertThat(table.rowsOf(row.country())).anySatisfy(same -> assertThat(same).isSameAs(row));
    }
  }

  @Test
  void eightThreadsParsingTheSameCountriesSeeTheSameLists() throws Exception {
    String text = new String(CoverageCsv.class.getResourceAsStream("coverage.csv").readAllBytes(),
        StandardCharsets.UTF_8);
    CoverageTable lazy = CoverageTable.lazy("lazy", CoverageCsv.Lines.scan(text, "coverage.csv"),
        List.of());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<CoverageRow>>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          List<List<CoverageRow>> seen = new ArrayList<>();
          for (Country country : Country.values()) {
            seen.add(lazy.rowsOf(country));
          }
          return seen;
        }));
      }
      List<List<CoverageRow>> first = results.get(0).get();
      for (Future<List<List<CoverageRow>>> result : results) {
        List<List<CoverageRow>> seen = result.get();
        for (int c = 0; c < seen.size(); c++) {
          assertThat(seen.get(c)).isSameAs(first.get(c));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /** What the scan cannot read in one pass it leaves to the whole-file reader, which names the error. */
  @ParameterizedTest
  @ValueSource(strings = {
      "UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,\"two\nlines\",src",
      "UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,bare\rreturn,src",
      "QQ,QQQ,Nowhere,ENI,2014-01-01,2020-12-31,basis,src",
      "ua,UKR,Ukraine,ENI,2014-01-01,2020-12-31,basis,src",
      "UA,UKR,Ukraine,ENI,2014-13-01,2020-12-31,basis,src",
      "UA,UKR,Ukraine,ENI,2014-01-01,2013-12-31,basis,src",
      "UA,UKR,Ukraine,ENI,2014-1-01,2020-12-31,basis,src",
      "UA,UKR,\"Ukraine, \"\"the\"\"\" ,ENI,2014-01-01,2020-12-31,basis,src",
      "UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31",
      ""})
  void scanGivesUpOnAnythingUnusual(String line) {
    assertThat(CoverageCsv.Lines.scan(HEADER + "\n" + line + "\n", "test.csv")).isNull();
  }

  @Test
  void scanReadsQuotedNamesAndBothLineEnds() {
    String line = "UA,UKR,\"Ukraine, \"\"quoted\"\"\",ENI,2014-01-01,2020-12-31,\"a, b\",src";
    for (String eol : List.of("\n", "\r\n")) {
      CoverageCsv.Lines lines = CoverageCsv.Lines.scan(HEADER + eol + line + eol, "test.csv");
      assertThat(lines).isNotNull();
      assertThat(lines.rowsOf(Country.UA)).singleElement().satisfies(row -> {
        assertThat(row.name()).isEqualTo("Ukraine, \"quoted\"");
        assertThat(row.basis()).isEqualTo("a, b");
        assertThat(row.line()).isEqualTo(2);
      });
    }
  }

  /** Any file of plain rows: the lazily indexed table answers like the whole-file table. */
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void lazyAgreesWithEagerOnAnyFile(@ForAll("files") String file) {
    CoverageCsv.Lines lines = CoverageCsv.Lines.scan(file, "gen.csv");
    assertThat(lines).isNotNull();
    assertSameAnswers(CoverageTable.lazy("gen", lines, List.of()),
        CoverageTable.of("gen", CoverageCsv.read(new StringReader(file), "gen.csv"), List.of()));
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<Country> countries = Arbitraries.of(Country.UA, Country.RU, Country.CV, Country.XK,
        Country.MS);
    Arbitrary<String> schemes = Arbitraries.oneOf(
        Arbitraries.of(Instrument.class).map(Instrument::name),
        Arbitraries.just(CoverageRow.REFERENCE_SCHEME));
    Arbitrary<String> texts = Arbitraries.strings().withChars("ab ,\"é").ofMinLength(1)
        .ofMaxLength(8).filter(t -> !t.isBlank());
    Arbitrary<String> line = Combinators.combine(countries, texts, schemes,
            Arbitraries.integers().between(0, 9000), Arbitraries.integers().between(0, 3000), texts,
            Arbitraries.of("", "unverified: ", "proxy: "))
        .as((country, name, scheme, start, length, basis, quality) -> {
          LocalDate from = LocalDate.of(2001, 1, 1).plusDays(start);
          return String.join(",", country.alpha2(), country.alpha3(), quoted(name), scheme,
              from.toString(), from.plusDays(length).toString(), quoted(basis),
              quoted(quality + "source " + name));
        });
    return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(12), Arbitraries.of("\n", "\r\n"))
        .as((lines, eol) -> HEADER + eol + String.join(eol, lines) + eol);
  }
}
