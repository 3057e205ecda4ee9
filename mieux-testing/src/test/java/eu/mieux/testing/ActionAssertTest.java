package eu.mieux.testing;

import static eu.mieux.testing.Failures.messageOf;
import static eu.mieux.testing.MieuxAssertions.assertThat;

import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ActionAssertTest {

  static List<Action> actions() {
    return MieuxFixtures.caseStudyActions();
  }

  /** The 16 case-study Actions of RULES.md §6.3 break no blocking rule. */
  @ParameterizedTest
  @MethodSource("actions")
  void everyCaseStudyActionSatisfiesAllRules(Action action) {
    assertThat(action).inPortfolio(MieuxFixtures.caseStudyActions()).satisfiesAllRules();
  }

  @Test
  void theSeedActionsSatisfyAllRules() {
    assertThat(MieuxFixtures.philippines()).satisfiesAllRules();
    assertThat(MieuxFixtures.southEastAsia()).satisfiesAllRules();
    assertThat(MieuxFixtures.thailand()).satisfiesAllRules();
  }

  /** The case study records neither an Action Fiche nor the Activities (000:120-138 are not dated). */
  @Test
  void withoutWarningsListsEveryWarning() {
    String message = messageOf(() -> assertThat(MieuxFixtures.philippines()).satisfiesAllRules().withoutWarnings());
    Assertions.assertThat(message)
        .startsWith("Expected Action 'Communicating better with migrants' in [PH] to raise no warning, but 2"
            + " warnings were raised:")
        .contains("1. R-LC2 WARNING at /fiche: an approved Action has no Action Fiche recorded")
        .contains("source: MIEUX annual report 2018, \"Glossaire de MIEUX\"; 10-year report 'Créer des liens' (2020), \"Glossaire\", p. 11-16")
        .contains("2. R-LC11 WARNING at /activities:")
        .contains("legal basis: R-LC11: an Action normally groups six or seven Activities");
  }

  @Test
  void satisfiesAllRulesListsEveryError() {
    Action inFrance = Action.builder().from(MieuxFixtures.philippines())
        .partnerCountries(List.of(Country.PH, Country.FR)).build();
    String message = messageOf(() -> assertThat(inFrance).satisfiesAllRules());
    Assertions.assertThat(message)
        .startsWith("Expected Action 'Communicating better with migrants' in [PH, FR] to satisfy all rules,"
            + " but 1 rule was violated:")
        .contains("1. R-EL8 ERROR at /partnerCountries/1: ")
        .contains("legal basis: R-EL8: an Action is carried out in a country outside the EU")
        .contains("source: 10-year report 'Créer des liens' (2020), \"Glossaire\", p. 11-16");
    assertThat(inFrance).violatesRules().violates("R-EL8");
  }

  @Test
  void violatesRulesFailsForAnActionWithoutErrors() {
    String message = messageOf(() -> assertThat(MieuxFixtures.thailand()).violatesRules());
    Assertions.assertThat(message).contains("to violate a rule, but no rule was violated; the findings were:");
  }

  @Test
  void withEvidenceScoresTheAction() {
    CaseStudy thailand = MieuxFixtures.thailandCaseStudy();
    assertThat(thailand.action()).withEvidence(thailand.evidence()).hasGoodPracticeScoreAtLeast(4)
        .meets(GoodPracticeCharacteristic.OWNERSHIP, GoodPracticeCharacteristic.CATALYST);
    assertThat(thailand.action()).withEvidence(thailand.evidence().toArray(new Evidence[0]))
        .isGoodPracticeCandidate();
  }

  @Test
  void withEvidenceDeclaredAssessedReportsNotMetRatherThanNotAssessed() {
    CaseStudy jordan = MieuxFixtures.caseStudy(12);
    String message = messageOf(() -> assertThat(jordan.action())
        .withEvidence(jordan.evidence(), EnumSet.of(GoodPracticeCharacteristic.OWNERSHIP))
        .meets(GoodPracticeCharacteristic.OWNERSHIP, GoodPracticeCharacteristic.INNOVATION));
    Assertions.assertThat(message)
        .contains("to meet [OWNERSHIP, INNOVATION], but 2 characteristics were not met")
        .contains("1. M-GP1 NOT_MET at /characteristics/0: Characteristic 1 (Ownership) is not met")
        .contains("2. M-GP2 NOT_ASSESSED at /characteristics/1: Characteristic 2 (Innovation) was not assessed")
        .contains("legal basis: M-GP1: characteristic 1, ownership")
        .contains("legal basis: M-GP2: characteristic 2, innovation");
  }

  @Test
  void aScoreWithoutEvidenceSaysWhichEvidenceIsMissing() {
    assertThat(MieuxFixtures.thailand()).hasGoodPracticeScoreAtLeast(0);
    String message = messageOf(() -> assertThat(MieuxFixtures.thailand()).hasGoodPracticeScoreAtLeast(1));
    Assertions.assertThat(message)
        .contains("to have a good-practice score of at least 1, but it was 0 (0 of 0 assessed characteristics met")
        .contains("10. M-GP10 NOT_ASSESSED at /characteristics/9: Characteristic 10 (Catalyst) was not assessed");
  }
}
