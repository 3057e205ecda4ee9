package eu.mieux.rules.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.DataQuality;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageCsvTest {

  private static final String HEADER = "iso2,iso3,name_en,instrument,valid_from,valid_to,basis,source\n";

  private static List<CoverageRow> shipped() throws Exception {
    try (Reader reader = new InputStreamReader(
        CoverageCsv.class.getResourceAsStream("coverage.csv"), StandardCharsets.UTF_8)) {
      return CoverageCsv.read(reader, "coverage.csv");
    }
  }

  @Test
  void everyRowOfTheShippedDataParses() throws Exception {
    List<CoverageRow> rows = shipped();
    assertEquals(1639, rows.size());
    assertEquals(1639, CoverageTable.standard().rows().size());
    assertEquals("2026-11", CoverageTable.standard().version());
  }

  @Test
  void noRowIsDuplicated() throws Exception {
    List<CoverageRow> rows = shipped();
    Set<CoverageRow> distinct = new HashSet<>(rows);
    assertEquals(rows.size(), distinct.size());
  }

  @Test
  void rowsKeepLineNumbersAndTextVerbatim() throws Exception {
    CoverageRow first = shipped().get(0);
    assertEquals(2, first.line());
    assertEquals(Country.AF, first.country());
    assertEquals(Instrument.DCI, first.instrument().orElseThrow());
    assertEquals("DCI Annex I geographic (Reg 1905/2006) - Asia", first.basis());
    assertEquals(DataQuality.VERIFIED, first.quality());
  }

  @Test
  void quotedFieldsWithCommasAreRead() throws Exception {
    CoverageRow edf = shipped().stream()
        .filter(r -> r.country() == Country.AG && r.instrument().equals(java.util.Optional.of(Instrument.EDF)))
        .findFirst().orElseThrow();
    assertEquals("ACP state, party to Cotonou Agreement - 10th EDF (2008-2013)", edf.basis());
    assertTrue(shipped().stream().anyMatch(r -> r.name().equals("Congo, The Democratic Republic of the")));
  }

  @Test
  void qualitiesComeFromTheSourcePrefix() throws Exception {
    List<CoverageRow> rows = shipped();
    assertEquals(153 + 141, rows.stream().filter(r -> r.quality() == DataQuality.UNVERIFIED).count());
    assertEquals(117, rows.stream().filter(r -> r.quality() == DataQuality.PROXY).count());
    assertEquals(873, rows.stream().filter(CoverageRow::isReference).count());
  }

  @Test
  void alpha3CodesBelongToTheirAlpha2Codes() throws Exception {
    {
      String[] lines = new String(CoverageCsv.class.getResourceAsStream("coverage.csv").readAllBytes(),
          StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] fields = lines[i].split(",", 3);
        assertEquals(Country.ofAlpha2(fields[0]).alpha3(), fields[1], "line " + (i + 1));
      }
    }
  }

  @Test
  void notesParse() {
    assertTrue(CoverageTable.standard().notes().size() > 50);
    assertTrue(CoverageTable.standard().notesOf(Country.RU).get(0).note().contains("cross-border"));
  }

  @Test
  void tableIndexesByCountryAndDate() {
    CoverageTable table = CoverageTable.standard();
    assertEquals(LocalDate.of(2001, 12, 2), table.firstDate());
    assertEquals(LocalDate.of(2027, 12, 31), table.lastInstrumentDate());
    assertEquals(LocalDate.of(2025, 12, 31), table.lastReferenceDate());
    assertTrue(table.rowsOf(Country.UA).stream()
        .anyMatch(r -> r.isValidOn(LocalDate.of(2016, 5, 1))
            && r.instrument().equals(java.util.Optional.of(Instrument.ENI))));
    assertTrue(table.rowsOf(Country.DE).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      XX,XXX,Nowhere,DCI,2014-01-01,2020-12-31,b,s | coverage.csv:2: column iso2: iso2 must be an ISO 3166-1 alpha-2 code
      ua,UKR,Ukraine,ENI,2014-01-01,2020-12-31,b,s | coverage.csv:2: column iso2:
      UA,RUS,Ukraine,ENI,2014-01-01,2020-12-31,b,s | coverage.csv:2: column iso3: iso3 must be UKR
      UA,UKR,Ukraine,IPA,2014-01-01,2020-12-31,b,s | coverage.csv:2: column instrument: instrument must be one of [DCI, EDF, ENPI, ENI, OAD, NDICI, DAC_ODA], but was 'IPA'
      UA,UKR,Ukraine,ENI,2014-13-01,2020-12-31,b,s | coverage.csv:2: column valid_from: valid_from must be an ISO-8601 date
      UA,UKR,Ukraine,ENI,2014-01-01,2013-12-31,b,s | coverage.csv:2: column valid_to: valid_to must be on or after valid_from 2014-01-01, but was 2013-12-31
      UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,,s | coverage.csv:2: column basis: basis must not be blank
      UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,b | coverage.csv:2: column source: row must have 8 columns, but had 7
      UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,"b,s | coverage.csv:2: column basis: basis must be one line of text without control characters, but had U+000A
      UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,"b"x,s | coverage.csv:2: column basis: field must be RFC 4180 CSV, but was not: Unexpected character after closing quote
      UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,b,s,t | coverage.csv:2: column source: row must have 8 columns, but had 9
      UA,UKR,Uk\u0007raine,ENI,2014-01-01,2020-12-31,b,s | coverage.csv:2: column name_en: name_en must be one line of text without control characters, but had U+0007 at character 3: 'Uk\\u0007raine'
      """)
  void badInputNamesLineAndColumn(String line, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoverageCsv.read(new StringReader(HEADER + line + "\n"), "coverage.csv"));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void emptyLinesAreSkippedAndLaterLinesKeepTheirNumbers() {
    String text = HEADER + "\nUA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,b,s\n\r\n\n"
        + "UA,UKR,Ukraine,ENI,x,2020-12-31,b,s\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoverageCsv.read(new StringReader(text), "coverage.csv"));
    assertTrue(e.getMessage().startsWith("coverage.csv:6: column valid_from:"), e.getMessage());
    List<CoverageRow> rows = CoverageCsv.read(new StringReader(
        HEADER + "\n\nUA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,b,s\n\n"), "coverage.csv");
    assertEquals(4, rows.get(0).line());
  }

  @Test
  void wrongHeaderIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoverageCsv.read(new StringReader("iso2,iso3,name,instrument\n"), "coverage.csv"));
    assertTrue(e.getMessage().startsWith("coverage.csv:1: column name_en: header must be"),
        e.getMessage());
  }

  @Test
  void doubledQuotesAreOneQuote() {
    List<CoverageRow> rows = CoverageCsv.read(new StringReader(
        HEADER + "UA,UKR,Ukraine,ENI,2014-01-01,2020-12-31,\"say \"\"hi\"\", ok\",proxy: x\r\n"),
        "test.csv");
    assertEquals("say \"hi\", ok", rows.get(0).basis());
    assertEquals(DataQuality.PROXY, rows.get(0).quality());
  }
}
