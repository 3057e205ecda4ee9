package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.mieux.model.Coded;
import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.CapacityLevel;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.evaluation.ActionFeedback;
import eu.mieux.model.evaluation.ActionFeedbackSource;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.EvaluationCriterion;
import eu.mieux.model.evaluation.EvaluationFramework;
import eu.mieux.model.evaluation.Review;
import eu.mieux.model.evaluation.ReviewFrequency;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.practice.AssessmentStatus;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.EvidenceKind;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterEntryKind;
import eu.mieux.model.register.RegisterQuery;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schemas: ids, enum lists generated from the Java enums, conformance both ways. */
class JsonSchemasTest extends JsonTestBase {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<JsonSchemas, JsonSchema> SCHEMAS = new EnumMap<>(JsonSchemas.class);

  /** Each $defs entry that lists codes, and the Java enum it must list. */
  private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
      Map.entry("channel", Channel.class), Map.entry("requesterKind", RequesterKind.class),
      Map.entry("thematicArea", ThematicArea.class), Map.entry("subTopic", SubTopic.class),
      Map.entry("phase", Phase.class), Map.entry("actionStatus", ActionStatus.class),
      Map.entry("activityType", ActivityType.class), Map.entry("capacityLevel", CapacityLevel.class),
      Map.entry("ficheParty", FicheParty.class), Map.entry("deliverableType", DeliverableType.class),
      Map.entry("expertOrigin", ExpertOrigin.class), Map.entry("expertProfile", ExpertProfile.class),
      Map.entry("outcome", Outcome.class), Map.entry("dataQuality", DataQuality.class),
      Map.entry("instrument", Instrument.class), Map.entry("country", Country.class),
      Map.entry("lifecycleEvent", LifecycleEvent.class), Map.entry("severity", Severity.class),
      Map.entry("evidenceKind", EvidenceKind.class),
      Map.entry("goodPracticeCharacteristic", GoodPracticeCharacteristic.class),
      Map.entry("assessmentStatus", AssessmentStatus.class),
      Map.entry("actionFeedbackSource", ActionFeedbackSource.class),
      Map.entry("evaluationCriterion", EvaluationCriterion.class),
      Map.entry("evaluationFramework", EvaluationFramework.class),
      Map.entry("reviewFrequency", ReviewFrequency.class), Map.entry("region", Region.class),
      Map.entry("registerEntryKind", RegisterEntryKind.class));

  static synchronized JsonSchema schema(JsonSchemas which) {
    return SCHEMAS.computeIfAbsent(which, w -> {
      try (InputStream in = w.openStream()) {
        return FACTORY.getSchema(in);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  static Set<ValidationMessage> validate(JsonSchemas which, String json) {
    try {
      return schema(which).validate(mapper().readTree(json));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static JsonNode tree(JsonSchemas which) {
    try (InputStream in = which.openStream()) {
      return mapper().readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void idsAreStableAndVersioned() {
    for (JsonSchemas which : JsonSchemas.values()) {
      JsonNode schema = tree(which);
      assertEquals(which.id().toString(), schema.get("$id").asText());
      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
      assertTrue(which.resource().toString().endsWith(which.resourceName()));
    }
    assertEquals("https://schemas.mieux.eu/json/v1/request.schema.json", JsonSchemas.REQUEST.id().toString());
    assertEquals("https://schemas.mieux.eu/json/v1/action.schema.json", JsonSchemas.ACTION.id().toString());
    assertEquals("https://schemas.mieux.eu/json/v1/decision.schema.json", JsonSchemas.DECISION.id().toString());
    assertEquals(JsonSchemas.DECISION, JsonSchemas.forType(Fixtures.countryDecision().getClass()).orElseThrow());
    assertEquals("https://schemas.mieux.eu/json/v1/case-study.schema.json", JsonSchemas.CASE_STUDY.id().toString());
    assertEquals("https://schemas.mieux.eu/json/v1/good-practice-assessment.schema.json",
        JsonSchemas.GOOD_PRACTICE_ASSESSMENT.id().toString());
    assertEquals("https://schemas.mieux.eu/json/v1/roster.schema.json", JsonSchemas.ROSTER.id().toString());
    assertEquals("https://schemas.mieux.eu/json/v1/evaluation.schema.json", JsonSchemas.EVALUATION.id().toString());
    assertEquals("https://schemas.mieux.eu/json/v1/register.schema.json", JsonSchemas.REGISTER.id().toString());
    assertEquals(JsonSchemas.DECISION, JsonSchemas.forType(Assessment.class).orElseThrow());
    assertEquals(JsonSchemas.ROSTER, JsonSchemas.forType(ExpertRanking.class).orElseThrow());
    assertEquals(JsonSchemas.EVALUATION, JsonSchemas.forType(Review.class).orElseThrow());
    assertEquals(JsonSchemas.REGISTER, JsonSchemas.forType(RegisterQuery.class).orElseThrow());
  }

  /** Fails when a schema's code list and its Java enum diverge, and says how to fix it. */
  @Test
  void enumListsAreTheJavaEnums() {
    List<String> problems = new ArrayList<>();
    for (JsonSchemas which : JsonSchemas.values()) {
      JsonNode defs = tree(which).get("$defs");
      defs.fieldNames().forEachRemaining(name -> {
        JsonNode def = defs.get(name);
        if (def.has("enum")) {
          Class<? extends Enum<?>> type = ENUMS.get(name);
          if (type == null) {
            problems.add(which.fileName() + " $defs/" + name + " lists codes of no known enum");
            return;
          }
          List<String> expected = Stream.of(type.getEnumConstants())
              .map(c -> c instanceof Coded coded ? coded.code() : ((Country) c).alpha2())
              .collect(Collectors.toList());
          List<String> actual = new ArrayList<>();
          def.get("enum").forEach(n -> actual.add(n.asText()));
          if (!expected.equals(actual)) {
            problems.add(which.fileName() + " $defs/" + name + "/enum must be " + expected + " (from "
                + type.getName() + "), but was " + actual);
          }
        }
      });
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    // every enum that appears in the wire format is listed somewhere
    assertEquals(ENUMS.size(), Stream.of(JsonSchemas.values())
        .flatMap(w -> { List<String> n = new ArrayList<>(); tree(w).get("$defs").fieldNames().forEachRemaining(n::add);
          return n.stream(); })
        .filter(ENUMS::containsKey).distinct().count());
  }

  @Test
  void fixturesValidate() {
    for (Object value : List.of(Fixtures.detailedAction(), Fixtures.minimalAction(), Fixtures.request(),
        Fixtures.decision(), Fixtures.countryDecision(), Fixtures.requestDecision(), Fixtures.withHistory(),
        Fixtures.assessment(), Fixtures.caseStudy(), Fixtures.roster(), Fixtures.evaluation(),
        Fixtures.registerEntry())) {
      JsonSchemas which = JsonSchemas.forType(value.getClass()).orElseThrow();
      assertEquals(Set.of(), validate(which, MieuxJson.write(value)), value.toString());
    }
  }

  @Property(tries = 300)
  void writtenRequestsValidate(@ForAll("requests") Request request) {
    assertEquals(Set.of(), validate(JsonSchemas.REQUEST, MieuxJson.write(request)));
  }

  @Property(tries = 300)
  void writtenActionsValidate(@ForAll("actions") Action action) {
    assertEquals(Set.of(), validate(JsonSchemas.ACTION, MieuxJson.write(action)));
  }

  @Property(tries = 300)
  void writtenDecisionsValidate(@ForAll("decisions") Object decision) {
    assertEquals(Set.of(), validate(JsonSchemas.DECISION, MieuxJson.write(decision)));
  }

  @Property(tries = 300)
  void writtenAssessmentsValidate(@ForAll("assessments") Assessment assessment) {
    assertEquals(Set.of(), validate(JsonSchemas.DECISION, MieuxJson.write(assessment)));
  }

  @Property(tries = 200)
  void writtenCaseStudiesValidate(@ForAll("caseStudies") CaseStudy caseStudy) {
    assertEquals(Set.of(), validate(JsonSchemas.CASE_STUDY, MieuxJson.write(caseStudy)));
  }

  @Property(tries = 200)
  void writtenGoodPracticeAssessmentsValidate(@ForAll("goodPracticeAssessments") GoodPracticeAssessment assessment) {
    assertEquals(Set.of(), validate(JsonSchemas.GOOD_PRACTICE_ASSESSMENT, MieuxJson.write(assessment)));
  }

  @Property(tries = 300)
  void writtenRosterDocumentsValidate(@ForAll("rosterDocuments") Object document) {
    assertEquals(Set.of(), validate(JsonSchemas.ROSTER, MieuxJson.write(document)));
  }

  @Property(tries = 300)
  void writtenEvaluationDocumentsValidate(@ForAll("evaluationDocuments") Object document) {
    assertEquals(Set.of(), validate(JsonSchemas.EVALUATION, MieuxJson.write(document)));
  }

  @Property(tries = 300)
  void writtenRegisterDocumentsValidate(@ForAll("registerDocuments") Object document) {
    assertEquals(Set.of(), validate(JsonSchemas.REGISTER, MieuxJson.write(document)));
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
  Arbitrary<Object> rosterDocuments() {
    return net.jqwik.api.Arbitraries.oneOf(ModelArbitraries.rosters(), ModelArbitraries.expertRankings());
  }

  @Provide
  Arbitrary<Object> evaluationDocuments() {
    return net.jqwik.api.Arbitraries.oneOf(ModelArbitraries.evaluations(), ModelArbitraries.activityFeedback(),
        ModelArbitraries.actionFeedback(), ModelArbitraries.reviews());
  }

  @Provide
  Arbitrary<Object> registerDocuments() {
    return net.jqwik.api.Arbitraries.oneOf(ModelArbitraries.registerEntries(), ModelArbitraries.registerQueries());
  }

  @Provide
  Arbitrary<Request> requests() {
    return net.jqwik.api.Arbitraries.oneOf(LocalArbitraries.requests(), ModelArbitraries.requests());
  }

  @Provide
  Arbitrary<Action> actions() {
    return net.jqwik.api.Arbitraries.oneOf(LocalArbitraries.actions(), ModelArbitraries.actions());
  }

  @Provide
  Arbitrary<Object> decisions() {
    return net.jqwik.api.Arbitraries.oneOf(LocalArbitraries.decisions(), LocalArbitraries.countryDecisions(),
        LocalArbitraries.requestDecisions(), ModelArbitraries.decisions(), ModelArbitraries.countryDecisions(),
        ModelArbitraries.requestDecisions());
  }

  static Stream<Arguments> rejected() {
    String request = MieuxJson.write(Fixtures.request());
    String action = MieuxJson.write(Fixtures.detailedAction());
    String decision = MieuxJson.write(Fixtures.countryDecision());
    String historyAction = MieuxJson.write(Fixtures.withHistory());
    String assessment = MieuxJson.write(Fixtures.assessment());
    String caseStudy = MieuxJson.write(Fixtures.caseStudy());
    String roster = MieuxJson.write(Fixtures.roster());
    String evaluation = MieuxJson.write(Fixtures.evaluation());
    String register = MieuxJson.write(Fixtures.registerEntry());
    return Stream.of(
        Arguments.of("unknown property", JsonSchemas.REQUEST, Request.class,
            request.replace("{\"requestingBodies\"", "{\"priority\":1,\"requestingBodies\"")),
        Arguments.of("unknown nested property", JsonSchemas.ACTION, Action.class,
            action.replace("{\"type\":\"workshop\"", "{\"type\":\"workshop\",\"room\":\"B\"")),
        Arguments.of("wrong type", JsonSchemas.ACTION, Action.class,
            action.replace("\"sequelNumber\":1", "\"sequelNumber\":\"1\"")),
        Arguments.of("wrong type: number for string", JsonSchemas.REQUEST, Request.class,
            request.replace("\"Second National Integration Plan 2018-2022\"", "2018")),
        Arguments.of("wrong type: string for list", JsonSchemas.ACTION, Action.class,
            action.replace("\"partnerCountries\":[\"PH\"]", "\"partnerCountries\":\"PH\"")),
        Arguments.of("null", JsonSchemas.REQUEST, Request.class,
            request.replace("\"followUpOf\":\"2014-05\"", "\"followUpOf\":null")),
        Arguments.of("unknown enum code", JsonSchemas.ACTION, Action.class,
            action.replace("\"workshop\"", "\"seminar\"")),
        Arguments.of("enum code in upper case", JsonSchemas.REQUEST, Request.class,
            request.replace("\"eu_delegation\"", "\"EU_DELEGATION\"")),
        Arguments.of("unknown country", JsonSchemas.ACTION, Action.class,
            action.replace("\"nationality\":\"NL\"", "\"nationality\":\"XX\"")),
        Arguments.of("country in lower case", JsonSchemas.DECISION, CountryDecision.class,
            decision.replace("\"country\":\"CR\",\"holdsFrom\"", "\"country\":\"cr\",\"holdsFrom\"")),
        Arguments.of("missing required", JsonSchemas.REQUEST, Request.class,
            request.replace(",\"channel\":\"eu_delegation\"", "")),
        Arguments.of("missing required nested", JsonSchemas.ACTION, Action.class,
            action.replace("{\"type\":\"workshop\",", "{")),
        Arguments.of("bad date pattern", JsonSchemas.REQUEST, Request.class,
            request.replace("2016-05-10", "10/05/2016")),
        Arguments.of("bad month", JsonSchemas.ACTION, Action.class,
            action.replace("2010-03-01", "2010-13-01")),
        Arguments.of("bad action code", JsonSchemas.REQUEST, Request.class,
            request.replace("2014-05", "2014-5")),
        Arguments.of("blank text", JsonSchemas.REQUEST, Request.class,
            request.replace("\"Second National Integration Plan 2018-2022\"", "\"  \"")),
        Arguments.of("empty partner countries", JsonSchemas.REQUEST, Request.class,
            request.replace("\"partnerCountries\":[\"CR\"]", "\"partnerCountries\":[]")),
        Arguments.of("repeated partner country", JsonSchemas.REQUEST, Request.class,
            request.replace("\"partnerCountries\":[\"CR\"]", "\"partnerCountries\":[\"CR\",\"CR\"]")),
        Arguments.of("repeated set element", JsonSchemas.ACTION, Action.class,
            action.replace("\"capacityLevels\":[\"individual\"", "\"capacityLevels\":[\"individual\",\"individual\"")),
        Arguments.of("country missing for a national body", JsonSchemas.REQUEST, Request.class,
            request.replace(",\"country\":\"CR\"}", "}")),
        Arguments.of("instruments without yes", JsonSchemas.DECISION, CountryDecision.class,
            decision.replace("\"outcome\":\"yes\",\"instruments\"", "\"outcome\":\"no\",\"instruments\"")),
        Arguments.of("empty accepted qualities", JsonSchemas.DECISION, CountryDecision.class,
            decision.replace("\"acceptedQualities\":[\"verified\",\"unverified\"]", "\"acceptedQualities\":[]")),
        Arguments.of("bad period", JsonSchemas.DECISION, Decision.class,
            MieuxJson.write(Fixtures.decision()).replace("2014-01-01/2020-12-31", "2014/2020")),
        Arguments.of("decision with an extra property", JsonSchemas.DECISION, RequestDecision.class,
            MieuxJson.write(Fixtures.requestDecision()).replace("{\"date\"", "{\"country\":\"CR\",\"date\"")),
        Arguments.of("history: unknown event", JsonSchemas.ACTION, Action.class,
            historyAction.replace("\"approve\"", "\"approved\"")),
        Arguments.of("history: change without date", JsonSchemas.ACTION, Action.class,
            historyAction.replace(",\"date\":\"2009-12-01\"", "")),
        Arguments.of("finding: path not a pointer", JsonSchemas.DECISION, Assessment.class,
            assessment.replace("\"path\":\"/partnerCountries/0\"", "\"path\":\"partnerCountries\"")),
        Arguments.of("finding: unknown severity", JsonSchemas.DECISION, Assessment.class,
            assessment.replace("\"error\"", "\"fatal\"")),
        Arguments.of("case study: nothing credited", JsonSchemas.CASE_STUDY, CaseStudy.class,
            caseStudy.replaceFirst("\"credited\":\\[[^\\]]*\\]", "\"credited\":[]")),
        Arguments.of("case study: number 17", JsonSchemas.CASE_STUDY, CaseStudy.class,
            caseStudy.replace("{\"number\":7,", "{\"number\":17,")),
        Arguments.of("case study: unknown evidence kind", JsonSchemas.CASE_STUDY, CaseStudy.class,
            caseStudy.replace("\"fits_national_plan\"", "\"fits_plan\"")),
        Arguments.of("roster: bad language code", JsonSchemas.ROSTER, Roster.class,
            roster.replace("\"languages\":[\"es\"]", "\"languages\":[\"Spanish\"]")),
        Arguments.of("roster: score out of range", JsonSchemas.ROSTER, Roster.class,
            roster.replace("\"score\":4", "\"score\":6")),
        Arguments.of("feedback: neither rating nor comment", JsonSchemas.EVALUATION, ActionFeedback.class,
            a2q("{'source':'expert','receivedOn':'2017-03-01'}")),
        Arguments.of("evaluation: unknown framework", JsonSchemas.EVALUATION, Evaluation.class,
            evaluation.replace("\"rom\"", "\"oecd\"")),
        Arguments.of("register: year as a string", JsonSchemas.REGISTER, RegisterEntry.class,
            register.replace("\"firstYear\":2016", "\"firstYear\":\"2016\"")),
        Arguments.of("register: case study without number", JsonSchemas.REGISTER, RegisterEntry.class,
            register.replace("\"caseStudyNumber\":7,", "")),
        Arguments.of("register: bad slug", JsonSchemas.REGISTER, RegisterEntry.class,
            register.replace("\"urlSlugs\":[\"154-costa-rica-ii\"]", "\"urlSlugs\":[\"Costa Rica\"]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectedByBindingAndSchema(String name, JsonSchemas which, Class<?> type, String json) {
    assertThrows(MieuxJsonException.class, () -> MieuxJson.read(json, type), name);
    assertFalse(validate(which, json).isEmpty(), () -> name + ": the schema accepts " + json);
  }
}
