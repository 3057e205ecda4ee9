package eu.mieux.model.decision;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.testing.ModelArbitraries;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link CountryDecision}. */
class CountryDecisionTest {

  @Provide
  Arbitrary<CountryDecision> decisions() {
    return ModelArbitraries.countryDecisions();
  }

  static CountryDecision rebuild(CountryDecision d) {
    return CountryDecision.builder().country(d.country()).date(d.date()).outcome(d.outcome())
        .addAllInstruments(d.instruments()).addAllAcceptedQualities(d.acceptedQualities())
        .addAllCoverage(d.coverage()).addAllSetAside(d.setAside()).addAllReasons(d.reasons())
        .build();
  }

  @Property
  void everyGeneratedDecisionSatisfiesItsInvariants(@ForAll("decisions") CountryDecision decision) {
    assertEquals(decision, rebuild(decision));
    assertFalse(decision.acceptedQualities().isEmpty());
    assertEquals(decision.isYes(), !decision.instruments().isEmpty());
    for (LegalBasis row : decision.coverage()) {
      assertTrue(row.period().orElseThrow().contains(decision.date()));
      assertTrue(decision.acceptedQualities().contains(row.quality()));
    }
  }

  @Property
  void rejectsYesWithoutInstruments(@ForAll("decisions") CountryDecision decision) {
    assertRejected(() -> ((ImmutableCountryDecision) decision).withInstruments()
        .withOutcome(Outcome.YES), "instruments");
  }

  @Property
  void rejectsInstrumentsUnlessYes(@ForAll("decisions") CountryDecision decision,
      @ForAll Instrument instrument, @ForAll Outcome outcome) {
    Assume.that(outcome != Outcome.YES);
    assertRejected(() -> ((ImmutableCountryDecision) decision).withInstruments()
        .withOutcome(outcome).withInstruments(instrument), "instruments");
  }

  @Property
  void rejectsEmptyAcceptedQualities(@ForAll("decisions") CountryDecision decision) {
    assertRejected(() -> ((ImmutableCountryDecision) decision).withAcceptedQualities(),
        "acceptedQualities");
  }

  @Property
  void rejectsCoverageRowOutsideTheDate(@ForAll("decisions") CountryDecision decision,
      @ForAll @IntRange(min = 1, max = 1000) int days, @ForAll boolean before) {
    ValidityPeriod period = before
        ? ValidityPeriod.of(decision.date().minusDays(days + 30L), decision.date().minusDays(days))
        : ValidityPeriod.of(decision.date().plusDays(days), decision.date().plusDays(days + 30L));
    List<LegalBasis> coverage = new ArrayList<>(decision.coverage());
    coverage.add(row(Optional.of(period), decision.acceptedQualities().first()));
    assertRejected(() -> ((ImmutableCountryDecision) decision).withCoverage(coverage),
        "coverage");
  }

  @Property
  void rejectsCoverageRowWithoutPeriod(@ForAll("decisions") CountryDecision decision) {
    LegalBasis undated = row(Optional.empty(), decision.acceptedQualities().first());
    assertRejected(() -> ((ImmutableCountryDecision) decision).withCoverage(undated),
        "coverage");
  }

  @Property
  void rejectsCoverageRowOfAQualityNotAccepted(@ForAll("decisions") CountryDecision decision) {
    Set<DataQuality> rejected = EnumSet.complementOf(EnumSet.copyOf(decision.acceptedQualities()));
    Assume.that(!rejected.isEmpty());
    LegalBasis row = row(Optional.of(ValidityPeriod.ofDay(decision.date())), rejected.iterator().next());
    IllegalStateException e = assertRejected(
        () -> ((ImmutableCountryDecision) decision).withCoverage(row), "coverage");
    assertTrue(e.getMessage().contains("accepted"), e.getMessage());
  }

  private static LegalBasis row(Optional<ValidityPeriod> period, DataQuality quality) {
    return LegalBasis.builder().instrument(Instrument.DCI).period(period)
        .basis("DCI geographic programme").source("test row").quality(quality).build();
  }
}
