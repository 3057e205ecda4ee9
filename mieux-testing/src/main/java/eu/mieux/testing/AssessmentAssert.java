package eu.mieux.testing;

import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.decision.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule checks of an assessment, all of whose findings were computed at once: the warnings, or
 * the rules an inadmissible document violates.
 *
 * <pre>{@code
 * assertThat(MieuxFixtures.philippinesRequest()).isAdmissible().withoutWarnings();
 * assertThat(request).isNotAdmissible().violates("R-EL7");
 * }</pre>
 *
 * <p>A single-use step of a fluent statement; it holds the assessment it checks. This class is
 * immutable and thread-safe.
 */
public final class AssessmentAssert {

  private final ConfiguredAssertions checks;
  private final String subject;
  private final Assessment assessment;

  private AssessmentAssert(ConfiguredAssertions checks, String subject, Assessment assessment) {
    this.checks = checks;
    this.subject = subject;
    this.assessment = assessment;
  }

  /**
   * Checks that an assessment has no error and starts its further checks.
   *
   * @param checks  the rules used
   * @param subject  the description of the document
   * @param expectation  such as "to be admissible"
   * @param assessment  the assessment
   * @return the step
   * @throws AssertionError listing every error finding, if there is one
   */
  static AssessmentAssert passing(ConfiguredAssertions checks, String subject, String expectation,
      Assessment assessment) {
    List<Finding> errors = assessment.findings(Severity.ERROR);
    if (!errors.isEmpty()) {
      FailureReport report = FailureReport.expected("Expected " + subject + " " + expectation);
      for (Finding finding : errors) {
        report.add(finding);
      }
      throw report.toError(FailureReport.violated(errors.size()), checks.describeRules());
    }
    return new AssessmentAssert(checks, subject, assessment);
  }

  /**
   * Checks that an assessment has an error and starts its further checks.
   *
   * @param checks  the rules used
   * @param subject  the description of the document
   * @param expectation  such as "not to be admissible"
   * @param assessment  the assessment
   * @return the step
   * @throws AssertionError listing every finding, if none is an error
   */
  static AssessmentAssert failing(ConfiguredAssertions checks, String subject, String expectation,
      Assessment assessment) {
    if (assessment.isYes()) {
      FailureReport report = FailureReport.expected("Expected " + subject + " " + expectation);
      for (Finding finding : assessment.findings()) {
        report.add(finding);
      }
      throw report.toError("but no rule was violated; the findings were", checks.describeRules());
    }
    return new AssessmentAssert(checks, subject, assessment);
  }

  /**
   * Checks that no finding is a {@code WARNING} either: the document follows even the typical
   * practices the texts describe, such as starting with a fact-finding mission (A1).
   *
   * <pre>{@code
   * assertThat(action).satisfiesAllRules().withoutWarnings();
   * }</pre>
   *
   * @return this step
   * @throws AssertionError if any finding is a warning; the message lists every warning
   */
  public AssessmentAssert withoutWarnings() {
    List<Finding> warnings = assessment.findings(Severity.WARNING);
    if (!warnings.isEmpty()) {
      FailureReport report = FailureReport.expected("Expected " + subject + " to raise no warning");
      for (Finding finding : warnings) {
        report.add(finding);
      }
      throw report.toError(warnings.size() == 1 ? "but 1 warning was raised"
          : "but " + warnings.size() + " warnings were raised", checks.describeRules());
    }
    return this;
  }

  /**
   * Checks that each rule has at least one {@code ERROR} finding.
   *
   * <pre>{@code
   * assertThat(request).isNotAdmissible().violates("R-EL1", "R-EL8");
   * }</pre>
   *
   * @param ruleIds  the rule ids, such as {@code R-EL7}, not null
   * @return this step
   * @throws AssertionError if some rule has no error finding; the message lists the errors found
   * @throws IllegalArgumentException if an id is not of the catalogue's form
   */
  public AssessmentAssert violates(String... ruleIds) {
    Objects.requireNonNull(ruleIds, "ruleIds");
    List<Finding> errors = assessment.findings(Severity.ERROR);
    List<String> missing = new ArrayList<>();
    for (String id : ruleIds) {
      RuleId rule = RuleId.of(Objects.requireNonNull(id, "ruleIds element"));
      boolean found = false;
      for (Finding finding : errors) {
        found |= finding.ruleId().equals(rule);
      }
      if (!found) {
        missing.add(rule.id());
      }
    }
    if (!missing.isEmpty()) {
      FailureReport report = FailureReport.expected("Expected " + subject + " to violate " + missing);
      for (Finding finding : errors) {
        report.add(finding);
      }
      throw report.toError("but the rules violated were", checks.describeRules());
    }
    return this;
  }

  /**
   * Gets the assessment checked, for checks of your own.
   *
   * @return the assessment, with every finding
   */
  public Assessment assessment() {
    return assessment;
  }
}
