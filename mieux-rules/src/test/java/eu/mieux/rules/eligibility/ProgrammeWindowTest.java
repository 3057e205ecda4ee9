package eu.mieux.rules.eligibility;

import static eu.mieux.rules.DecisionAssert.assertDecision;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.decision.Outcome;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProgrammeWindowTest {

  private static final ProgrammeWindow WINDOW = new ProgrammeWindow(RulesConfig.standard().programmeWindow());
  private static final ProgrammeWindow PLANNED =
      new ProgrammeWindow(
          RulesConfig.builder().programmeEnd(RulesConfig.PLANNED_PROGRAMME_END).build().programmeWindow());

  /** Pilot December 2008 (001:201-202); MIEUX+ to March 2024 (RULES.md §15.3 M-PW2) or April 2023 (003:2624). */
  @ParameterizedTest(name = "{0}: {1} / planned {2}")
  @CsvSource({
      "2008-11-30, NO, NO",
      "2008-12-01, YES, YES",
      "2016-05-01, YES, YES",
      "2023-04-30, YES, YES",
      "2023-05-01, YES, NO",
      "2024-03-31, YES, NO",
      "2024-04-01, NO, NO",
      "2024-04-30, NO, NO",
      "2024-05-01, NO, NO"})
  void window(LocalDate date, Outcome standard, Outcome planned) {
    assertEquals(standard, WINDOW.check(date).outcome());
    assertEquals(planned, PLANNED.check(date).outcome());
  }

  @Test
  void reasonIsM_PW1WithItsSources() {
    assertDecision(WINDOW.check(LocalDate.of(2025, 1, 1))).isNo().says("2008-12-01/2024-03-31")
        .cites("MIEUX annual report 2018, \"Avant-propos\"").cites("https://mieux-initiative.eu/en/about/what-is-mieux");
    assertEquals("M-PW1", WINDOW.check(LocalDate.of(2025, 1, 1)).reasons().get(0).ruleId().toString());
  }
}
