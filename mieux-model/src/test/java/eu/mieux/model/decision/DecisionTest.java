package eu.mieux.model.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link Decision}, which has no invariant beyond its required attributes. */
class DecisionTest {

  @Provide
  Arbitrary<Decision> decisions() {
    return ModelArbitraries.decisions();
  }

  @Property
  void everyGeneratedDecisionRebuilds(@ForAll("decisions") Decision decision) {
    assertEquals(decision, Decision.builder().outcome(decision.outcome())
        .addAllReasons(decision.reasons()).build());
    assertEquals(decision, Decision.of(decision.outcome(), decision.reasons()));
    assertEquals(decision.outcome() == Outcome.YES, decision.isYes());
  }
}
