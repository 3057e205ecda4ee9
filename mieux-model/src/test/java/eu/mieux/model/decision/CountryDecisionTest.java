package eu.mieux.model.decision;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.testing.ModelArbitraries;
import java.time.LocalDate;
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
    return CountryDecision.builder().country(d.country()).holdsFrom(d.holdsFrom()).holdsUntil(d.holdsUntil()).outcome(d.outcome())
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
      assertTrue(row.period().orElseThrow().contains(decision.holdsFrom().orElseThrow()));
      assertTrue(row.period().orElseThrow().contains(decision.holdsUntil().orElseThrow()));
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
  void rejectsCoverageRowThatDoesNotEncloseTheSpan(@ForAll("decisions") CountryDecision decision,
      @ForAll @IntRange(min = 0, max = 1000) int days, @ForAll boolean before) {
    Assume.that(decision.holdsFrom().isPresent() && decision.holdsUntil().isPresent());
    LocalDate from = decision.holdsFrom().get();
    LocalDate until = decision.holdsUntil().get();
    // a row that misses the first or the last day of the span, by one day or more
    ValidityPeriod period = before
        ? ValidityPeriod.of(from.minusDays(days + 30L), until.minusDays(1))
        : ValidityPeriod.of(from.plusDays(1), until.plusDays(days + 30L));
    List<LegalBasis> coverage = new ArrayList<>(decision.coverage());
    coverage.add(row(Optional.of(period), decision.acceptedQualities().first()));
    assertRejected(() -> ((ImmutableCountryDecision) decision).withCoverage(coverage),
        "coverage");
  }

  @Property
  void rejectsCoverageOfAnOpenEndedDecision(@ForAll("decisions") CountryDecision decision,
      @ForAll boolean openBefore) {
    Assume.that(decision.holdsFrom().isPresent() && decision.holdsUntil().isPresent());
    ImmutableCountryDecision open = openBefore
        ? ((ImmutableCountryDecision) decision).withCoverage().withHoldsFrom(Optional.empty())
        : ((ImmutableCountryDecision) decision).withCoverage().withHoldsUntil(Optional.empty());
    LegalBasis wide = row(Optional.of(ValidityPeriod.of(LocalDate.of(1900, 1, 1),
        LocalDate.of(2999, 12, 31))), decision.acceptedQualities().first());
    assertRejected(() -> open.withCoverage(wide), "coverage");
  }

  @Property
  void rejectsASpanThatEndsBeforeItBegins(@ForAll("decisions") CountryDecision decision,
      @ForAll @IntRange(min = 1, max = 1000) int days) {
    Assume.that(decision.holdsFrom().isPresent());
    assertRejected(() -> ((ImmutableCountryDecision) decision).withCoverage()
        .withHoldsUntil(decision.holdsFrom().get().minusDays(days)), "holdsUntil");
  }

  @Property
  void holdsOnExactlyTheDaysOfItsSpan(@ForAll("decisions") CountryDecision decision,
      @ForAll @IntRange(min = -3000, max = 3000) int offset) {
    LocalDate anchor = decision.holdsFrom().or(decision::holdsUntil).orElseThrow();
    LocalDate date = anchor.plusDays(offset);
    boolean expected = decision.holdsFrom().map(from -> !date.isBefore(from)).orElse(true)
        && decision.holdsUntil().map(until -> !date.isAfter(until)).orElse(true);
    assertEquals(expected, decision.holdsOn(date));
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
    Assume.that(decision.holdsFrom().isPresent() && decision.holdsUntil().isPresent());
    LegalBasis row = row(Optional.of(ValidityPeriod.of(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31))),
        rejected.iterator().next());
    IllegalStateException e = assertRejected(
        () -> ((ImmutableCountryDecision) decision).withCoverage(row), "coverage");
    assertTrue(e.getMessage().contains("accepted"), e.getMessage());
  }

  private static LegalBasis row(Optional<ValidityPeriod> period, DataQuality quality) {
    return LegalBasis.builder().instrument(Instrument.DCI).period(period)
        .basis("DCI geographic programme").source("test row").quality(quality).build();
  }
}
