package eu.mieux.benchmarks;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.rules.MieuxRules;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Times the first eligibility check in a fresh JVM: from JVM start, and from the start of
 * {@code main}, to the end of the first {@code check}. Run it several times, each in a new JVM.
 *
 * <p>{@code java -cp benchmarks/target/mieux-benchmarks.jar eu.mieux.benchmarks.FirstCheck}
 */
public final class FirstCheck {

  private FirstCheck() {}

  /**
   * Runs the measurement.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    // the management beans load many classes: obtain them before the timed region
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    java.lang.management.RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    long mainStart = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    CountryDecision decision =
        MieuxRules.standard().countryEligibility().check(Country.UA, LocalDate.of(2016, 5, 1));
    long mainEnd = System.nanoTime();
    long cpuEnd = threads.getCurrentThreadCpuTime();
    long sinceJvmStart = System.currentTimeMillis() - runtime.getStartTime();
    System.out.printf("first check %s: %.1f ms in main (%.1f ms main-thread CPU), %d ms since JVM start%n",
        decision.outcome(), (mainEnd - mainStart) / 1e6, (cpuEnd - cpuStart) / 1e6, sinceJvmStart);
  }
}
