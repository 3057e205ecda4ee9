package eu.mieux.testing;

import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.Request;
import eu.mieux.rules.eligibility.RequesterEligibility;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rule checks of one request: eligibility on a date (M-PW1, R-EL1 to R-EL3) and admissibility
 * (every rule of {@link eu.mieux.rules.admissibility.RequestRules}).
 *
 * <pre>{@code
 * assertThat(MieuxFixtures.southEastAsiaRequest())
 *     .isEligibleOn(LocalDate.of(2012, 6, 1)).via(Instrument.DCI);
 * assertThat(MieuxFixtures.southEastAsiaRequest()).isAdmissible();
 * }</pre>
 *
 * <p>A single-use step of a fluent statement: each method checks at once and throws an
 * {@link AssertionError} naming every violated rule, or returns the next step. This class is
 * immutable and thread-safe.
 */
public final class RequestAssert {

  private final ConfiguredAssertions checks;
  private final Request request;

  RequestAssert(ConfiguredAssertions checks, Request request) {
    this.checks = checks;
    this.request = request;
  }

  /**
   * Checks that the request is eligible on the date it was received; see
   * {@link #isEligibleOn(LocalDate)}.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.philippinesRequest()).isEligible();
   * }</pre>
   *
   * @return the next step, to check the instruments
   * @throws AssertionError if the request is not eligible on the date it was received
   */
  public RequestEligibilityAssert isEligible() {
    return isEligibleOn(request.receivedOn());
  }

  /**
   * Checks that the request would be eligible on a date: inside the programme window (M-PW1), from a
   * kind of body that may request on that date (R-EL2, R-EL3), and for partner countries each covered
   * by an EU instrument the policy accepts (R-EL1).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.southEastAsiaRequest()).isEligibleOn(LocalDate.of(2012, 6, 1));
   * }</pre>
   *
   * @param date  the as-of date, not null
   * @return the next step, to check the instruments
   * @throws AssertionError if the combined outcome is {@code NO} or {@code UNDETERMINED}; the message
   *     lists every reason that does not hold, with the partner country's path, such as
   *     {@code /partnerCountries/2}, and its legal basis
   */
  public RequestEligibilityAssert isEligibleOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    RequestDecision decision = checks.rules().requestEligibility()
        .check(request.partnerCountries(),
            request.requestingBodies().stream().map(eu.mieux.model.request.RequestingBody::kind).toList(), date);
    if (!decision.isYes()) {
      FailureReport report = FailureReport.expected("Expected " + FailureReport.describe(request)
          + " to be eligible on " + date);
      for (Reason reason : decision.reasons()) {
        if (reason.outcome() != Outcome.YES) {
          report.add(reason.ruleId(), FailureReport.severity(reason), path(reason), reason.message(),
              reason.legalBases());
        }
      }
      throw report.toError("but the outcome was " + decision.outcome() + ", "
          + FailureReport.rulesViolated(report.count()), checks.describeRules());
    }
    return new RequestEligibilityAssert(checks, request, decision);
  }

  /**
   * Checks that the request is admissible: no finding of
   * {@link eu.mieux.rules.admissibility.RequestRules} is an {@code ERROR}.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.philippinesRequest()).isAdmissible().withoutWarnings();
   * }</pre>
   *
   * @return the next step, to check warnings too
   * @throws AssertionError if any finding is an error; the message lists every error finding
   */
  public AssessmentAssert isAdmissible() {
    return AssessmentAssert.passing(checks, FailureReport.describe(request), "to be admissible", assess());
  }

  /**
   * Checks that the request is not admissible: at least one finding is an {@code ERROR}. Chain
   * {@link AssessmentAssert#violates(String...)} to name the rules.
   *
   * <pre>{@code
   * assertThat(request).isNotAdmissible().violates("R-EL7");
   * }</pre>
   *
   * @return the next step, to name the rules violated
   * @throws AssertionError if no finding is an error; the message lists the rules that were checked
   */
  public AssessmentAssert isNotAdmissible() {
    return AssessmentAssert.failing(checks, FailureReport.describe(request), "not to be admissible",
        assess());
  }

  private Assessment assess() {
    return checks.rules().requestRules().assess(request);
  }

  private String path(Reason reason) {
    if (reason.country().isPresent()) {
      int index = request.partnerCountries().indexOf(reason.country().get());
      if (index >= 0) {
        return "/partnerCountries/" + index;
      }
    }
    if (reason.ruleId().equals(RequesterEligibility.CORE_RULE)
        || reason.ruleId().equals(RequesterEligibility.EXTENDED_RULE)) {
      return request.isJoint() ? "/requestingBodies" : "/requestingBodies/0/kind";
    }
    if (reason.ruleId().equals(RequesterEligibility.JOINT_RULE)) {
      return "/requestingBodies";
    }
    return "";
  }
}
