package eu.mieux.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.rules.catalogue.DataTable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phase calendar and its data, {@code phases.csv} (RULES.md §1.1, §13 Q1, §15.3 M-PH2 and M-PW2). */
class PhaseCalendarTest {

  private static final List<String> COLUMNS = List.of("phase", "valid_from", "valid_to", "basis", "source");
  private static final String HEADER = "phase,valid_from,valid_to,basis,source\n";
  private static final String ROWS = "mieux_i,2008-12-01,2011-12-31,b,s\n" + "mieux_ii,2012-01-01,2015-11-30,b,s\n"
      + "mieux_iii,2015-12-01,2020-04-29,b,s\n";

  /** RULES.md §1.1 and §13 Q1 with the documented defaults. */
  @ParameterizedTest
  @CsvSource({
      "2008-11-30, ",
      "2008-12-01, MIEUX_I",
      "2011-12-31, MIEUX_I",
      "2012-01-01, MIEUX_II",
      "2015-11-30, MIEUX_II",
      "2015-12-01, MIEUX_III",
      "2020-04-29, MIEUX_III",
      "2020-04-30, MIEUX_PLUS",
      "2024-03-31, MIEUX_PLUS",
      "2024-04-01, ",
  })
  void standardPhases(LocalDate date, Phase expected) {
    assertThat(PhaseCalendar.standard().phaseOn(date)).isEqualTo(Optional.ofNullable(expected));
  }

  /**
   * The shipped table holds the documented facts: the pilot from December 2008 (annual report 2018),
   * MIEUX II from 2012, MIEUX III from December 2015, MIEUX+ launched on 30 April 2020 and ending at
   * the end of March 2024 (M-PW2); each phase ends the day before the next starts.
   */
  @Test
  void theShippedTableHoldsTheDocumentedPeriods() {
    assertThat(PhaseCalendar.standard().periods()).containsExactly(
        java.util.Map.entry(Phase.MIEUX_I, ValidityPeriod.parse("2008-12-01/2011-12-31")),
        java.util.Map.entry(Phase.MIEUX_II, ValidityPeriod.parse("2012-01-01/2015-11-30")),
        java.util.Map.entry(Phase.MIEUX_III, ValidityPeriod.parse("2015-12-01/2020-04-29")),
        java.util.Map.entry(Phase.MIEUX_PLUS, ValidityPeriod.parse("2020-04-30/2024-03-31")));
    Phase[] phases = Phase.values();
    for (int i = 1; i < phases.length; i++) {
      assertThat(PhaseCalendar.standard().periodOf(phases[i]).start())
          .isEqualTo(PhaseCalendar.standard().periodOf(phases[i - 1]).endInclusive().plusDays(1));
    }
    assertThat(PhaseCalendar.standard().span()).isEqualTo(ValidityPeriod.parse("2008-12-01/2024-03-31"));
    assertThat(PhaseCalendar.standard()).isSameAs(PhaseCalendar.standard());
  }

  /** Every row cites what a reader can find: a report with its pages or a public URL, never a seed file. */
  @Test
  void everyRowCitesItsSources() {
    List<DataTable.Row> rows = DataTable.readResource(PhaseCalendar.class, PhaseCalendar.RESOURCE, COLUMNS).rows();
    assertThat(rows).hasSize(Phase.values().length).allSatisfy(row -> {
      assertThat(row.text("basis")).startsWith("M-P");
      assertThat(row.list("source")).isNotEmpty().allSatisfy(source -> assertThat(source)
          .doesNotContain(".txt").matches("(https://.+|.*(annual report|10-year report).*)"));
    });
  }

  @Test
  void aPhaseCanBeMovedButPhasesMayNotOverlap() {
    PhaseCalendar seeds = PhaseCalendar.standard().withPhase(Phase.MIEUX_PLUS,
        ValidityPeriod.parse("2020-04-30/2023-04-30"));
    assertThat(seeds.phaseOn(LocalDate.of(2023, 5, 1))).isEmpty();
    assertThat(seeds).isNotEqualTo(PhaseCalendar.standard());
    assertThat(seeds.withPhase(Phase.MIEUX_PLUS, ValidityPeriod.parse("2020-04-30/2024-03-31")))
        .isEqualTo(PhaseCalendar.standard()).hasSameHashCodeAs(PhaseCalendar.standard());
    assertThatThrownBy(() -> PhaseCalendar.standard().withPhase(Phase.MIEUX_II,
        ValidityPeriod.parse("2011-01-01/2015-11-30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MIEUX_II must start after MIEUX_I ends on 2011-12-31, but starts on 2011-01-01");
  }

  @Test
  void toStringListsThePeriods() {
    assertThat(PhaseCalendar.standard().toString()).startsWith("PhaseCalendar{MIEUX_I=2008-12-01/2011-12-31, ");
  }

  @Test
  void badRowsNameTheFileLineAndColumn() {
    String plus = "mieux_plus,2020-04-30,2024-03-31,b,s\n";
    assertThat(read(HEADER + ROWS + plus)).isEqualTo(PhaseCalendar.standard());
    assertThatThrownBy(() -> read(HEADER + ROWS + "mieux_iv,2020-04-30,2024-03-31,b,s\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("p.csv:5: column phase:");
    assertThatThrownBy(() -> read(HEADER + ROWS + "mieux_plus,2020-04-30,2020-03-31,b,s\n"))
        .hasMessage("p.csv:5: column valid_to: valid_to must be on or after 2020-04-30, but was 2020-03-31");
    assertThatThrownBy(() -> read(HEADER + ROWS + "mieux_plus,2020-04-29,2024-03-31,b,s\n"))
        .hasMessage("p.csv:5: column valid_from: valid_from must be after the previous phase ends on 2020-04-29, "
            + "but was 2020-04-29");
    assertThatThrownBy(() -> read(HEADER + ROWS + "mieux_plus,2020-4-30,2024-03-31,b,s\n"))
        .hasMessage("p.csv:5: column valid_from: valid_from must be an ISO date such as 2020-04-30, but was '2020-4-30'");
    assertThatThrownBy(() -> read(HEADER + ROWS + "mieux_plus,2020-04-30,2024-03-31,b, \n"))
        .hasMessageStartingWith("p.csv:5: column source: source must not be blank");
    assertThatThrownBy(() -> read(HEADER + "mieux_ii,2012-01-01,2015-11-30,b,s\n"))
        .hasMessage("p.csv:2: column phase: phase must be mieux_i (one row per phase, in order), but was 'mieux_ii'");
    assertThatThrownBy(() -> read(HEADER + ROWS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("periods must give every phase");
  }

  private static PhaseCalendar read(String csv) {
    return PhaseCalendar.of(DataTable.read(new StringReader(csv), "p.csv", COLUMNS));
  }
}
