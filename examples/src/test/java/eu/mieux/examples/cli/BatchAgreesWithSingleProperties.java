package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.From;

/**
 * Issue 14: the batch and the single check agree on every row: the batch writes for a row exactly
 * the rows {@code eligibility COUNTRY DATE --format csv} writes, and refuses exactly the rows the
 * single check refuses.
 */
class BatchAgreesWithSingleProperties {

  /** One input row: a country input and a date input. */
  record Row(String country, String date) {}

  @Provide
  Arbitrary<Row> rows() {
    Arbitrary<String> countries = Arbitraries.oneOf(
        Arbitraries.of("UA", "ukr", "RU", "Russia", "XK", "PS", "West Bank and Gaza", "AN", "Netherlands Antilles",
            "CI", "COTE-D-IVOIRE", "Korea, Republic of", "SN", "TR", "Türkiye", "CL", "GB", "HR", "Syrian Arab Republic"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(6)
            .filter(s -> !s.startsWith("-")));
    Arbitrary<String> dates = Arbitraries.oneOf(
        Arbitraries.integers().between(2005, 2026).flatMap(y -> Arbitraries.integers().between(1, 12)
            .flatMap(m -> Arbitraries.integers().between(1, 31).map(d -> String.format("%04d-%02d-%02d", y, m, d)))),
        Arbitraries.of("2016-5-1", "20160501", "2016-02-30", "+10000-01-01", "x"));
    return Combinators.combine(countries, dates).as(Row::new);
  }

  @Property(tries = 40)
  void batchAndSingleChecksAgreeOnEveryRow(@ForAll @Size(min = 1, max = 8) List<@From("rows") Row> rows,
      @ForAll boolean strict) {
    StringBuilder csv = new StringBuilder("iso2,date\n");
    List<String> expected = new ArrayList<>();
    List<Integer> bad = new ArrayList<>();
    int line = 1;
    for (Row row : rows) {
      line++;
      csv.append(quote(row.country())).append(',').append(quote(row.date())).append('\n');
      CliRun single = strict
          ? CliRun.of("", "eligibility", row.country(), row.date(), "--format", "csv", "--strict")
          : CliRun.of("", "eligibility", row.country(), row.date(), "--format", "csv");
      if (single.status == 2) {
        bad.add(line);
      } else {
        expected.addAll(single.out.lines().skip(1).toList());
      }
    }
    CliRun batch = strict ? CliRun.of(csv.toString(), "eligibility", "--csv", "-", "--strict")
        : CliRun.of(csv.toString(), "eligibility", "--csv", "-");
    assertThat(batch.out.lines().skip(1).toList()).isEqualTo(expected);
    assertThat(batch.status).isEqualTo(bad.isEmpty() ? 0 : 2);
    List<Integer> reported = batch.err.lines().map(l -> Integer.parseInt(l.split(":")[1])).toList();
    assertThat(reported).isEqualTo(bad);
  }

  private static String quote(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
