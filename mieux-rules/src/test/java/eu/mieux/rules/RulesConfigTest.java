package eu.mieux.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The settings and their defaults (RULES.md §13). */
class RulesConfigTest {

  /** The default window is the span of the phases: the pilot start to the end of MIEUX+ (M-PW1). */
  @Test
  void theDefaultWindowIsTheSpanOfThePhases() {
    RulesConfig standard = RulesConfig.standard();
    assertThat(standard.programmeWindow()).isEqualTo(ValidityPeriod.parse("2008-12-01/2024-03-31"))
        .isEqualTo(PhaseCalendar.standard().span());
    assertThat(standard.phases()).isSameAs(PhaseCalendar.standard());
    assertThat(standard.extendedRequestersFrom()).isBefore(standard.programmeWindow().endInclusive());
    assertThat(DateInConflict.PROGRAMME_END.defaultValue()).isEqualTo(standard.programmeWindow().endInclusive());
    assertThat(DateInConflict.PHASE_III_END.defaultValue())
        .isEqualTo(standard.phases().periodOf(Phase.MIEUX_III).endInclusive());
  }

  /** Settings given explicitly with the default values equal the defaults. */
  @Test
  void explicitDefaultsEqualTheDefaults() {
    RulesConfig explicit = RulesConfig.builder().programmeWindow(PhaseCalendar.standard().span())
        .phases(PhaseCalendar.standard()).build();
    assertThat(explicit).isEqualTo(RulesConfig.standard()).hasSameHashCodeAs(RulesConfig.standard())
        .hasToString(RulesConfig.standard().toString());
    assertThat(RulesConfig.standard().toBuilder().build()).isEqualTo(RulesConfig.standard());
    assertThat(RulesConfig.standard().toString()).startsWith("RulesConfig[programmeWindow=2008-12-01/2024-03-31, ");
  }

  @Test
  void thePlannedEndMovesTheWindowAndMieuxPlus() {
    RulesConfig planned = RulesConfig.builder().programmeEnd(RulesConfig.PLANNED_PROGRAMME_END).build();
    assertThat(planned.programmeWindow()).isEqualTo(ValidityPeriod.parse("2008-12-01/2023-04-30"));
    assertThat(planned.phases().periodOf(Phase.MIEUX_PLUS).endInclusive()).isEqualTo(LocalDate.of(2023, 4, 30));
    assertThat(planned).isNotEqualTo(RulesConfig.standard());
  }

  @Test
  void theExtendedRequestersDateMustFallInTheWindow() {
    assertThatThrownBy(() -> RulesConfig.builder().extendedRequestersFrom(LocalDate.of(2025, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("extendedRequestersFrom must not be after the end "
            + "of programmeWindow 2008-12-01/2024-03-31, but was 2025-01-01");
  }
}
