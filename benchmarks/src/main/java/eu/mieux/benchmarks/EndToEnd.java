package eu.mieux.benchmarks;

import eu.mieux.testing.JsonFixtures;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The end-to-end benchmarks: the command line's main jobs timed as whole processes (JVM start
 * included) against a plain-Java yardstick run in turn in the same call, A B A B ..., the ratio taken
 * pair by pair.
 *
 * <ol>
 *   <li>{@code eligibility --csv} on a generated 1,000,000-row {@code iso2,date} file under
 *       {@code -Xmx64m}, against {@link PassThrough} (reads the file, parses each date, looks the
 *       country up in a {@code HashMap}, writes a line of the same size);</li>
 *   <li>{@code check DIR} on a directory of realistic Action and case-study documents (the seeds'
 *       fixtures, copied), against {@link ReadDocuments} ({@code MieuxJson.readDocument} alone).</li>
 * </ol>
 *
 * <p>Run after {@code ./mvnw -B -Pbenchmarks -DskipTests package}:
 * <pre>
 * java -cp benchmarks/target/mieux-benchmarks.jar eu.mieux.benchmarks.EndToEnd \
 *     examples/target/mieux-examples.jar [RUNS] [ROWS] [DOCUMENTS]
 * </pre>
 * Output goes to files in a temporary directory, deleted at the end. The same figures can be
 * reproduced with {@code /usr/bin/time -v} on the commands it prints.
 */
public final class EndToEnd {

  private static final String[] CODES = {"UA", "MD", "GE", "AM", "AZ", "BY", "TH", "PH", "KH", "LA", "CR", "KE",
      "MX", "BR", "PE", "SN", "CI", "CV", "PS", "RU", "TR", "JO", "MA", "TN", "LB", "NG", "GH", "MW", "MG", "MU"};

  private EndToEnd() {}

  /**
   * Runs the benchmarks and prints a Markdown table.
   *
   * @param args  the examples jar, then optionally runs (5), rows (1,000,000), documents (5,000)
   * @throws Exception if a file cannot be written or a process started
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: EndToEnd EXAMPLES_JAR [RUNS] [ROWS] [DOCUMENTS]");
      System.exit(2);
    }
    String cli = args[0];
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int documents = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
    String java = ProcessHandle.current().info().command().orElse("java");
    String self = new File(EndToEnd.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    Path dir = Files.createTempDirectory("mieux-e2e");
    try {
      Path csv = dir.resolve("rows.csv");
      generateRows(csv, rows);
      Path docs = dir.resolve("documents");
      generateDocuments(docs, documents);
      Path out = dir.resolve("out");
      System.out.printf(Locale.ROOT, "| job | mieux, median s (min-max) | yardstick, median s (min-max) "
          + "| ratio, median of pairs |%n");
      System.out.printf(Locale.ROOT, "|---|---|---|---|%n");
      compare(String.format(Locale.ROOT, "eligibility --csv, %,d rows, -Xmx64m", rows), runs, out,
          List.of(java, "-Xmx64m", "-jar", cli, "eligibility", "--csv", csv.toString()),
          List.of(java, "-Xmx64m", "-cp", self, PassThrough.class.getName(), csv.toString()));
      compare(String.format(Locale.ROOT, "check DIR, %,d documents", documents), runs, out,
          List.of(java, "-jar", cli, "check", docs.toString()),
          List.of(java, "-cp", self, ReadDocuments.class.getName(), docs.toString()));
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void compare(String job, int runs, Path out, List<String> a, List<String> b) throws Exception {
    run(a, out);
    run(b, out);
    List<Double> as = new ArrayList<>();
    List<Double> bs = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuAs = new ArrayList<>();
    List<Double> cpuBs = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      double[] ta = run(a, out);
      double[] tb = run(b, out);
      as.add(ta[0]);
      bs.add(tb[0]);
      ratios.add(ta[0] / tb[0]);
      cpuAs.add(ta[1]);
      cpuBs.add(tb[1]);
      cpuRatios.add(ta[1] / tb[1]);
    }
    System.out.printf(Locale.ROOT, "| %s | wall %.2f (%.2f-%.2f); cpu %.2f | wall %.2f (%.2f-%.2f); cpu %.2f "
        + "| wall %.2fx; cpu %.2fx |%n", job, median(as), Collections.min(as), Collections.max(as), median(cpuAs),
        median(bs), Collections.min(bs), Collections.max(bs), median(cpuBs), median(ratios), median(cpuRatios));
    System.err.println("  A: " + String.join(" ", a) + " > OUT");
    System.err.println("  B: " + String.join(" ", b) + " > OUT");
  }

  /** Times one whole process: wall seconds, and CPU seconds (user + system) when /usr/bin/time is there. */
  private static double[] run(List<String> command, Path out) throws Exception {
    Path times = out.resolveSibling("times");
    List<String> timed = new ArrayList<>();
    if (TIME.canExecute()) {
      timed.addAll(List.of(TIME.getPath(), "-f", "%U %S", "-o", times.toString()));
    }
    timed.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status > 1) {
      throw new IllegalStateException("exit status must be 0 or 1 (a document breaks a rule), but was " + status
          + " for " + command);
    }
    double cpu = Double.NaN;
    if (TIME.canExecute()) {
      String[] parts = Files.readString(times).trim().split("\\s+");
      cpu = Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1]);
    }
    return new double[] {seconds, cpu};
  }

  private static final File TIME = new File("/usr/bin/time");

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Writes an {@code iso2,date} file: codes of 30 partner countries, days of 2009-2024, a fixed seed.
   *
   * @param file  the file
   * @param rows  the number of rows
   * @throws IOException if it cannot be written
   */
  public static void generateRows(Path file, int rows) throws IOException {
    Random random = new Random(42);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("iso2,date\n");
      StringBuilder line = new StringBuilder(16);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        line.append(CODES[random.nextInt(CODES.length)]).append(',').append(2009 + random.nextInt(16)).append('-');
        pad(line, 1 + random.nextInt(12)).append('-');
        pad(line, 1 + random.nextInt(28)).append('\n');
        out.append(line);
      }
    }
  }

  private static StringBuilder pad(StringBuilder line, int value) {
    return (value < 10 ? line.append('0') : line).append(value);
  }

  /**
   * Writes documents: the kit's top-level Action documents (generated from its fixtures) and the 16
   * case studies, in turn, one per file.
   *
   * @param dir  the directory, created
   * @param count  the number of files
   * @throws IOException if they cannot be written
   */
  public static void generateDocuments(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    List<String> texts = new ArrayList<>();
    for (String name : JsonFixtures.documentNames()) {
      if (name.endsWith(".action.json") && !name.contains("/")) {
        texts.add(JsonFixtures.document(name));
      }
    }
    for (int i = 1; i <= 16; i++) {
      texts.add(JsonFixtures.caseStudy(i));
    }
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "%05d.json", i)), texts.get(i % texts.size()));
    }
  }
}
