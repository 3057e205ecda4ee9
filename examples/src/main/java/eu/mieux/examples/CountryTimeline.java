package eu.mieux.examples;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;
import java.util.Set;

/**
 * Lists what changed for a country over time: the dates from which other instruments cover it. Each
 * {@link CountryDecision} says until when it holds, so the walk goes from one decision to the next. Chile was covered by the DCI until it left the DAC
 * list on 2018-01-01; its later coverage comes only from the NDICI proxy rows, if any.
 */
public final class CountryTimeline {

  private CountryTimeline() {}

  /**
   * Runs the example.
   *
   * @param args  an ISO alpha-2 code, {@code CL} by default
   */
  public static void main(String[] args) {
    MieuxRules rules = MieuxRules.standard();
    Country country = Country.ofAlpha2(args.length > 0 ? args[0] : "CL");
    System.out.println(country.englishName() + " (" + country.alpha2() + ")");
    // each decision says until when it holds: walk from one to the next
    LocalDate date = rules.coverage().firstDate();
    Set<Instrument> previous = Set.of();
    while (true) {
      CountryDecision decision = rules.countryEligibility().check(country, date);
      if (!decision.instruments().equals(previous)) {
        System.out.println("  from " + date + ": " + decision.outcome() + " " + decision.instruments());
        previous = decision.instruments();
      }
      if (decision.holdsUntil().isEmpty()) {
        return;
      }
      date = decision.holdsUntil().get().plusDays(1);
    }
  }
}
