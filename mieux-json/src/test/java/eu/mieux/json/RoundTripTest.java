package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.Request;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code read(write(x)).equals(x)} for every top-level document type (issue 5). */
class RoundTripTest extends JsonTestBase {

  @Property(tries = 1000)
  void requestsRoundTrip(@ForAll("requests") Request request) {
    assertEquals(request, MieuxJson.read(MieuxJson.write(request), Request.class));
  }

  @Property(tries = 1000)
  void actionsRoundTrip(@ForAll("actions") Action action) {
    assertEquals(action, MieuxJson.read(MieuxJson.writeBytes(action), Action.class));
  }

  @Property(tries = 1000)
  void decisionsRoundTrip(@ForAll("decisions") Decision decision) {
    assertEquals(decision, MieuxJson.read(MieuxJson.write(decision), Decision.class));
  }

  @Property(tries = 1000)
  void countryDecisionsRoundTrip(@ForAll("countryDecisions") CountryDecision decision) {
    assertEquals(decision, MieuxJson.read(MieuxJson.write(decision), CountryDecision.class));
  }

  @Property(tries = 1000)
  void requestDecisionsRoundTrip(@ForAll("requestDecisions") RequestDecision decision) {
    assertEquals(decision, MieuxJson.read(MieuxJson.write(decision), RequestDecision.class));
  }

  @Provide
  Arbitrary<Request> requests() {
    return LocalArbitraries.requests();
  }

  @Provide
  Arbitrary<Action> actions() {
    return LocalArbitraries.actions();
  }

  @Provide
  Arbitrary<Decision> decisions() {
    return LocalArbitraries.decisions();
  }

  @Provide
  Arbitrary<CountryDecision> countryDecisions() {
    return LocalArbitraries.countryDecisions();
  }

  @Provide
  Arbitrary<RequestDecision> requestDecisions() {
    return LocalArbitraries.requestDecisions();
  }
}
