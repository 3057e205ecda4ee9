package eu.mieux.examples.cli;

import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.rules.coverage.CoverageRow;
import eu.mieux.rules.coverage.CoverageTable;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code coverage [FILE] [--warnings]}: checks a coverage file, such as a newer
 * {@code coverage.csv}, as every command that takes {@code --coverage FILE} would, and prints its
 * summary: rows per instrument and data quality, countries, date range, SHA-256 and warnings.
 * Without FILE it summarises the shipped data.
 *
 * <p>Exit status: 0 when the file is valid coverage data (warnings allowed); 1 when it breaks a
 * rule, reported on standard error as {@code FILE:LINE: column NAME: ...}; 2 on a usage error,
 * such as a file that does not exist.
 */
final class CoverageCommand implements Command {

  /** Exit status of a coverage file that breaks a rule. */
  static final int INVALID = 1;

  @Override
  public String name() {
    return "coverage";
  }

  @Override
  public String description() {
    return "check a coverage file (coverage.csv) and print its summary";
  }

  @Override
  public String usage() {
    return "usage: coverage [FILE] [--warnings]\n\n"
        + "FILE        a coverage file with the header of the shipped coverage.csv ('-' reads standard\n"
        + "            input); without FILE, the shipped data\n"
        + "--warnings  list every warning (overlapping periods of one country and instrument)\n\n"
        + "A valid file is UTF-8 CSV of at most " + CoverageTable.MAX_BYTES + " bytes; its dates lie within "
        + CoverageTable.FIRST_DAY + " and " + CoverageTable.LAST_DAY + ";\n"
        + "a country has at most " + CoverageTable.MAX_ROWS_PER_COUNTRY
        + " rows; no row repeats another exactly (README, 'Coverage data').\n"
        + "Use it with --coverage FILE on 'eligibility' and 'check'.\n\n"
        + "exit status: 0 valid, 1 breaks a rule (FILE:LINE: column NAME: ... on standard error),\n"
        + "             2 usage error\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args, Set.of(), Set.of("--warnings"));
      if (arguments.positional().size() > 1) {
        throw new IllegalArgumentException("expected at most one FILE, but got " + arguments.positional());
      }
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    CoverageTable table;
    try {
      if (arguments.positional().isEmpty()) {
        table = CoverageTable.standard();
      } else if (arguments.positional().get(0).equals("-")) {
        table = CoverageTable.read(new InputStreamReader(in, StandardCharsets.UTF_8), "<stdin>");
      } else {
        table = CoverageTable.read(java.nio.file.Path.of(arguments.positional().get(0)));
      }
    } catch (UncheckedIOException e) {
      return usageError(err, "file must be readable, but was not: " + e.getMessage());
    } catch (java.nio.file.InvalidPathException e) {
      return usageError(err, e.getMessage());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return INVALID;
    }
    print(table, arguments.flag("--warnings"), out);
    return 0;
  }

  private static void print(CoverageTable table, boolean allWarnings, PrintStream out) {
    out.println(table.source() + ": valid coverage data");
    out.println("  version   " + table.version());
    out.println("  sha256    " + table.sha256().orElse("none"));
    out.println("  rows      " + table.rows().size() + " rows for " + table.countries().size()
        + " countries, " + table.notes().size() + " notes");
    out.println("  dates     " + table.firstDate() + " to " + table.lastDate()
        + " (instrument rows to " + table.lastInstrumentDate()
        + table.firstReferenceDate().map(first -> "; DAC list " + first + " to "
            + table.lastReferenceDate()).orElse("") + ")");
    out.println();
    Map<String, EnumMap<DataQuality, Integer>> counts = new LinkedHashMap<>();
    for (Instrument instrument : Instrument.values()) {
      counts.put(instrument.name(), new EnumMap<>(DataQuality.class));
    }
    counts.put(CoverageRow.REFERENCE_SCHEME, new EnumMap<>(DataQuality.class));
    EnumMap<DataQuality, Integer> total = new EnumMap<>(DataQuality.class);
    for (CoverageRow row : table.rows()) {
      counts.get(row.scheme()).merge(row.quality(), 1, Integer::sum);
      total.merge(row.quality(), 1, Integer::sum);
    }
    counts.put("total", total);
    out.printf("  %-10s %9s %11s %6s %6s%n", "rows", "verified", "unverified", "proxy", "total");
    for (Map.Entry<String, EnumMap<DataQuality, Integer>> entry : counts.entrySet()) {
      EnumMap<DataQuality, Integer> row = entry.getValue();
      out.printf("  %-10s %9d %11d %6d %6d%n", entry.getKey(),
          row.getOrDefault(DataQuality.VERIFIED, 0), row.getOrDefault(DataQuality.UNVERIFIED, 0),
          row.getOrDefault(DataQuality.PROXY, 0),
          row.values().stream().mapToInt(Integer::intValue).sum());
    }
    List<String> warnings = new ArrayList<>(table.warnings());
    out.println();
    out.println("  warnings  " + warnings.size() + " overlapping periods of one country and instrument"
        + " (allowed: every row that applies is cited)" + (allWarnings || warnings.isEmpty()
            ? "" : "; --warnings lists them"));
    if (allWarnings) {
      warnings.forEach(warning -> out.println("  " + warning));
    }
  }
}
