package eu.mieux.examples;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Reason;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;

/**
 * Shows how a refusal explains itself: the Russian Federation was an ENPI partner until 2013, but
 * from 2014 ENI covers it only for cross-border cooperation, so a 2016 request is not eligible. Each
 * reason names its rule, and each legal basis its source and data quality.
 */
public final class ExplainARefusal {

  private ExplainARefusal() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    CountryDecision russia = MieuxRules.standard().countryEligibility()
        .check(Country.RU, LocalDate.of(2016, 5, 1));

    System.out.println("Russian Federation on 2016-05-01: " + russia.outcome());
    for (Reason reason : russia.reasons()) {
      System.out.println("- " + reason.ruleId() + ": " + reason.message());
      for (LegalBasis basis : reason.legalBases()) {
        System.out.println("    " + basis.basis() + " [" + basis.source() + "; " + basis.quality().code() + "]");
      }
    }
  }
}
