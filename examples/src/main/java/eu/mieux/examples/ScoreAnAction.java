package eu.mieux.examples;

import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.decision.Reason;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.scoring.CaseStudies;
import java.util.stream.Collectors;

/**
 * Shows how to score an Action on the ten good-practice characteristics: the Thailand case study
 * (2013-2018), whose report credits ownership, tangible results, EU added value and catalyst
 * (RULES.md §6.3). The score is this library's model, not a MIEUX rule.
 */
public final class ScoreAnAction {

  private ScoreAnAction() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    CaseStudy thailand = CaseStudies.ofNumber(1);
    GoodPracticeAssessment assessment = MieuxRules.standard().goodPracticeScoring().assess(thailand);

    System.out.println(thailand.title());
    System.out.println("met: " + assessment.profile().stream().map(GoodPracticeCharacteristic::label)
        .collect(Collectors.joining(", ")));
    System.out.println("score: " + assessment.metCount() + " of " + assessment.assessedCount()
        + ", candidate: " + assessment.isCandidate());
    for (Reason reason : assessment.reasons()) {
      System.out.println("- " + reason.ruleId() + " " + reason.outcome().code() + ": " + reason.message());
    }
  }
}
