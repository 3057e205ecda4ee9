package eu.mieux.examples;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.Policy;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;

/**
 * Shows the default and strict data-quality policies side by side. Montserrat left the EU's group
 * of overseas territories with Brexit; the coverage row for the 2020 transition period is
 * {@code unverified}. The default policy uses it; the strict policy sets it aside and answers
 * {@code UNDETERMINED}, never a silent {@code NO}.
 */
public final class UseTheStrictPolicy {

  private UseTheStrictPolicy() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    LocalDate date = LocalDate.of(2020, 6, 1);
    CountryDecision lenient = MieuxRules.standard().countryEligibility().check(Country.MS, date);
    CountryDecision strict = MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict()))
        .countryEligibility().check(Country.MS, date);

    System.out.println("default policy: " + lenient.outcome() + " " + lenient.instruments());
    System.out.println("strict policy:  " + strict.outcome());
    for (LegalBasis row : strict.setAside()) {
      System.out.println("  set aside (" + row.quality().code() + "): " + row.basis());
    }
  }
}
