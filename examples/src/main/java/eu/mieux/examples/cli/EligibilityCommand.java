package eu.mieux.examples.cli;

import eu.mieux.json.MieuxJson;
import eu.mieux.model.Coded;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.Policy;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.eligibility.CountryEligibility;
import eu.mieux.rules.eligibility.CountryLookup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The {@code eligibility} command: may a body in a country ask MIEUX for help on a date, and why.
 *
 * <p>Single check: {@code eligibility COUNTRY DATE [--requester KIND] [--strict]} prints the
 * overall outcome, then each finding with its reasons and legal bases: the country rule (R-EL1),
 * the programme window (M-PW1) and, with {@code --requester}, the requester rule (R-EL2/R-EL3).
 * Exit status: 0 eligible ({@code YES}), 1 not eligible ({@code NO}), 3 undetermined, 2 usage error.
 *
 * <p>Batch: {@code eligibility --csv FILE} ({@code -} reads standard input) reads a CSV with header
 * {@code iso2,date} and writes {@code iso2,date,eligible,instruments,reason}. {@code eligible}
 * answers the country question only, under the default policy; an undetermined answer is
 * {@code false} with a reason starting {@code undetermined:}. Bad rows are reported on standard
 * error with their line number and the exit status is 2; good rows are still written. Otherwise the
 * exit status is 0.
 */
public final class EligibilityCommand implements Command {

  /** Exit status of a single check whose answer is {@code NO}. */
  public static final int NOT_ELIGIBLE = 1;

  /** Exit status of a single check whose answer is {@code UNDETERMINED}. */
  public static final int UNDETERMINED = 3;

  /** The header of the batch output. */
  public static final String CSV_HEADER = "iso2,date,eligible,instruments,reason";

  /** Creates the command. */
  public EligibilityCommand() {}

  @Override
  public String name() {
    return "eligibility";
  }

  @Override
  public String description() {
    return "decide whether a country (and requester) is eligible for MIEUX on a date";
  }

  @Override
  public String usage() {
    return "usage: eligibility COUNTRY DATE [--requester KIND] [--strict] [--format text|json|csv]\n"
        + "       eligibility --csv FILE            (FILE '-' reads standard input)\n\n"
        + "COUNTRY  ISO alpha-2 or alpha-3 code or English name (UA, UKR, Ukraine, Palestine, AN)\n"
        + "DATE     ISO date, such as 2016-05-01\n"
        + "--requester KIND  one of " + codes() + "\n"
        + "--strict          use VERIFIED coverage rows only (default: all rows)\n"
        + "--format FORMAT   text (default), json (the RequestDecision document) or csv (the batch columns)\n"
        + "--csv FILE        batch mode: input header 'iso2,date'; output header '" + CSV_HEADER + "'\n\n"
        + "Long batches print their progress on standard error when it is a terminal.\n\n"
        + "exit status: single check 0 eligible, 1 not eligible, 3 undetermined; batch 0;\n"
        + "             2 usage error or (batch) at least one bad row\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    Optional<String> csv = Optional.empty();
    Optional<RequesterKind> requester = Optional.empty();
    boolean strict = false;
    String format = "text";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--strict":
          strict = true;
          break;
        case "--csv":
        case "--format":
        case "--requester":
          if (i + 1 >= args.size()) {
            return usageError(err, arg + " needs a value");
          }
          String value = args.get(++i);
          if (arg.equals("--csv")) {
            csv = Optional.of(value);
          } else if (arg.equals("--format")) {
            if (!List.of("text", "json", "csv").contains(value)) {
              return usageError(err, "--format must be one of [text, json, csv], but was '" + value + "'");
            }
            format = value;
          } else {
            try {
              requester = Optional.of(Coded.fromCode(RequesterKind.class, value));
            } catch (IllegalArgumentException e) {
              return usageError(err, e.getMessage());
            }
          }
          break;
        default:
          if (arg.startsWith("--")) {
            return usageError(err, "unknown option '" + arg + "'");
          }
          positional.add(arg);
      }
    }
    if (csv.isPresent()) {
      if (!positional.isEmpty() || strict || requester.isPresent() || !format.equals("text")) {
        return usageError(err, "--csv takes no COUNTRY, DATE, --requester, --strict or --format");
      }
      return batch(csv.get(), in, out, err);
    }
    if (positional.size() != 2) {
      return usageError(err, "expected COUNTRY and DATE, but got " + positional);
    }
    return single(positional.get(0), positional.get(1), requester, strict, format, out, err);
  }

  private int single(String countryInput, String dateInput, Optional<RequesterKind> requester,
      boolean strict, String format, PrintStream out, PrintStream err) {
    MieuxRules rules = strict
        ? MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict())) : MieuxRules.standard();
    List<Country> countries;
    LocalDate date;
    try {
      countries = List.copyOf(rules.countryLookup().resolve(countryInput));
      date = LocalDate.parse(dateInput);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return usageError(err, e.getMessage());
    }
    RequestDecision decision;
    try {
      decision = requester.isPresent()
          ? rules.requestEligibility().check(countries, requester.get(), date)
          : rules.requestEligibility().check(countries, date);
    } catch (IllegalArgumentException e) { // a date outside the four-digit ISO years
      return usageError(err, e.getMessage());
    }
    if (format.equals("json")) {
      out.println(MieuxJson.write(decision));
      return status(decision);
    }
    if (format.equals("csv")) {
      out.println(CSV_HEADER);
      for (CountryDecision country : decision.countries()) {
        out.println(country.country().alpha2() + "," + date + "," + country.isYes() + ","
            + instruments(country) + "," + quote(shortReason(country)));
      }
      return status(decision);
    }
    out.println("Eligibility on " + date + " of " + describe(countries)
        + requester.map(k -> ", requester " + k.code()).orElse("")
        + " (policy: " + (strict ? "strict, VERIFIED rows only" : "default, all rows") + ")");
    out.println("Outcome: " + decision.outcome());
    for (CountryDecision country : decision.countries()) {
      out.println("  " + country.country() + ": " + country.outcome() + ", instruments "
          + instruments(country));
    }
    out.println();
    out.println("Reasons:");
    for (Reason reason : decision.reasons()) {
      out.println("- [" + reason.ruleId() + " " + reason.outcome() + "] " + reason.message());
      for (LegalBasis basis : reason.legalBases()) {
        out.println("    basis:   " + basis.basis());
        out.println("    source:  " + basis.source());
        out.println("    " + basis.instrument().map(i -> "instrument: " + i + ", ").orElse("")
            + basis.period().map(p -> "period: " + p + ", ").orElse("") + "quality: "
            + basis.quality());
      }
    }
    return status(decision);
  }

  private static int status(RequestDecision decision) {
    switch (decision.outcome()) {
      case YES:
        return 0;
      case NO:
        return NOT_ELIGIBLE;
      default:
        return UNDETERMINED;
    }
  }

  private int batch(String file, InputStream in, PrintStream out, PrintStream err) {
    CountryEligibility eligibility = MieuxRules.standard().countryEligibility();
    CountryLookup lookup = MieuxRules.standard().countryLookup();
    String source = file.equals("-") ? "<stdin>" : file;
    List<String> lines;
    try (Reader reader = file.equals("-")
        ? new InputStreamReader(in, StandardCharsets.UTF_8)
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      lines = new BufferedReader(reader).lines().toList();
    } catch (NoSuchFileException e) {
      return usageError(err, "file must exist, but was '" + file + "'");
    } catch (IOException e) {
      return usageError(err, "file must be readable, but '" + file + "' failed: " + e.getMessage());
    }
    if (lines.isEmpty() || !stripBom(lines.get(0)).replace(" ", "").equalsIgnoreCase("iso2,date")) {
      err.println(source + ":1: header must be 'iso2,date', but was '"
          + (lines.isEmpty() ? "" : lines.get(0)) + "'");
      return USAGE;
    }
    out.println(CSV_HEADER);
    int status = 0;
    Progress progress = Progress.of(err, lines.size() - 1);
    for (int i = 1; i < lines.size(); i++) {
      progress.row(i);
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int lineNumber = i + 1;
      String[] fields = line.split(",", -1);
      if (fields.length != 2) {
        err.println(source + ":" + lineNumber + ": row must have 2 columns iso2,date, but was '"
            + line + "'");
        status = USAGE;
        continue;
      }
      String countryInput = unquote(fields[0]);
      String dateInput = unquote(fields[1]);
      LocalDate date;
      List<Country> countries;
      try {
        countries = List.copyOf(lookup.resolve(countryInput));
      } catch (IllegalArgumentException e) {
        err.println(source + ":" + lineNumber + ": column iso2: " + e.getMessage());
        status = USAGE;
        continue;
      }
      try {
        date = LocalDate.parse(dateInput);
      } catch (DateTimeParseException e) {
        err.println(source + ":" + lineNumber + ": column date: date must be an ISO date such as "
            + "2016-05-01, but was '" + dateInput + "'");
        status = USAGE;
        continue;
      }
      for (Country country : countries) {
        CountryDecision decision = eligibility.check(country, date);
        out.println(country.alpha2() + "," + date + "," + decision.isYes() + ","
            + instruments(decision) + "," + quote(shortReason(decision)));
      }
    }
    progress.done();
    out.flush();
    return status;
  }

  private static String shortReason(CountryDecision decision) {
    if (decision.isYes()) {
      Set<String> bases = new LinkedHashSet<>();
      for (LegalBasis basis : decision.coverage()) {
        bases.add(basis.basis());
      }
      return "covered: " + String.join("; ", bases);
    }
    String message = decision.reasons().get(0).message();
    return decision.outcome() == Outcome.UNDETERMINED ? "undetermined: " + message : message;
  }

  private static String instruments(CountryDecision decision) {
    if (decision.instruments().isEmpty()) {
      return "none";
    }
    StringJoiner joined = new StringJoiner(";");
    decision.instruments().forEach(i -> joined.add(i.name()));
    return joined.toString();
  }

  private static String describe(List<Country> countries) {
    StringJoiner joined = new StringJoiner(", ");
    countries.forEach(c -> joined.add(c.englishName() + " (" + c.alpha2() + ")"));
    return joined.toString();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String unquote(String field) {
    String trimmed = field.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"").trim();
    }
    return trimmed;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static String codes() {
    StringJoiner joined = new StringJoiner(", ");
    for (RequesterKind kind : RequesterKind.values()) {
      joined.add(kind.code());
    }
    return joined.toString();
  }

}
