package eu.mieux.testing;

import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequestingBody;
import java.util.List;

/**
 * The text of a failed assertion: what was expected, then every violated rule, numbered, with its rule
 * id, severity, path, reason and legal bases, then the rules used.
 *
 * <p>A report is filled by one assertion and then thrown; it is not thread-safe and not reused.
 */
final class FailureReport {

  private static final String INDENT = "       ";

  private final String expectation;
  private final StringBuilder violations = new StringBuilder();
  private int count;

  private FailureReport(String expectation) {
    this.expectation = expectation;
  }

  /**
   * Starts a report.
   *
   * @param expectation  what was expected, such as "Expected request ... to be admissible"
   * @return an empty report
   */
  static FailureReport expected(String expectation) {
    return new FailureReport(expectation);
  }

  /**
   * Adds one violated rule.
   *
   * @param ruleId  the rule
   * @param severity  how much it weighs, such as {@code ERROR}
   * @param path  the JSON Pointer of the offending field, empty for the whole value
   * @param reason  the English sentence of the rule's reason
   * @param bases  what backs the reason
   * @return this report
   */
  FailureReport add(RuleId ruleId, String severity, String path, String reason, List<LegalBasis> bases) {
    count++;
    violations.append("\n  ").append(count).append(". ").append(ruleId).append(' ').append(severity)
        .append(" at ").append(path.isEmpty() ? "<root>" : path).append(": ").append(reason);
    if (bases.isEmpty()) {
      violations.append('\n').append(INDENT).append("legal basis: none given");
    }
    for (LegalBasis basis : bases) {
      violations.append('\n').append(INDENT).append("legal basis: ").append(basis.basis());
      basis.instrument().ifPresent(i -> violations.append(" [").append(i).append(']'));
      basis.period().ifPresent(p -> violations.append(" [").append(p).append(']'));
      violations.append('\n').append(INDENT).append("source: ").append(basis.source());
      if (basis.quality() != DataQuality.VERIFIED) {
        violations.append(" (").append(basis.quality()).append(')');
      }
    }
    return this;
  }

  /**
   * Adds one finding of an assessment.
   *
   * @param finding  the finding
   * @return this report
   */
  FailureReport add(Finding finding) {
    return add(finding.ruleId(), finding.severity().name(), finding.path(), finding.message(),
        finding.legalBases());
  }

  /**
   * Gets the number of violations added.
   *
   * @return the count, zero or more
   */
  int count() {
    return count;
  }

  /**
   * Builds the error to throw.
   *
   * @param detail  what was found instead, such as "but 2 rules were violated", without a colon
   * @param rules  the description of the rules used
   * @return the error, with the whole report as its message
   */
  AssertionError toError(String detail, String rules) {
    StringBuilder text = new StringBuilder(expectation).append(", ").append(detail);
    if (count > 0) {
      text.append(':').append(violations);
    }
    text.append("\n  (checked with ").append(rules).append(')');
    return new AssertionError(text.toString());
  }

  /**
   * Describes "n rules were violated" with the right plural.
   *
   * @param n  the number of violations
   * @return the phrase
   */
  static String violated(int n) {
    return "but " + rulesViolated(n);
  }

  /**
   * Describes "n rules were violated" with the right plural, without "but".
   *
   * @param n  the number of violations
   * @return the phrase
   */
  static String rulesViolated(int n) {
    return n == 1 ? "1 rule was violated" : n + " rules were violated";
  }

  /**
   * Describes a request for a failure message.
   *
   * @param request  the request
   * @return such as {@code request of DOLE for [PH] received 2009-01-01}
   */
  static String describe(Request request) {
    return "request of " + request.requestingBodies().stream().map(FailureReport::describe)
        .collect(java.util.stream.Collectors.joining(" and ")) + " for " + codes(request.partnerCountries())
        + " received " + request.receivedOn();
  }

  /**
   * Describes an Action for a failure message.
   *
   * @param action  the Action
   * @return such as {@code Action 2016-07 'Second National Integration Plan' in [CR]}
   */
  static String describe(Action action) {
    return "Action " + action.code().map(c -> c + " ").orElse("") + "'" + action.title() + "' in "
        + codes(action.partnerCountries());
  }

  /**
   * Describes a case study for a failure message.
   *
   * @param caseStudy  the case study
   * @return such as {@code case study 3 'Philippines: communicating with migrants'}
   */
  static String describe(CaseStudy caseStudy) {
    return "case study " + caseStudy.number() + " '" + caseStudy.title() + "'";
  }

  /**
   * Describes a country for a failure message.
   *
   * @param country  the country
   * @return such as {@code Philippines (PH)}
   */
  static String describe(Country country) {
    return country.englishName() + " (" + country.alpha2() + ")";
  }

  private static String describe(RequestingBody body) {
    return body.acronym().orElse(body.name());
  }

  private static String codes(List<Country> countries) {
    StringBuilder text = new StringBuilder("[");
    for (Country country : countries) {
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append(country.alpha2());
    }
    return text.append(']').toString();
  }

  /**
   * Gets the severity word of a reason in a failure message: {@code ERROR} for a reason that does not
   * hold, {@code INFO} for one that does.
   *
   * @param reason  the reason
   * @return {@code ERROR} or {@code INFO}, followed by the outcome unless it is {@code NO}
   */
  static String severity(Reason reason) {
    return switch (reason.outcome()) {
      case YES -> "INFO (YES)";
      case UNDETERMINED -> "ERROR (UNDETERMINED)";
      case NO -> "ERROR";
    };
  }
}
