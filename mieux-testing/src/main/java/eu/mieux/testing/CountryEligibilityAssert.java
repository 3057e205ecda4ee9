package eu.mieux.testing;

import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.rules.eligibility.CountryEligibility;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rule checks of a country found eligible on a date: under which instruments.
 *
 * <pre>{@code
 * assertThat(Country.UA).isEligibleOn(LocalDate.of(2016, 5, 1)).via(Instrument.ENI);
 * }</pre>
 *
 * <p>A single-use step of a fluent statement; it holds the decision it checks and the date asked about. This class is
 * immutable and thread-safe.
 */
public final class CountryEligibilityAssert {

  private final ConfiguredAssertions checks;
  private final CountryDecision decision;
  private final LocalDate date;

  CountryEligibilityAssert(ConfiguredAssertions checks, CountryDecision decision, LocalDate date) {
    this.checks = checks;
    this.decision = decision;
    this.date = date;
  }

  /**
   * Checks that an instrument covers the country on the date; chain calls to require several.
   *
   * <pre>{@code
   * assertThat(Country.UA).isEligibleOn(LocalDate.of(2016, 5, 1)).via(Instrument.ENI).via(Instrument.DCI);
   * }</pre>
   *
   * @param instrument  the instrument, not null
   * @return this step, to check another instrument
   * @throws AssertionError if the instrument does not cover the country on the date; the message names
   *     the instruments and coverage rows that do
   */
  public CountryEligibilityAssert via(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    if (!decision.instruments().contains(instrument)) {
      String who = FailureReport.describe(decision.country());
      throw FailureReport.expected("Expected " + who + " to be eligible on " + date + " via "
          + instrument).add(CountryEligibility.RULE, "ERROR", "", who + " is not covered by " + instrument
              + " on " + date + "; it is covered by " + decision.instruments(), decision.coverage())
          .toError("but it is covered by " + decision.instruments(), checks.describeRules());
    }
    return this;
  }

  /**
   * Gets the decision checked, for checks of your own.
   *
   * @return the decision, with outcome {@code YES}
   */
  public CountryDecision decision() {
    return decision;
  }
}
