package eu.mieux.benchmarks;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.eligibility.CountryEligibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm {@code CountryEligibility.check(country, date)}, single thread, over a fixed mix of 4,096
 * countries and dates (2005-2029), against a bare {@code HashMap.get} of a precomputed decision
 * keyed by the same date objects, and against a memo keyed by country and date, measured in the
 * same run. The README's performance table gives the figures.
 *
 * <p>{@code java -jar benchmarks/target/mieux-benchmarks.jar CountryEligibility -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CountryEligibilityBenchmark {

  private static final int SIZE = 4096;
  private static final int MASK = SIZE - 1;

  private CountryEligibility eligibility;
  private Country[] countries;
  private LocalDate[] dates;
  private Map<LocalDate, CountryDecision> memo;
  private Map<Key, CountryDecision> memoByCountryAndDate;

  /** The key a memo of the same question needs: a country and a date. */
  private record Key(Country country, LocalDate date) {}
  private int index;

  /** Builds the mix and warms every country's index. */
  @Setup
  public void setUp() {
    eligibility = MieuxRules.standard().countryEligibility();
    SplittableRandom random = new SplittableRandom(42);
    Country[] all = Country.values();
    countries = new Country[SIZE];
    dates = new LocalDate[SIZE];
    memo = new HashMap<>();
    memoByCountryAndDate = new HashMap<>();
    LocalDate start = LocalDate.of(2005, 1, 1);
    for (int i = 0; i < SIZE; i++) {
      countries[i] = all[random.nextInt(all.length)];
      dates[i] = start.plusDays(random.nextInt(25 * 365));
      CountryDecision decision = eligibility.check(countries[i], dates[i]);
      memo.put(dates[i], decision);
      memoByCountryAndDate.put(new Key(countries[i], dates[i]), decision);
    }
  }

  /**
   * The check under test.
   *
   * @return the decision
   */
  @Benchmark
  public CountryDecision check() {
    int i = index++ & MASK;
    return eligibility.check(countries[i], dates[i]);
  }

  /**
   * The fast path: the covering instruments only, without building a decision.
   *
   * @return the instruments
   */
  @Benchmark
  public java.util.SortedSet<eu.mieux.model.country.Instrument> instrumentsOn() {
    int i = index++ & MASK;
    return eligibility.instrumentsOn(countries[i], dates[i]);
  }

  /**
   * The baseline for the same question: a {@code HashMap.get} of a precomputed decision keyed by
   * country and date, as a memo of {@code check} would be written.
   *
   * @return the memoised decision
   */
  @Benchmark
  public CountryDecision hashMapCountryAndDate() {
    int i = index++ & MASK;
    return memoByCountryAndDate.get(new Key(countries[i], dates[i]));
  }

  /**
   * The baseline: a bare {@code HashMap.get} of a precomputed answer, keyed by the date alone.
   *
   * @return the memoised decision
   */
  @Benchmark
  public CountryDecision hashMapBaseline() {
    int i = index++ & MASK;
    return memo.get(dates[i]);
  }
}
