package eu.mieux.testing;

import eu.mieux.model.decision.Reason;
import eu.mieux.model.practice.AssessmentStatus;
import eu.mieux.model.practice.CharacteristicAssessment;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The good-practice checks of an Action or case study, on its
 * {@link eu.mieux.rules.scoring.GoodPracticeScoring} assessment.
 *
 * <p>In failure messages each characteristic not met is listed with its rule id ({@code M-GP1} to
 * {@code M-GP10}), its status in place of a severity ({@code NOT_MET} or {@code NOT_ASSESSED}), its
 * path in the assessment ({@code /characteristics/0} to {@code /characteristics/9}), the reason, and
 * its legal bases: the characteristic's definition (10-year report p. 65-78) and the evidence given. The score is
 * this library's model, not a MIEUX rule (RULES.md §6.4 G1, G6; §13 Q18).
 *
 * <pre>{@code
 * assertThat(MieuxFixtures.philippinesCaseStudy()).hasGoodPracticeScoreAtLeast(5)
 *     .meets(GoodPracticeCharacteristic.INNOVATION, GoodPracticeCharacteristic.CATALYST);
 * }</pre>
 *
 * <p>A single-use step of a fluent statement; it holds the assessment it checks. This class is
 * immutable and thread-safe.
 */
public final class GoodPracticeAssert {

  private final ConfiguredAssertions checks;
  private final String subject;
  private final GoodPracticeAssessment assessment;

  GoodPracticeAssert(ConfiguredAssertions checks, String subject, GoodPracticeAssessment assessment) {
    this.checks = checks;
    this.subject = subject;
    this.assessment = assessment;
  }

  /**
   * Checks that the weighted good-practice score is at least {@code n}; under the standard scoring
   * every characteristic weighs 1, so the score is the number of characteristics met.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.thailandCaseStudy()).hasGoodPracticeScoreAtLeast(4);
   * }</pre>
   *
   * @param n  the minimum weighted score
   * @return this step
   * @throws AssertionError if the score is lower; the message lists every characteristic not met
   */
  public GoodPracticeAssert hasGoodPracticeScoreAtLeast(int n) {
    if (assessment.weightedScore() < n) {
      throw report("Expected " + subject + " to have a good-practice score of at least " + n,
          EnumSet.allOf(GoodPracticeCharacteristic.class))
          .toError("but it was " + assessment.weightedScore() + " (" + assessment.metCount() + " of "
              + assessment.assessedCount() + " assessed characteristics met, " + profile() + ")",
              checks.describeRules());
    }
    return this;
  }

  /**
   * Checks that every given characteristic is met.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.southEastAsiaCaseStudy())
   *     .meets(GoodPracticeCharacteristic.INNOVATION, GoodPracticeCharacteristic.EU_ADDED_VALUE);
   * }</pre>
   *
   * @param characteristics  the characteristics, not null, no null element
   * @return this step
   * @throws AssertionError if one is not met; the message lists each one not met, with the evidence
   *     it lacks
   */
  public GoodPracticeAssert meets(GoodPracticeCharacteristic... characteristics) {
    Objects.requireNonNull(characteristics, "characteristics");
    Set<GoodPracticeCharacteristic> wanted = EnumSet.noneOf(GoodPracticeCharacteristic.class);
    for (GoodPracticeCharacteristic c : characteristics) {
      wanted.add(Objects.requireNonNull(c, "characteristics element"));
    }
    Set<GoodPracticeCharacteristic> missing = EnumSet.noneOf(GoodPracticeCharacteristic.class);
    missing.addAll(wanted);
    missing.removeAll(assessment.profile());
    if (!missing.isEmpty()) {
      FailureReport report = report("Expected " + subject + " to meet " + wanted, missing);
      throw report.toError("but " + (missing.size() == 1 ? "1 characteristic was" : missing.size()
          + " characteristics were") + " not met (" + profile() + ")", checks.describeRules());
    }
    return this;
  }

  /**
   * Checks that the Action is a good-practice candidate: its weighted score reaches the scoring's
   * candidate threshold.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.jordanCaseStudy()).isGoodPracticeCandidate();
   * }</pre>
   *
   * @return this step
   * @throws AssertionError if it is not a candidate; the message lists every characteristic not met
   */
  public GoodPracticeAssert isGoodPracticeCandidate() {
    if (!assessment.isCandidate()) {
      throw report("Expected " + subject + " to be a good-practice candidate (threshold "
          + assessment.candidateThreshold() + ")", EnumSet.allOf(GoodPracticeCharacteristic.class))
          .toError("but its score was " + assessment.weightedScore() + " (" + profile() + ")",
              checks.describeRules());
    }
    return this;
  }

  /**
   * Gets the assessment checked, for checks of your own.
   *
   * @return the assessment
   */
  public GoodPracticeAssessment assessment() {
    return assessment;
  }

  private String profile() {
    return "met: " + assessment.profile();
  }

  private FailureReport report(String expectation, Set<GoodPracticeCharacteristic> among) {
    FailureReport report = FailureReport.expected(expectation);
    List<CharacteristicAssessment> all = assessment.characteristics();
    for (int i = 0; i < all.size(); i++) {
      CharacteristicAssessment c = all.get(i);
      if (c.status() != AssessmentStatus.MET && among.contains(c.characteristic())) {
        Reason reason = reasonOf(c.characteristic());
        report.add(reason.ruleId(), c.status().name(), "/characteristics/" + i, reason.message(),
            reason.legalBases());
      }
    }
    return report;
  }

  private Reason reasonOf(GoodPracticeCharacteristic characteristic) {
    String id = "M-GP" + characteristic.number();
    for (Reason reason : assessment.reasons()) {
      if (reason.ruleId().id().equals(id)) {
        return reason;
      }
    }
    throw new IllegalStateException("reasons must explain " + id + ", but were " + assessment.reasons());
  }
}
