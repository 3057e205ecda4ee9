package eu.mieux.examples;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.rules.MieuxRules;
import java.io.PrintStream;
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
   * @param args  a country code or name, {@code CL} by default
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example; an unknown country is one line on {@code err}, never a stack trace.
   *
   * @param args  a country code or name, {@code CL} by default
   * @param out  where the timeline goes
   * @param err  where a problem goes
   * @return 0, or 2 if the country is unknown or names several
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    MieuxRules rules = MieuxRules.standard();
    Country country;
    try {
      country = rules.countryLookup().resolveOne(args.length > 0 ? args[0] : "CL");
    } catch (IllegalArgumentException e) {
      err.println("CountryTimeline: " + e.getMessage());
      return 2;
    }
    out.println(country.englishName() + " (" + country.alpha2() + ")");
    // each decision says until when it holds: walk from one to the next
    LocalDate date = rules.coverage().firstDate();
    Set<Instrument> previous = Set.of();
    while (true) {
      CountryDecision decision = rules.countryEligibility().check(country, date);
      if (!decision.instruments().equals(previous)) {
        out.println("  from " + date + ": " + decision.outcome() + " " + decision.instruments());
        previous = decision.instruments();
      }
      if (decision.holdsUntil().isEmpty()) {
        return 0;
      }
      date = decision.holdsUntil().get().plusDays(1);
    }
  }
}
