package eu.mieux.model.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link RequestDecision}, which has no invariant beyond its required attributes. */
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
  }
}
