package eu.mieux.model.decision;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.testing.ModelArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link RequestDecision}: every country decision holds on the request's date. */
class RequestDecisionTest {

  @Provide
  Arbitrary<RequestDecision> decisions() {
    return ModelArbitraries.requestDecisions();
  }

  @Property(tries = 300)
  void everyGeneratedRequestDecisionRebuilds(@ForAll("decisions") RequestDecision decision) {
    assertEquals(decision, RequestDecision.builder().date(decision.date())
        .outcome(decision.outcome()).addAllCountries(decision.countries())
        .addAllReasons(decision.reasons()).build());
    for (CountryDecision country : decision.countries()) {
      assertTrue(country.holdsOn(decision.date()));
    }
  }

  @Property(tries = 300)
  void rejectsACountryDecisionThatDoesNotHoldOnTheDate(
      @ForAll("decisions") RequestDecision decision, @ForAll @IntRange(min = 1, max = 5000) int days) {
    Assume.that(!decision.countries().isEmpty());
    CountryDecision country = decision.countries().get(0);
    Assume.that(country.holdsUntil().isPresent() || country.holdsFrom().isPresent());
    // a date just beyond one bounded end of the span
    LocalDate outside = country.holdsUntil().map(until -> until.plusDays(days))
        .orElseGet(() -> country.holdsFrom().orElseThrow().minusDays(days));
    assertRejected(() -> ((ImmutableRequestDecision) decision).withDate(outside),
        "countries[0]");
  }
}
