package eu.mieux.benchmarks;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.rules.MieuxRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the first eligibility check in a fresh JVM: from JVM start, and from the start of
 * {@code main}, to the end of the first {@code check}.
 *
 * <p>Without arguments it measures once, in this JVM. With a number of runs it starts that many
 * fresh JVMs, one after the other, each measuring once, and prints each line, then the minimum
 * and median of each figure:
 *
 * <p>{@code java -cp benchmarks/target/mieux-benchmarks.jar eu.mieux.benchmarks.FirstCheck 21}
 */
public final class FirstCheck {

  private FirstCheck() {}

  /**
   * Runs the measurement.
   *
   * @param args  none to measure once in this JVM, or the number of fresh JVMs to measure in
   * @throws IOException if a child JVM cannot be started or read
   * @throws InterruptedException if interrupted while waiting for a child JVM
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 0) {
      measure();
    } else {
      runs(Integer.parseInt(args[0]));
    }
  }

  private static void measure() {
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
    System.out.printf(Locale.ROOT,
        "first check %s: %.1f ms in main (%.1f ms main-thread CPU), %d ms since JVM start%n",
        decision.outcome(), (mainEnd - mainStart) / 1e6, (cpuEnd - cpuStart) / 1e6, sinceJvmStart);
  }

  private static void runs(int count) throws IOException, InterruptedException {
    // compiled here, not in a static field, so that a measured JVM does not load regex early
    Pattern figures = Pattern.compile("first check \\w+: ([0-9.]+) ms in main \\(([0-9.]+) ms"
        + " main-thread CPU\\), ([0-9]+) ms since JVM start");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<double[]> results = new ArrayList<>();
    for (int run = 0; run < count; run++) {
      Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          FirstCheck.class.getName()).redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          System.out.println(line);
          Matcher matcher = figures.matcher(line);
          if (matcher.find()) {
            results.add(new double[] {Double.parseDouble(matcher.group(1)),
                Double.parseDouble(matcher.group(2)), Double.parseDouble(matcher.group(3))});
          }
        }
      }
      if (child.waitFor() != 0) {
        throw new IllegalStateException("run " + (run + 1) + " exited with " + child.exitValue());
      }
    }
    String[] names = {"ms in main", "ms main-thread CPU", "ms since JVM start"};
    for (int figure = 0; figure < names.length; figure++) {
      int index = figure;
      double[] values = results.stream().mapToDouble(result -> result[index]).sorted().toArray();
      System.out.printf(Locale.ROOT, "%d runs, %s: min %.1f, median %.1f, max %.1f%n",
          values.length, names[figure], values[0], median(values), values[values.length - 1]);
    }
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
