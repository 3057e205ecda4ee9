package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterQuery;
import eu.mieux.model.request.Request;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code read(write(x)).equals(x)} for every top-level document type, over the model's own
 * generators ({@code ModelArbitraries}), plus the JSON-minded local generators (escapes, non-ASCII,
 * every optional absent or present) for requests and actions (issue 5); and the same for the
 * documents added since: action histories, assessments, case studies, good-practice assessments,
 * roster, evaluation and register documents (issues 7 and 9).
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

  @Property(tries = 1000)
  void actionHistoriesRoundTrip(@ForAll("actionsWithHistory") Action action) {
    assertEquals(action.history(), MieuxJson.read(MieuxJson.write(action), Action.class).history());
  }

  @Property(tries = 1000)
  void assessmentsRoundTrip(@ForAll("assessments") Assessment assessment) {
    assertEquals(assessment, MieuxJson.read(MieuxJson.write(assessment), Assessment.class));
  }

  @Property(tries = 300)
  void caseStudiesRoundTrip(@ForAll("caseStudies") CaseStudy caseStudy) {
    assertEquals(caseStudy, MieuxJson.read(MieuxJson.writeBytes(caseStudy), CaseStudy.class));
  }

  @Property(tries = 300)
  void goodPracticeAssessmentsRoundTrip(@ForAll("goodPracticeAssessments") GoodPracticeAssessment assessment) {
    assertEquals(assessment, MieuxJson.read(MieuxJson.write(assessment), GoodPracticeAssessment.class));
  }

  @Property(tries = 1000)
  void rostersRoundTrip(@ForAll("rosters") Roster roster) {
    assertEquals(roster, MieuxJson.read(MieuxJson.write(roster), Roster.class));
  }

  @Property(tries = 1000)
  void expertRankingsRoundTrip(@ForAll("expertRankings") ExpertRanking ranking) {
    assertEquals(ranking, MieuxJson.read(MieuxJson.write(ranking), ExpertRanking.class));
  }

  @Property(tries = 1000)
  void evaluationsRoundTrip(@ForAll("evaluations") Evaluation evaluation) {
    assertEquals(evaluation, MieuxJson.read(MieuxJson.write(evaluation), Evaluation.class));
  }

  @Property(tries = 1000)
  void feedbackAndReviewsRoundTrip(@ForAll("feedbackAndReviews") Object value) {
    assertEquals(value, MieuxJson.read(MieuxJson.write(value), JsonSchemas.EVALUATION.types().stream()
        .filter(t -> t.isInstance(value)).findFirst().orElseThrow()));
  }

  @Property(tries = 1000)
  void registerEntriesRoundTrip(@ForAll("registerEntries") RegisterEntry entry) {
    assertEquals(entry, MieuxJson.read(MieuxJson.write(entry), RegisterEntry.class));
  }

  @Property(tries = 1000)
  void registerQueriesRoundTrip(@ForAll("registerQueries") RegisterQuery query) {
    assertEquals(query, MieuxJson.read(MieuxJson.write(query), RegisterQuery.class));
  }

  @Provide
  Arbitrary<Action> actionsWithHistory() {
    return ModelArbitraries.actions().filter(a -> !a.history().isEmpty());
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return ModelArbitraries.assessments();
  }

  @Provide
  Arbitrary<CaseStudy> caseStudies() {
    return ModelArbitraries.caseStudies();
  }

  @Provide
  Arbitrary<GoodPracticeAssessment> goodPracticeAssessments() {
    return ModelArbitraries.goodPracticeAssessments();
  }

  @Provide
  Arbitrary<Roster> rosters() {
    return ModelArbitraries.rosters();
  }

  @Provide
  Arbitrary<ExpertRanking> expertRankings() {
    return ModelArbitraries.expertRankings();
  }

  @Provide
  Arbitrary<Evaluation> evaluations() {
    return ModelArbitraries.evaluations();
  }

  @Provide
  Arbitrary<Object> feedbackAndReviews() {
    return Arbitraries.oneOf(ModelArbitraries.activityFeedback(), ModelArbitraries.actionFeedback(),
        ModelArbitraries.reviews());
  }

  @Provide
  Arbitrary<RegisterEntry> registerEntries() {
    return ModelArbitraries.registerEntries();
  }

  @Provide
  Arbitrary<RegisterQuery> registerQueries() {
    return ModelArbitraries.registerQueries();
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
