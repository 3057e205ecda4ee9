package eu.mieux.testing;

import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.Request;
import eu.mieux.rules.eligibility.CountryEligibility;
import java.util.Objects;

/**
 * The rule checks of a request found eligible on a date: under which instruments its partner
 * countries are covered.
 *
 * <pre>{@code
 * assertThat(MieuxFixtures.southEastAsiaRequest())
 *     .isEligibleOn(LocalDate.of(2012, 6, 1)).via(Instrument.DCI);
 * }</pre>
 *
 * <p>A single-use step of a fluent statement; it holds the decision it checks. This class is
 * immutable and thread-safe.
 */
public final class RequestEligibilityAssert {

  private final ConfiguredAssertions checks;
  private final Request request;
  private final RequestDecision decision;

  RequestEligibilityAssert(ConfiguredAssertions checks, Request request, RequestDecision decision) {
    this.checks = checks;
    this.request = request;
    this.decision = decision;
  }

  /**
   * Checks that an instrument covers every partner country on the date; chain calls to require
   * several.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.westAfricaRequest())
   *     .isEligibleOn(LocalDate.of(2014, 6, 30)).via(Instrument.EDF);
   * }</pre>
   *
   * @param instrument  the instrument, not null
   * @return this step, to check another instrument
   * @throws AssertionError if the instrument does not cover some partner country on the date; the
   *     message names each such country with its path and the instruments and rows that do cover it
   */
  public RequestEligibilityAssert via(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    FailureReport report = FailureReport.expected("Expected every partner country of "
        + FailureReport.describe(request) + " to be eligible on " + decision.date() + " via " + instrument);
    for (int i = 0; i < decision.countries().size(); i++) {
      CountryDecision country = decision.countries().get(i);
      if (!country.instruments().contains(instrument)) {
        report.add(CountryEligibility.RULE, "ERROR", "/partnerCountries/" + i,
            FailureReport.describe(country.country()) + " is not covered by " + instrument + " on "
                + decision.date() + "; it is covered by " + country.instruments(),
            country.coverage());
      }
    }
    if (report.count() > 0) {
      throw report.toError(FailureReport.violated(report.count()), checks.describeRules());
    }
    return this;
  }

  /**
   * Gets the decision checked, for checks of your own.
   *
   * @return the decision, with outcome {@code YES} and one country decision per partner country
   */
  public RequestDecision decision() {
    return decision;
  }
}
