package eu.mieux.model.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import eu.mieux.model.ValidityPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tests of {@link Instrument} and its {@link LegalAct legal acts}. */
class InstrumentTest {

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void legalActsAreChronologicalAndDoNotOverlap(Instrument instrument) {
    List<LegalAct> acts = instrument.legalActs();
    assertFalse(acts.isEmpty());
    for (int i = 1; i < acts.size(); i++) {
      ValidityPeriod previous = acts.get(i - 1).period();
      ValidityPeriod current = acts.get(i).period();
      assertTrue(previous.endInclusive().isBefore(current.start()),
          instrument + ": " + acts.get(i - 1) + " must end before " + acts.get(i) + " starts");
    }
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void periodSpansTheActs(Instrument instrument) {
    List<LegalAct> acts = instrument.legalActs();
    assertEquals(acts.get(0).period().start(), instrument.period().start());
    assertEquals(acts.get(acts.size() - 1).period().endInclusive(),
        instrument.period().endInclusive());
    acts.forEach(act -> assertTrue(instrument.period().encloses(act.period())));
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void actsHaveTitlesAndEliLinksWhenKnown(Instrument instrument) {
    for (LegalAct act : instrument.legalActs()) {
      assertFalse(act.title().isBlank());
      assertTrue(act.eli().isEmpty() || act.eli().startsWith("http://data.europa.eu/eli/"),
          act.eli());
    }
    assertFalse(instrument.fullName().isBlank());
  }

  @Test
  void canonicalOrder() {
    assertEquals(List.of(Instrument.DCI, Instrument.EDF, Instrument.ENPI, Instrument.ENI,
        Instrument.OAD, Instrument.NDICI), List.of(Instrument.values()));
  }

  @Test
  void theSuccessorsStartTheDayAfterTheirPredecessorsEnd() {
    assertEquals(Instrument.ENPI.period().endInclusive().plusDays(1), Instrument.ENI.period().start());
    assertEquals(Instrument.DCI.period().endInclusive().plusDays(1),
        Instrument.NDICI.period().start());
    assertEquals(LocalDate.of(2027, 12, 31), Instrument.NDICI.period().endInclusive());
  }

  @Test
  void legalActRejectsBlankTitleAndNulls() {
    ValidityPeriod period = ValidityPeriod.ofDay(LocalDate.of(2014, 1, 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LegalAct.of(" ", "", period));
    assertEquals("title must not be blank, but was ' '", e.getMessage());
    assertEquals("title",
        assertThrows(NullPointerException.class, () -> LegalAct.of(null, "", period)).getMessage());
    assertEquals("eli",
        assertThrows(NullPointerException.class, () -> LegalAct.of("t", null, period)).getMessage());
    assertEquals("period",
        assertThrows(NullPointerException.class, () -> LegalAct.of("t", "", null)).getMessage());
  }

  @Test
  void legalActEquality() {
    ValidityPeriod p = ValidityPeriod.parse("2014-01-01/2020-12-31");
    new EqualsTester()
        .addEqualityGroup(LegalAct.of("Regulation (EU) No 233/2014", "http://data.europa.eu/eli/reg/2014/233/oj", p),
            Instrument.DCI.legalActs().get(1))
        .addEqualityGroup(LegalAct.of("Regulation (EU) No 233/2014", "", p))
        .addEqualityGroup(LegalAct.of("Regulation (EU) No 232/2014", "http://data.europa.eu/eli/reg/2014/233/oj", p))
        .addEqualityGroup(LegalAct.of("Regulation (EU) No 233/2014", "http://data.europa.eu/eli/reg/2014/233/oj",
            ValidityPeriod.parse("2014-01-01/2020-12-30")))
        .testEquals();
  }
}
