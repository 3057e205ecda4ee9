package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.evaluation.ActionFeedback;
import eu.mieux.model.evaluation.ActivityFeedback;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.Review;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterQuery;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.testing.ModelArbitraries;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.request.Request;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict reading: every unacceptable document is one MieuxJsonException with a pointer (issue 5). */
class MalformedInputTest extends JsonTestBase {

  private static final String ACTIVITY =
      "{'type':'workshop','startDate':'2013-01-10','endDate':'2013-01-11','expertIds':[]}";

  private static String action(String activities) {
    return a2q("{'title':'Strengthening cooperation on migration','sequelNumber':1,"
        + "'partnerCountries':['ID','PH','VN'],'requestingAuthority':{'name':'Commission on Filipinos "
        + "Overseas','kind':'national_public_authority','country':'PH'},'otherAuthorities':[],"
        + "'thematicAreas':['migration_and_development'],'subTopics':[],'phase':'mieux_ii',"
        + "'startDate':'2012-12-01','endDate':'2013-12-31','status':'closed','activities':[" + activities
        + "],'experts':[],'focalPoints':[],'deliverables':[]}");
  }

  private static String fourActivities(String fourth) {
    return action(String.join(",", ACTIVITY, ACTIVITY, ACTIVITY, fourth));
  }

  @Test
  void baseDocumentIsValid() {
    assertEquals(4, MieuxJson.read(fourActivities(ACTIVITY), Action.class).activities().size());
  }

  @Test
  void unknownEnumCodeListsValidCodes() {
    assertRejected(fourActivities(ACTIVITY.replace("workshop", "party")), Action.class,
        "/activities/3/type", "ActivityType code must be one of [", "fact_finding_mission", "but was 'party'");
  }

  @Test
  void enumCodesAreExact() {
    assertRejected(fourActivities(ACTIVITY.replace("workshop", "WORKSHOP")), Action.class,
        "/activities/3/type", "but was 'WORKSHOP'");
  }

  @Test
  void numberForEnumFails() {
    assertRejected(fourActivities(ACTIVITY.replace("'workshop'", "3")), Action.class,
        "/activities/3/type", "expected a ActivityType code string", "but was an integer");
  }

  @Test
  void unknownPropertyFails() {
    assertRejected(fourActivities(ACTIVITY.replace("{", "{'venue':'Manila',")), Action.class,
        "/activities/3/venue", "unknown property 'venue'", "expertIds");
  }

  @Test
  void unknownTopLevelPropertyFails() {
    assertRejected(action("").replace("{", a2q("{'budget':1,")), Action.class, "/budget",
        "unknown property 'budget'");
  }

  @Test
  void missingRequiredPropertyNamesIt() {
    assertRejected(fourActivities(ACTIVITY.replace("'type':'workshop',", "")), Action.class,
        "/activities/3/type", "required property 'type' is missing");
  }

  @Test
  void missingRequiredPropertiesAreAllNamed() {
    assertRejected(a2q("{'title':'x'}"), Action.class, "/requestingAuthority",
        "required properties [requestingAuthority, phase, startDate, status] are missing");
  }

  @Test
  void wrongTypeFails() {
    assertRejected(fourActivities(ACTIVITY.replace("'expertIds':[]", "'expertIds':'e1'")), Action.class,
        "/activities/3/expertIds", "expected an array", "but was a string");
  }

  @Test
  void stringForIntegerIsNotCoerced() {
    assertRejected(action("").replace(a2q("'sequelNumber':1"), a2q("'sequelNumber':'3'")), Action.class,
        "/sequelNumber", "but was a string");
  }

  @Test
  void floatForIntegerIsNotCoerced() {
    assertRejected(action("").replace(a2q("'sequelNumber':1"), a2q("'sequelNumber':1.0")), Action.class,
        "/sequelNumber");
  }

  @Test
  void integerForStringIsNotCoerced() {
    assertRejected(action("").replace(a2q("'Strengthening cooperation on migration'"), "1"), Action.class,
        "/title", "expected a string", "but was an integer");
  }

  @Test
  void booleanForStringIsNotCoerced() {
    assertRejected(action("").replace(a2q("'Strengthening cooperation on migration'"), "true"), Action.class,
        "/title", "expected a string", "but was a boolean");
  }

  @Test
  void nullFails() {
    assertRejected(fourActivities(ACTIVITY.replace("'workshop'", "null")), Action.class,
        "/activities/3/type", "null is not allowed");
  }

  @Test
  void nullElementFails() {
    assertRejected(action("null"), Action.class, "/activities/0", "null is not allowed");
  }

  @Test
  void badDateFails() {
    assertRejected(fourActivities(ACTIVITY.replace("2013-01-11", "2013-02-30")), Action.class,
        "/activities/3/endDate", "expected an existing ISO-8601 date 'YYYY-MM-DD', but was '2013-02-30'");
  }

  @Test
  void dateMustBeIsoText() {
    assertRejected(fourActivities(ACTIVITY.replace("2013-01-11", "11/01/2013")), Action.class,
        "/activities/3/endDate", "expected an ISO-8601 date 'YYYY-MM-DD'");
    assertRejected(fourActivities(ACTIVITY.replace("'2013-01-11'", "[2013,1,11]")), Action.class,
        "/activities/3/endDate", "expected an ISO-8601 date string", "but was an array");
    assertRejected(fourActivities(ACTIVITY.replace("'2013-01-11'", "1357862400")), Action.class,
        "/activities/3/endDate", "but was an integer");
  }

  @Test
  void badCountryFails() {
    assertRejected(action("").replace("'VN'".replace('\'', '"'), "\"XX\""), Action.class,
        "/partnerCountries/2", "known ISO 3166-1 alpha-2 code", "but was 'XX'");
    assertRejected(action("").replace("\"VN\"", "\"vn\""), Action.class, "/partnerCountries/2", "'vn'");
    assertRejected(action("").replace("\"VN\"", "\"VNM\""), Action.class, "/partnerCountries/2", "'VNM'");
  }

  @Test
  void brokenInvariantPointsAtTheObject() {
    assertRejected(fourActivities(ACTIVITY.replace("2013-01-11", "2013-01-09")), Action.class,
        "/activities/3/endDate", "model invariant broken", "endDate must be on or after startDate 2013-01-10");
  }

  @Test
  void brokenInvariantNamingAnElementPointsAtIt() {
    assertRejected(fourActivities(ACTIVITY.replace("2013-01-1", "2014-01-1")), Action.class,
        "/activities/3", "activities[3] must lie within the Action's period");
    assertRejected(action("").replace("\"VN\"", "\"PH\""), Action.class, "/partnerCountries/2",
        "partnerCountries must not hold duplicates");
    assertRejected(fourActivities(ACTIVITY.replace("'expertIds':[]", "'expertIds':['e9']")), Action.class,
        "/activities/3/expertIds", "'e9' is not in experts");
  }

  @Test
  void countryDecisionThatDoesNotHoldOnTheRequestDatePointsAtIt() {
    String decision = MieuxJson.write(Fixtures.requestDecision());
    assertRejected(decision.replace("\"date\":\"2016-05-10\"", "\"date\":\"2019-01-01\""),
        eu.mieux.model.decision.RequestDecision.class, "/countries/0",
        "countries[0] must hold on date 2019-01-01, but holds from 2014-01-01 until 2017-12-31");
  }

  @Test
  void repeatedSetElementFails() {
    assertRejected(a2q("{'draftedBy':['mieux_team','mieux_team']}"), ActionFiche.class, "/draftedBy/1",
        "must not repeat", "mieux_team");
  }

  @Test
  void duplicateKeyFails() {
    assertRejected(action("").replace(a2q("'sequelNumber':1"), a2q("'sequelNumber':1,'sequelNumber':2")),
        Action.class, "/sequelNumber", "Duplicate field 'sequelNumber'");
  }

  @Test
  void trailingTokensFail() {
    assertRejected(action("") + " {}", Action.class, "", "expected the end of input");
  }

  @Test
  void emptyInputFails() {
    assertRejected("", Action.class, "", "the input is empty");
    assertRejected("   ", Request.class, "", "the input is empty");
  }

  @Test
  void arrayForDocumentFails() {
    assertRejected("[]", Action.class, "", "expected an object (Action)", "but was an array");
  }

  @Test
  void truncatedInputFails() {
    String json = fourActivities(ACTIVITY);
    assertRejected(json.substring(0, json.indexOf("endDate", json.indexOf("activities"))), Action.class,
        "/activities/0", "truncated");
  }

  @Test
  void malformedJsonFails() {
    assertRejected(a2q("{'title':'x',}"), Action.class, "/title", "malformed JSON");
    assertRejected(a2q("{'title':'x' 'phase':'mieux_i'}"), Action.class, "/title", "malformed JSON");
  }

  @Test
  void randomBytesFail() {
    byte[] bytes = {(byte) 0xff, (byte) 0xfe, 0, 0, 0x7b, 0x22};
    MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> MieuxJson.read(bytes, Action.class));
    assertEquals("", e.pointer());
  }

  @Test
  void reasonQualityMustBeConsistent() {
    String reason = a2q("{'ruleId':'R-EL1','outcome':'yes','message':'m','legalBases':[],'quality':'%s'}");
    assertEquals(MieuxJson.read(String.format(reason, "verified"), Reason.class),
        MieuxJson.read(a2q("{'ruleId':'R-EL1','outcome':'yes','message':'m','legalBases':[]}"), Reason.class));
    assertRejected(String.format(reason, "proxy"), Reason.class, "/quality",
        "quality must be the worst quality of legalBases, 'verified', but was 'proxy'");
    assertRejected(a2q("{'outcome':'yes','reasons':[{'ruleId':'R EL1','outcome':'yes','message':'m'}]}"),
        Decision.class, "/reasons/0/ruleId", "'R EL1'");
    assertRejected(a2q("{'outcome':'yes','reasons':[{'ruleId':'R-EL1','outcome':'yes'}]}"),
        Decision.class, "/reasons/0/message", "required property 'message' is missing");
  }

  @Test
  void pointerEscapesNames() {
    assertRejected(a2q("{'a/b~c':1}"), Decision.class, "/a~1b~0c", "unknown property 'a/b~c'");
  }

  @Test
  void tooDeepNestingFails() {
    String deep = "[".repeat(100) + "]".repeat(100);
    MieuxJsonException e = assertThrows(MieuxJsonException.class,
        () -> MieuxJson.readDocument(a2q("{'notes':" + deep + "}").getBytes(StandardCharsets.UTF_8)));
    assertEquals(true, e.getMessage().contains("limit") || e.getMessage().contains("nesting"), e.getMessage());
  }

  @Test
  void tooLongDocumentFails() {
    byte[] big = new byte[MieuxJson.MAX_DOCUMENT_LENGTH + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    assertRejected(new String(big, StandardCharsets.US_ASCII), Action.class, "", "at most 4194304 bytes");
  }

  @Test
  void tooLongNumberFails() {
    MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> MieuxJson.read(
        action("").replace(a2q("'sequelNumber':1"), a2q("'sequelNumber':1" + "0".repeat(200))), Action.class));
    assertEquals(true, e.getMessage().contains("limit") || e.getMessage().contains("length"), e.getMessage());
  }

  // documents added for issues 7 and 9: the same strictness, the same pointers

  @Test
  void brokenHistoryChainPointsAtTheChange() {
    String json = MieuxJson.write(Fixtures.withHistory());
    assertRejected(json.replace(a2q("'event':'approve','from':'fiche_drafted'"), a2q("'event':'approve','from':'request_received'")),
        Action.class, "/history/1/from", "history[1].from must be FICHE_DRAFTED", "but was REQUEST_RECEIVED");
    assertRejected(json.replace(a2q("'approve'"), a2q("'approved'")), Action.class, "/history/1/event",
        "LifecycleEvent code must be one of [", "but was 'approved'");
    assertRejected(json.replace(a2q("'status':'closed'"), a2q("'status':'in_evaluation'")), Action.class, "/status",
        "status must be CLOSED, the state the history led to");
  }

  @Test
  void caseStudyEvidenceMustSupportACreditedCharacteristic() {
    String json = MieuxJson.write(Fixtures.caseStudy());
    assertRejected(json.replace(a2q("'credited':['results_oriented','integration']"), a2q("'credited':['results_oriented']")),
        CaseStudy.class, "/evidence/0", "evidence[0] must support a credited characteristic");
    assertRejected(json.replace(a2q("'credited':['results_oriented','integration']"),
        a2q("'credited':['integration','integration']")), CaseStudy.class, "/credited/1", "must not repeat");
    assertRejected(json.replace(a2q("'fits_national_plan'"), a2q("'FITS_NATIONAL_PLAN'")), CaseStudy.class,
        "/evidence/0/kind", "EvidenceKind code must be one of [");
  }

  @Test
  void goodPracticeOutcomeMustFollowFromTheScores() {
    GoodPracticeAssessment assessment = ModelArbitraries.goodPracticeAssessments().sample();
    String other = assessment.outcome() == Outcome.YES ? "no" : "yes";
    assertRejected(MieuxJson.write(assessment).replace(a2q(",'outcome':'" + assessment.outcome().code() + "'"),
        a2q(",'outcome':'" + other + "'")), GoodPracticeAssessment.class, "/outcome", "outcome must be");
  }

  @Test
  void rosterErrorsPointIntoTheMember() {
    String json = MieuxJson.write(Fixtures.roster());
    assertRejected(json.replace(a2q("'languages':['es']"), a2q("'languages':['ES']")), Roster.class,
        "/members/0/languages/0", "languages[0] must be an ISO 639 code", "'ES'");
    assertRejected(json.replace(a2q("'score':4"), a2q("'score':'4'")), Roster.class,
        "/members/0/deployments/0/evaluation/score", "expected an integer", "but was a string");
    assertRejected(json.replace(a2q("'evaluatedOn':'2017-03-20'"), a2q("'evaluatedOn':'2017-03-01'")), Roster.class,
        "/members/0/deployments/0", "evaluation.evaluatedOn must be on or after endDate 2017-03-10");
  }

  @Test
  void rankingErrorsPointAtTheCandidate() {
    String decision = a2q("{'outcome':'yes','reasons':[{'ruleId':'E1','outcome':'yes','message':'m'}]}");
    assertRejected(a2q("{'dates':[],'candidates':[{'rank':2,'expertId':'ex-1','eligibility':" + decision
        + ",'points':3,'reasons':[]}]}"), ExpertRanking.class, "/candidates/0/rank", "candidates[0].rank must be 1");
    assertRejected(a2q("{'candidates':[{'rank':1,'expertId':'ex-1','eligibility':{'outcome':'yes','reasons':[]},"
        + "'points':3}]}"), ExpertRanking.class, "/candidates/0/eligibility", "eligibility must have reasons");
  }

  @Test
  void evaluationErrorsNameTheCriterionAndTheFeedback() {
    String json = MieuxJson.write(Fixtures.evaluation());
    assertRejected(json.replace(a2q("'relevance'"), a2q("'impact'")), Evaluation.class, "/scores/0/criterion",
        "scores[0].criterion must be one of");
    assertRejected(json.replace(a2q("'score':5"), a2q("'score':5.0")), Evaluation.class, "/scores/0/score");
    assertRejected(a2q("{'source':'expert','receivedOn':'2017-03-01'}"), ActionFeedback.class, "",
        "rating or comment must be given");
    assertRejected(a2q("{'activityIndex':-1,'receivedOn':'2017-03-01','rating':3}"), ActivityFeedback.class,
        "/activityIndex", "activityIndex must be at least 0");
    assertRejected(a2q("{'frequency':'quarterly','period':'2017-02-01/2017-04-30'}"), Review.class, "/period",
        "period must be one calendar period of 3 months");
  }

  @Test
  void registerYearsAreIntegers() {
    String json = MieuxJson.write(Fixtures.registerEntry());
    assertRejected(json.replace(a2q("'firstYear':2016"), a2q("'firstYear':'2016'")), RegisterEntry.class,
        "/firstYear", "expected a year, an integer such as 2014", "but was a string");
    assertRejected(json.replace(a2q("'firstYear':2016"), a2q("'firstYear':20160")), RegisterEntry.class,
        "/firstYear", "expected a year from 1000 to 9999, but was 20160");
    assertRejected(json.replace(a2q("'lastYear':2017"), a2q("'lastYear':2015")), RegisterEntry.class,
        "/lastYear", "lastYear must not be before firstYear 2016");
    assertRejected(json.replace(a2q("'caseStudyNumber':7,"), ""), RegisterEntry.class, "/caseStudyNumber",
        "caseStudyNumber must be given exactly for case studies");
    assertRejected(a2q("{'region':'europe'}"), RegisterQuery.class, "/region", "Region code must be one of [");
  }

  @Test
  void assessmentFindingPathMustBeAPointer() {
    assertRejected(MieuxJson.write(Fixtures.assessment()).replace(a2q("'path':'/partnerCountries/0'"),
        a2q("'path':'partnerCountries'")), Assessment.class, "/findings/0/path", "path must be empty or start with '/'");
  }
}
