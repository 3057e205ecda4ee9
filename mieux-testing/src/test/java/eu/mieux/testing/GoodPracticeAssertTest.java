package eu.mieux.testing;

import static eu.mieux.model.practice.GoodPracticeCharacteristic.CATALYST;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.COMPLEMENTARITY_AND_SYNERGY;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.ENDORSEMENT;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.EU_ADDED_VALUE;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.EXPERTISE;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.INNOVATION;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.OWNERSHIP;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.REPLICABILITY;
import static eu.mieux.model.practice.GoodPracticeCharacteristic.RESULTS_ORIENTED;
import static eu.mieux.testing.Failures.messageOf;
import static eu.mieux.testing.MieuxAssertions.assertThat;

import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoodPracticeAssertTest {

  static List<CaseStudy> caseStudies() {
    return MieuxFixtures.caseStudies();
  }

  /** Each case study meets exactly what its panel credits (RULES.md §6.3), and is a candidate. */
  @ParameterizedTest
  @MethodSource("caseStudies")
  void everyCaseStudyMeetsWhatItsPanelCredits(CaseStudy caseStudy) {
    assertThat(caseStudy).meets(caseStudy.credited().toArray(new GoodPracticeCharacteristic[0]))
        .hasGoodPracticeScoreAtLeast(caseStudy.credited().size())
        .isGoodPracticeCandidate();
  }

  /** Philippines: 2, 3, 4, 7, 10 (000:69-92). South-East Asia: 2, 5, 8, 9 (002:70-81). Thailand: 1, 4, 9, 10 (004:70-81). */
  @Test
  void theSeedCaseStudiesMeetTheirCharacteristics() {
    assertThat(MieuxFixtures.philippinesCaseStudy()).hasGoodPracticeScoreAtLeast(5)
        .meets(INNOVATION, REPLICABILITY, RESULTS_ORIENTED, EXPERTISE, CATALYST);
    assertThat(MieuxFixtures.southEastAsiaCaseStudy()).hasGoodPracticeScoreAtLeast(4)
        .meets(INNOVATION, ENDORSEMENT, COMPLEMENTARITY_AND_SYNERGY, EU_ADDED_VALUE);
    assertThat(MieuxFixtures.thailandCaseStudy()).hasGoodPracticeScoreAtLeast(4)
        .meets(OWNERSHIP, RESULTS_ORIENTED, EU_ADDED_VALUE, CATALYST);
  }

  @Test
  void aScoreTooLowListsEveryCharacteristicNotMetWithItsDefinition() {
    String message = messageOf(() -> assertThat(MieuxFixtures.philippinesCaseStudy()).hasGoodPracticeScoreAtLeast(6));
    Assertions.assertThat(message)
        .startsWith("Expected case study 3 'Philippines: communicating with migrants' to have a good-practice score"
            + " of at least 6, but it was 5 (5 of 10 assessed characteristics met, met: [INNOVATION, REPLICABILITY,"
            + " RESULTS_ORIENTED, EXPERTISE, CATALYST]):")
        .contains("1. M-GP1 NOT_MET at /characteristics/0: Characteristic 1 (Ownership) is not met: no evidence")
        .contains("legal basis: M-GP1: characteristic 1, ownership")
        .contains("5. M-GP9 NOT_MET at /characteristics/8: Characteristic 9 (EU added value) is not met")
        .doesNotContain("M-GP2 ")
        .endsWith("(checked with MieuxRules.standard())");
  }

  @Test
  void meetsListsOnlyTheMissingCharacteristics() {
    String message = messageOf(() -> assertThat(MieuxFixtures.southEastAsiaCaseStudy()).meets(INNOVATION, OWNERSHIP));
    Assertions.assertThat(message)
        .startsWith("Expected case study 4 'South-East Asia: cooperation on migration' to meet [OWNERSHIP,"
            + " INNOVATION], but 1 characteristic was not met")
        .contains("1. M-GP1 NOT_MET at /characteristics/0")
        .doesNotContain("M-GP2");
  }

  /** Jordan II, credited with 2 (003:2309-2322), is a candidate at threshold 2, not at 3. */
  @Test
  void aCandidateDependsOnTheThreshold() {
    assertThat(MieuxFixtures.caseStudy(12)).isGoodPracticeCandidate();
    String message = messageOf(() -> MieuxAssertions.using(eu.mieux.rules.MieuxRules.standard())
        .withScoring(eu.mieux.rules.scoring.Scoring.standard().withCandidateThreshold(3))
        .assertThat(MieuxFixtures.caseStudy(12)).isGoodPracticeCandidate());
    Assertions.assertThat(message)
        .contains("to be a good-practice candidate (threshold 3), but its score was 2 (met: [RESULTS_ORIENTED, CATALYST])")
        .endsWith("(checked with MieuxRules.standard(), Scoring{weights={OWNERSHIP=1, INNOVATION=1, REPLICABILITY=1,"
            + " RESULTS_ORIENTED=1, ENDORSEMENT=1, INTEGRATION=1, EXPERTISE=1, COMPLEMENTARITY_AND_SYNERGY=1,"
            + " EU_ADDED_VALUE=1, CATALYST=1}, candidateThreshold=3, minimumEvidence=1})");
  }
}
