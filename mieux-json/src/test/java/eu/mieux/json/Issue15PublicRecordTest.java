package eu.mieux.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.ActionCode;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionType;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (RULES.md §15): joint requests on the wire, older single-body request documents, Action
 * types, continuations and recorded reasons in the history.
 */
class Issue15PublicRecordTest extends JsonTestBase {

  private static final String BODY = "{'name':'Ministry of Youth','kind':'national_public_authority','country':'NE'}";
  private static final String NGO = "{'name':'GRASPI','kind':'civil_society_organisation','country':'NE'}";
  private static final String REST = "'partnerCountries':['NE'],'receivedOn':'2016-06-30','channel':'mieux_team',"
      + "'thematicAreas':['irregular_migration_and_thb'],'subTopics':[],'description':'Niger III'}";

  /** R-EL3e: a joint request is a list of requesting bodies, written and read back. */
  @Test
  void aJointRequestRoundTrips() {
    Request request = MieuxJson.read(a2q("{'requestingBodies':[" + BODY + "," + NGO + "]," + REST), Request.class);
    assertThat(request.requestingBodies()).extracting(RequestingBody::kind)
        .containsExactly(RequesterKind.NATIONAL_PUBLIC_AUTHORITY, RequesterKind.CIVIL_SOCIETY_ORGANISATION);
    assertThat(request.isJoint()).isTrue();
    assertThat(MieuxJson.write(request)).startsWith("{\"requestingBodies\":[{");
    assertThat(MieuxJson.read(MieuxJson.write(request), Request.class)).isEqualTo(request);
  }

  /** Older documents with one requestingBody object are read as a list of one and written in the new form. */
  @Test
  void anOlderSingleBodyDocumentIsStillRead() {
    Request request = MieuxJson.read(a2q("{'requestingBody':" + BODY + "," + REST), Request.class);
    assertThat(request.requestingBodies()).singleElement().extracting(RequestingBody::name).isEqualTo("Ministry of Youth");
    assertThat(MieuxJson.write(request)).contains("\"requestingBodies\":[").doesNotContain("\"requestingBody\"");
    assertThat(MieuxJson.readDocument(a2q("{'requestingBody':" + BODY + "," + REST).getBytes(
        java.nio.charset.StandardCharsets.UTF_8))).isInstanceOf(Document.OfRequest.class);
  }

  @Test
  void aRequestWithoutBodyIsRejected() {
    assertRejected(a2q("{'requestingBodies':[]," + REST), Request.class, "/requestingBodies", "requestingBodies must not be empty");
  }

  /** R-LC14, R-LC15: Action types, continuations and reasons travel; classic and empty lists stay out. */
  @Test
  void actionTypesContinuationsAndReasonsRoundTrip() {
    Action classic = Fixtures.minimalAction();
    assertThat(MieuxJson.write(classic)).doesNotContain("actionType").doesNotContain("jointRequesters")
        .doesNotContain("continues");
    Action plus = Action.builder().from(classic).actionType(ActionType.REGIONAL_CAPACITY_DEVELOPMENT_PARTNERSHIP)
        .continues(ActionCode.parse("2012-06"))
        .addJointRequester(RequestingBody.of("ASEAN partner", RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
            classic.partnerCountries().get(0)))
        .build();
    String json = MieuxJson.write(plus);
    assertThat(json).contains("\"actionType\":\"regional_capacity_development_partnership\"")
        .contains("\"continues\":\"2012-06\"").contains("\"jointRequesters\":[{");
    assertThat(MieuxJson.read(json, Action.class)).isEqualTo(plus);
  }

  @Test
  void holdsRecordTheirReason() {
    StatusChange hold = StatusChange.builder().event(LifecycleEvent.PUT_ON_HOLD).from(ActionStatus.IN_IMPLEMENTATION)
        .to(ActionStatus.ON_HOLD).date(LocalDate.of(2015, 5, 1)).reason("political context").build();
    String json = MieuxJson.write(hold);
    assertThat(json).isEqualTo(a2q("{'event':'put_on_hold','from':'in_implementation','to':'on_hold',"
        + "'date':'2015-05-01','reason':'political context'}"));
    assertThat(MieuxJson.read(json, StatusChange.class)).isEqualTo(hold);
    assertRejected(a2q("{'event':'close_early','from':'on_hold','to':'closed','date':'2017-01-01'}"),
        StatusChange.class, "/reason", "reason must be given for event close_early");
  }
}
