package eu.mieux.examples;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.coverage.CoverageRow;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Lists what changed for a country over time: every date on which its coverage rows start or end,
 * and the instruments that cover it from then on. Chile was covered by the DCI until it left the DAC
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
    SortedSet<LocalDate> changes = new TreeSet<>();
    for (CoverageRow row : rules.coverage().rowsOf(country)) {
      changes.add(row.period().start());
      changes.add(row.period().endInclusive().plusDays(1));
    }
    System.out.println(country.englishName() + " (" + country.alpha2() + ")");
    Set<Instrument> previous = Set.of();
    for (LocalDate date : changes) {
      CountryDecision decision = rules.countryEligibility().check(country, date);
      if (!decision.instruments().equals(previous)) {
        System.out.println("  from " + date + ": " + decision.outcome() + " " + decision.instruments());
        previous = decision.instruments();
      }
    }
  }
}
