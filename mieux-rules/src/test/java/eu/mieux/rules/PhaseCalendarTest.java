package eu.mieux.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhaseCalendarTest {

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
    assertThat(PhaseCalendar.standard().phaseOn(date)).isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @org.junit.jupiter.api.Test
  void aPhaseCanBeMovedButPhasesMayNotOverlap() {
    PhaseCalendar seeds = PhaseCalendar.standard().withPhase(Phase.MIEUX_PLUS,
        ValidityPeriod.parse("2020-04-30/2023-04-30"));
    assertThat(seeds.phaseOn(LocalDate.of(2023, 5, 1))).isEmpty();
    assertThatThrownBy(() -> PhaseCalendar.standard().withPhase(Phase.MIEUX_II,
        ValidityPeriod.parse("2011-01-01/2015-11-30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MIEUX_II must start after MIEUX_I ends on 2011-12-31, but starts on 2011-01-01");
  }
}
