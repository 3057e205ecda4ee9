package eu.mieux.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tests of {@link Phase}; its dates are data of the rules module ({@code PhaseCalendarTest}). */
class PhaseTest {

  @Test
  void labelsAndCodes() {
    assertEquals("MIEUX I", Phase.MIEUX_I.label());
    assertEquals("MIEUX+", Phase.MIEUX_PLUS.label());
    assertEquals("mieux_plus", Phase.MIEUX_PLUS.code());
    assertEquals(Phase.MIEUX_III, Coded.fromCode(Phase.class, "mieux_iii"));
  }
}
