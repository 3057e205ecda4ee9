package eu.mieux.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.country.Country;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one reader of the shipped data tables, and what the tables may not contain (issue 13). */
class DataTableTest {

  private static final List<String> COLUMNS = List.of("name", "countries", "year");

  private static DataTable read(String text) {
    return DataTable.read(new StringReader("name,countries,year\n" + text), "t.csv", COLUMNS);
  }

  @Test
  void readsFieldsListsAndAbsentValues() {
    DataTable.Row row = read("\"a, b\",PH ; TH,\n").rows().get(0);
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.text("name")).isEqualTo("a, b");
    assertThat(row.list("countries", Country::ofAlpha2)).containsExactly(Country.PH, Country.TH);
    assertThat(row.optional("year", Integer::valueOf)).isEmpty();
  }

  @Test
  void errorsNameFileLineAndColumn() {
    DataTable table = read("x,PH,2019\n,ZZ,twenty\n");
    DataTable.Row row = table.rows().get(1);
    assertThatThrownBy(() -> row.text("name")).hasMessage("t.csv:3: column name: name must not be blank, but was ''");
    assertThatThrownBy(() -> row.list("countries", Country::ofAlpha2)).hasMessageStartingWith("t.csv:3: column countries: ");
    assertThatThrownBy(() -> row.optional("year", Integer::valueOf)).hasMessageStartingWith("t.csv:3: column year: ");
  }

  @Test
  void datesAreIsoDatesAndABadOneIsNamedWithTheTablesExample() {
    DataTable table = read("x,PH,2019-02-28\ny,PH,\nz,PH,2019-02-29\n");
    assertThat(table.rows().get(0).date("year", "2019-01-01")).isEqualTo(java.time.LocalDate.of(2019, 2, 28));
    assertThat(table.rows().get(1).optionalDate("year", "2019-01-01")).isEmpty();
    assertThatThrownBy(() -> table.rows().get(1).date("year", "2019-01-01"))
        .hasMessage("t.csv:3: column year: year must not be blank, but was ''");
    assertThatThrownBy(() -> table.rows().get(2).optionalDate("year", "2019-01-01"))
        .hasMessage("t.csv:4: column year: year must be an ISO date such as 2019-01-01, but was '2019-02-29'");
  }

  @Test
  void aWrongHeaderOrARecordOfTheWrongWidthIsRefused() {
    assertThatThrownBy(() -> DataTable.read(new StringReader("name,year\nx,1\n"), "t.csv", COLUMNS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv:1: header must be [name, countries, year], but was [name, year]");
    assertThatThrownBy(() -> read("x,PH\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv:2: record must have 3 fields, but has 2");
    assertThatThrownBy(() -> read("x,PH,2019\nx,PH\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("t.csv: ").hasMessageContaining("line 3");
  }

  @Test
  void noMainSourceOrResourceNamesASeedTextFile() throws Exception {
    Pattern seedFile = Pattern.compile("\\d{3}_[0-9a-f]{16}|\\b00[0-4]:\\d");
    try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
      assertThat(files.filter(Files::isRegularFile))
          .isNotEmpty()
          .allSatisfy(file -> assertThat(seedFile.matcher(Files.readString(file)).find())
              .as("%s names a seed text file", file).isFalse());
    }
  }
}
