package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.Request;
import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code read(write(x)).equals(x)} for every top-level document type, over the model's own
 * generators ({@code ModelArbitraries}), plus the JSON-minded local generators (escapes, non-ASCII,
 * every optional absent or present) for requests and actions (issue 5).
 */
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
    return ModelArbitraries.requests();
  }

  @Provide
  Arbitrary<Action> actions() {
    return ModelArbitraries.actions();
  }

  @Provide
  Arbitrary<Decision> decisions() {
    return ModelArbitraries.decisions();
  }

  @Provide
  Arbitrary<CountryDecision> countryDecisions() {
    return ModelArbitraries.countryDecisions();
  }

  @Provide
  Arbitrary<RequestDecision> requestDecisions() {
    return ModelArbitraries.requestDecisions();
  }

  @Property(tries = 1000)
  void jsonMindedRequestsRoundTrip(@ForAll("localRequests") Request request) {
    assertEquals(request, MieuxJson.read(MieuxJson.write(request), Request.class));
  }

  @Property(tries = 1000)
  void jsonMindedActionsRoundTrip(@ForAll("localActions") Action action) {
    assertEquals(action, MieuxJson.read(MieuxJson.write(action), Action.class));
  }

  @Provide
  Arbitrary<Request> localRequests() {
    return LocalArbitraries.requests();
  }

  @Provide
  Arbitrary<Action> localActions() {
    return LocalArbitraries.actions();
  }
}
