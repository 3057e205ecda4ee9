package eu.mieux.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Tests the invariants of {@link CaseStudy} and {@link Evidence}. */
class CaseStudyTest {

  private static final Action ACTION = Action.builder().title("Test").phase(Phase.MIEUX_III)
      .startDate(LocalDate.of(2017, 1, 1)).status(ActionStatus.CLOSED)
      .addPartnerCountry(Country.JO).addThematicArea(ThematicArea.IRREGULAR_MIGRATION_AND_THB)
      .requestingAuthority(RequestingBody.of("MoSD", RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
          Country.JO))
      .build();
  private static final Evidence SOP = Evidence.of(EvidenceKind.SOP_OR_MANUAL_ADOPTED, "SOPs",
      "003_c3246053945df94a.txt:2368");

  @Test
  void creditedCharacteristicNeedsEvidence() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CaseStudy.builder()
        .number(12).title("Jordan").source("003:2309").action(ACTION).addEvidence(SOP)
        .addCredited(GoodPracticeCharacteristic.RESULTS_ORIENTED, GoodPracticeCharacteristic.CATALYST)
        .build());
    assertEquals("credited must only hold characteristics with evidence, but CATALYST has none",
        e.getMessage());
  }

  @Test
  void evidenceNotCreditedMustBeOutsideThePanel() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CaseStudy.builder()
        .number(12).title("Jordan").source("003:2309").action(ACTION).addEvidence(SOP)
        .addEvidenceNotCredited(SOP).addCredited(GoodPracticeCharacteristic.RESULTS_ORIENTED)
        .build());
    assertEquals("evidenceNotCredited[0] must support a characteristic outside credited"
        + " [RESULTS_ORIENTED], but supports RESULTS_ORIENTED", e.getMessage());
  }

  @Test
  void numberIsOneToSixteen() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CaseStudy.builder()
        .number(17).title("Jordan").source("003:2309").action(ACTION).addEvidence(SOP)
        .addCredited(GoodPracticeCharacteristic.RESULTS_ORIENTED).build());
    assertEquals("number must be between 1 and 16, but was 17", e.getMessage());
  }

  @Test
  void evidenceStatementMustNotBeBlank() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Evidence.of(EvidenceKind.FOLLOW_UP_REQUEST, " ", "003:1822"));
    assertEquals("statement must not be blank, but was ' '", e.getMessage());
  }
}
