package eu.mieux.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.Phase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates in conflict are settings whose reasons name the conflicting sources (RULES.md §15.3). */
class DateInConflictTest {

  /** M-PW2: the programme's page and ICMPD say March 2024, one article April 2024. */
  @Test
  void programmeEndDefaultsToMarchTwentyTwentyFour() {
    assertThat(RulesConfig.standard().programmeWindow().endInclusive()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(RulesConfig.standard().phases().periodOf(Phase.MIEUX_PLUS).endInclusive())
        .isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(DateInConflict.PROGRAMME_END.basis().source()).contains("what-is-mieux").contains("icmpd.org")
        .contains("15-years");
    RulesConfig april = RulesConfig.builder().programmeEnd(DateInConflict.PROGRAMME_END.otherReading()).build();
    assertThat(april.programmeWindow().endInclusive()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(april.phases().periodOf(Phase.MIEUX_PLUS).endInclusive()).isEqualTo(LocalDate.of(2024, 4, 30));
  }

  /** M-PW1 cites the conflict in every reason. */
  @Test
  void theWindowReasonNamesTheConflict() {
    assertThat(MieuxRules.standard().programmeWindow().check(LocalDate.of(2024, 4, 15)).reasons())
        .singleElement().satisfies(r -> {
          assertThat(r.message()).contains("2024-03-31");
          assertThat(r.legalBases().get(0).basis()).contains("March 2024").contains("April 2024");
        });
  }

  /** M-PH2: the 10-year report ends MIEUX III in April 2020, the programme's article in April 2019. */
  @Test
  void phaseThreeEndDefaultsToAprilTwentyTwenty() {
    assertThat(RulesConfig.standard().phases().phaseOn(LocalDate.of(2019, 10, 1))).contains(Phase.MIEUX_III);
    RulesConfig record = RulesConfig.builder().phaseIIIEnd(DateInConflict.PHASE_III_END.otherReading()).build();
    assertThat(record.phases().phaseOn(LocalDate.of(2019, 10, 1))).isEmpty();
    assertThat(DateInConflict.PHASE_III_END.basis().basis()).contains("April 2020").contains("April 2019");
    assertThatThrownBy(() -> RulesConfig.builder().programmeEnd(LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("programmeEnd must be after the start of MIEUX+ 2020-04-30, but was 2019-01-01");
  }
}
