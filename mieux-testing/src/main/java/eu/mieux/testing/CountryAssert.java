package eu.mieux.testing;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rule checks of one country: whether it is eligible for MIEUX on a date (R-EL1).
 *
 * <pre>{@code
 * assertThat(Country.UA).isEligibleOn(LocalDate.of(2016, 5, 1)).via(Instrument.ENI);
 * assertThat(Country.RU).isNotEligibleOn(LocalDate.of(2016, 5, 1));
 * }</pre>
 *
 * <p>A single-use step of a fluent statement: each method checks at once and throws an
 * {@link AssertionError} naming every violated rule, or returns the next step. This class is
 * immutable and thread-safe.
 */
public final class CountryAssert {

  private final ConfiguredAssertions checks;
  private final Country country;

  CountryAssert(ConfiguredAssertions checks, Country country) {
    this.checks = checks;
    this.country = country;
  }

  /**
   * Checks that the country is eligible on a date: covered by an EU instrument that the policy
   * accepts (R-EL1, outcome {@code YES}).
   *
   * <pre>{@code
   * assertThat(Country.PH).isEligibleOn(LocalDate.of(2009, 1, 1)).via(Instrument.DCI);
   * }</pre>
   *
   * @param date  the as-of date, not null
   * @return the next step, to check the instruments
   * @throws AssertionError if the outcome is {@code NO} or {@code UNDETERMINED}; the message lists
   *     every reason with its rule id and legal basis
   */
  public CountryEligibilityAssert isEligibleOn(LocalDate date) {
    CountryDecision decision = decide(date);
    if (!decision.isYes()) {
      throw reasons(FailureReport.expected("Expected " + FailureReport.describe(country) + " to be eligible on "
          + date), decision).toError("but the outcome was " + decision.outcome(), checks.describeRules());
    }
    return new CountryEligibilityAssert(checks, decision, date);
  }

  /**
   * Checks that the country is not eligible on a date: the data answers {@code NO}. A date the data
   * cannot decide ({@code UNDETERMINED}) fails this check: use {@link #isUndeterminedOn(LocalDate)}.
   *
   * <pre>{@code
   * assertThat(Country.FR).isNotEligibleOn(LocalDate.of(2016, 5, 1));
   * }</pre>
   *
   * @param date  the as-of date, not null
   * @return this step, to check another date
   * @throws AssertionError if the outcome is {@code YES} or {@code UNDETERMINED}; the message lists
   *     the reasons and the coverage rows that decided it
   */
  public CountryAssert isNotEligibleOn(LocalDate date) {
    return has(Outcome.NO, date, "not to be eligible");
  }

  /**
   * Checks that the data cannot decide whether the country is eligible on a date: the policy set
   * aside every row that applies, or the date lies outside the data.
   *
   * <pre>{@code
   * MieuxAssertions.using(MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict())))
   *     .assertThat(Country.PH).isUndeterminedOn(LocalDate.of(2022, 6, 1));
   * }</pre>
   *
   * @param date  the as-of date, not null
   * @return this step, to check another date
   * @throws AssertionError if the outcome is {@code YES} or {@code NO}
   */
  public CountryAssert isUndeterminedOn(LocalDate date) {
    return has(Outcome.UNDETERMINED, date, "to be undetermined");
  }

  private CountryAssert has(Outcome expected, LocalDate date, String what) {
    CountryDecision decision = decide(date);
    if (decision.outcome() != expected) {
      FailureReport report = FailureReport.expected("Expected " + FailureReport.describe(country) + " " + what
          + " on " + date);
      for (Reason reason : decision.reasons()) {
        report.add(reason.ruleId(), FailureReport.severity(reason), "", reason.message(), reason.legalBases());
      }
      String detail = decision.isYes() ? "but it is covered by " + decision.instruments()
          : "but the outcome was " + decision.outcome();
      throw report.toError(detail, checks.describeRules());
    }
    return this;
  }

  private CountryDecision decide(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return checks.rules().countryEligibility().check(country, date);
  }

  private static FailureReport reasons(FailureReport report, CountryDecision decision) {
    for (Reason reason : decision.reasons()) {
      if (reason.outcome() != Outcome.YES) {
        report.add(reason.ruleId(), FailureReport.severity(reason), "", reason.message(), reason.legalBases());
      }
    }
    return report;
  }
}
