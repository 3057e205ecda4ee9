package eu.mieux.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests of {@link Phase}: the default periods are ordered and contiguous. */
class PhaseTest {

  @Test
  void phasesAreContiguousAndOrdered() {
    Phase[] phases = Phase.values();
    for (int i = 1; i < phases.length; i++) {
      ValidityPeriod previous = phases[i - 1].defaultPeriod();
      ValidityPeriod current = phases[i].defaultPeriod();
      assertEquals(previous.endInclusive().plusDays(1), current.start(),
          phases[i - 1] + " must end the day before " + phases[i] + " starts");
      assertFalse(previous.overlaps(current));
      assertTrue(previous.compareTo(current) < 0);
    }
  }

  @Test
  void programmeSpansDecember2008ToMarch2024() {
    assertEquals(LocalDate.of(2008, 12, 1), Phase.MIEUX_I.defaultPeriod().start());
    assertEquals(LocalDate.of(2024, 3, 31), Phase.MIEUX_PLUS.defaultPeriod().endInclusive()); // RULES.md §15.3 M-PW2
    assertEquals("MIEUX+", Phase.MIEUX_PLUS.label());
    assertEquals("mieux_plus", Phase.MIEUX_PLUS.code());
  }

  @ParameterizedTest
  @CsvSource({"2011-12-31, MIEUX_I", "2012-01-01, MIEUX_II", "2015-11-30, MIEUX_II",
      "2015-12-01, MIEUX_III", "2020-04-29, MIEUX_III", "2020-04-30, MIEUX_PLUS"})
  void exactlyOnePhaseContainsEachBoundaryDay(LocalDate date, Phase expected) {
    for (Phase phase : Phase.values()) {
      assertEquals(phase == expected, phase.defaultPeriod().contains(date), phase + " on " + date);
    }
  }
}
