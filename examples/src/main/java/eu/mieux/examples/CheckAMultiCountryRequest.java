package eu.mieux.examples;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;
import java.util.List;

/**
 * Shows a joint (regional) request checked country by country: the first regional request, from
 * Indonesia, the Philippines and Viet Nam in 2012 (RULES.md R-EL4; the first multi-country Action,
 * Argentina-Brazil, began in November 2011, R-EL4b), and the same request with
 * the Russian Federation added in 2016, which makes the whole request ineligible while each country
 * keeps its own answer.
 */
public final class CheckAMultiCountryRequest {

  private CheckAMultiCountryRequest() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    MieuxRules rules = MieuxRules.standard();
    print(rules.requestEligibility().check(List.of(Country.ID, Country.PH, Country.VN),
        RequesterKind.NATIONAL_PUBLIC_AUTHORITY, LocalDate.of(2012, 6, 1)));
    print(rules.requestEligibility().check(List.of(Country.UA, Country.MD, Country.RU),
        RequesterKind.NATIONAL_PUBLIC_AUTHORITY, LocalDate.of(2016, 6, 1)));
  }

  private static void print(RequestDecision decision) {
    System.out.println("request on " + decision.date() + ": " + decision.outcome());
    for (CountryDecision country : decision.countries()) {
      System.out.println("  " + country.country() + ": " + country.outcome() + " " + country.instruments());
    }
  }
}
