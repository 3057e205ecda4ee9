package eu.mieux.examples.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import eu.mieux.json.MieuxJson;
import eu.mieux.json.Recorded;
import eu.mieux.model.Coded;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.eligibility.CountryLookup;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The {@code eligibility} command: may a body in a country ask MIEUX for help on a date, and why.
 *
 * <p>Single check: {@code eligibility COUNTRY DATE [--requester KIND[,KIND...]] [--strict]} prints
 * the overall outcome, then each finding with its reasons and legal bases: the country rule (R-EL1),
 * the programme window (M-PW1) and, with {@code --requester}, the requester rule (R-EL2/R-EL3) for
 * each body of a joint request and the pairing of a civil-society organisation with a government
 * body (R-EL3b): a CSO alone in 2022 is refused, a CSO with a national or a local authority is not.
 * Exit status: 0 eligible ({@code YES}), 1 not eligible ({@code NO}), 3 undetermined, 2 usage error.
 *
 * <p>Batch: {@code eligibility --csv FILE} ({@code -} reads standard input) streams an RFC 4180
 * CSV (UTF-8, header {@code iso2,date}, codes or names; quoted fields, CRLF, a BOM and blank lines
 * are read) and writes {@code iso2,date,eligible,instruments,reason} as RFC 4180 CSV, or with
 * {@code --format json} one JSON object per row (NDJSON), each row as soon as it is decided. Memory
 * stays constant whatever the input's length. {@code eligible} answers the country question under
 * the chosen policy ({@code --strict}); with {@code --requester} it answers the request question for
 * the row's country; an undetermined answer is {@code false} with a reason starting
 * {@code undetermined:}. Bad rows, including a byte that is not UTF-8, are reported on standard
 * error as {@code FILE:LINE:COLUMN: column NAME: message} and the exit status is 2; good rows are
 * still written. Otherwise the exit status is 0. {@code --csv} given twice is a usage error.
 */
public final class EligibilityCommand implements Command {

  /** Exit status of a single check whose answer is {@code NO}. */
  public static final int NOT_ELIGIBLE = 1;

  /** Exit status of a single check whose answer is {@code UNDETERMINED}. */
  public static final int UNDETERMINED = 3;

  /** The header of the batch output. */
  public static final String CSV_HEADER = "iso2,date,eligible,instruments,reason";

  /** The longest CSV record of the batch, in characters; a longer one stops the batch. */
  static final int MAX_RECORD_LENGTH = 1 << 20;

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
    return "usage: eligibility COUNTRY DATE [--requester KIND[,KIND...]] [--strict] [--format text|json|csv]\n"
        + "                   [--coverage FILE]\n"
        + "       eligibility --csv FILE [--requester KIND[,KIND...]] [--strict] [--format csv|json]\n"
        + "                   [--coverage FILE]\n\n"
        + "COUNTRY  ISO alpha-2 or alpha-3 code or English name (UA, UKR, Ukraine, Palestine, AN)\n"
        + "DATE     ISO date yyyy-mm-dd, such as 2016-05-01\n"
        + "--requester KIND[,KIND...]  the kind of each requesting body of a (joint) request, one of\n"
        + "                  " + codes() + "\n"
        + "--strict          use VERIFIED coverage rows only (default: all rows)\n"
        + "--format FORMAT   text (default), json (the RequestDecision recorded with its provenance) or csv;\n"
        + "                  batch: csv (default) or json (one object per row, NDJSON)\n"
        + "--csv FILE        batch mode, streamed: RFC 4180 CSV, UTF-8, header 'iso2,date' (codes or names);\n"
        + "                  output header '" + CSV_HEADER + "'; FILE '-' reads standard input\n"
        + "                  and then writes each row as soon as it is decided; --csv is given once\n"
        + CoverageOption.USAGE + "\n"
        + "A bad row (unknown country, bad date, wrong column count, a byte that is not UTF-8) is reported on\n"
        + "standard error as FILE:LINE:COLUMN and the run goes on. A record longer than "
        + MAX_RECORD_LENGTH + " characters\nor malformed quoting stops the batch. "
        + "Long batches print their progress on standard error when it is a terminal.\n\n"
        + "exit status: single check 0 eligible, 1 not eligible, 3 undetermined; batch 0;\n"
        + "             2 usage error or (batch) at least one bad row\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    Optional<String> csv = Optional.empty();
    Optional<List<RequesterKind>> requester = Optional.empty();
    Optional<String> coverage = Optional.empty();
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
        case CoverageOption.NAME:
          if (i + 1 >= args.size()) {
            return usageError(err, arg + " needs a value");
          }
          String value = args.get(++i);
          if (arg.equals(CoverageOption.NAME)) {
            coverage = Optional.of(value);
          } else if (arg.equals("--csv")) {
            if (csv.isPresent()) {
              return usageError(err, "--csv must be given once (one batch per run; concatenate the files "
                  + "or run once per file), but was given twice");
            }
            csv = Optional.of(value);
          } else if (arg.equals("--format")) {
            if (!List.of("text", "json", "csv").contains(value)) {
              return usageError(err, "--format must be one of [text, json, csv], but was " + Terminal.quote(value));
            }
            format = value;
          } else {
            try {
              List<RequesterKind> kinds = new ArrayList<>();
              for (String code : value.split(",", -1)) {
                kinds.add(Coded.fromCode(RequesterKind.class, code.trim()));
              }
              requester = Optional.of(List.copyOf(kinds));
            } catch (IllegalArgumentException e) {
              return usageError(err, e.getMessage());
            }
          }
          break;
        default:
          if (arg.startsWith("--")) {
            return usageError(err, "unknown option " + Terminal.quote(arg));
          }
          positional.add(arg);
      }
    }
    if (csv.isPresent()) {
      if (!positional.isEmpty()) {
        return usageError(err, "--csv takes no COUNTRY or DATE, but got " + positional.size() + " argument(s)");
      }
      if (format.equals("text")) {
        format = "csv";
      }
    } else if (positional.size() != 2) {
      return usageError(err, "expected COUNTRY and DATE, but got " + positional);
    }
    MieuxRules rules;
    try {
      rules = CoverageOption.rules(coverage, strict);
    } catch (IllegalArgumentException e) {
      err.println("mieux " + name() + ": " + Terminal.escape(e.getMessage(), 2000));
      return USAGE;
    }
    if (csv.isPresent()) {
      return batch(rules, csv.get(), requester, format, in, out, err);
    }
    return single(rules, positional.get(0), positional.get(1), requester, strict, format, out, err);
  }

  private int single(MieuxRules rules, String countryInput, String dateInput,
      Optional<List<RequesterKind>> requester, boolean strict, String format, PrintStream out,
      PrintStream err) {
    List<Country> countries;
    LocalDate date;
    try {
      countries = List.copyOf(rules.countryLookup().resolve(countryInput));
      date = EligibilityRows.parseDate(dateInput);
    } catch (IllegalArgumentException e) {
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
      out.println(MieuxJson.write(Recorded.of(decision, rules.provenance())));
      return status(decision);
    }
    if (format.equals("csv")) {
      EligibilityRows rows = new EligibilityRows(rules, requester, false,
          new OutputStreamWriter(out, StandardCharsets.UTF_8));
      rows.header();
      rows.write(1, new LinkedHashSet<>(countries), date);
      rows.flush();
      return status(decision);
    }
    out.println("Eligibility on " + date + " of " + describe(countries)
        + requester.map(k -> (k.size() == 1 ? ", requester " : ", joint request by ")
            + String.join(" + ", k.stream().map(RequesterKind::code).toList())).orElse("")
        + " (policy: " + (strict ? "strict, VERIFIED rows only" : "default, all rows") + ")");
    out.println("Outcome: " + decision.outcome());
    for (CountryDecision country : decision.countries()) {
      out.println("  " + country.country() + ": " + country.outcome() + ", instruments "
          + instrumentsOf(country));
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

  private int batch(MieuxRules rules, String file, Optional<List<RequesterKind>> requester, String format,
      InputStream in, PrintStream out, PrintStream err) {
    CountryLookup lookup = rules.countryLookup();
    boolean stdin = file.equals("-");
    String source = stdin ? "<stdin>" : Terminal.escape(file, 200);
    InputStream stream;
    if (stdin) {
      stream = in;
    } else {
      try {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          return usageError(err, "--csv must name a file, but " + Terminal.quote(file) + " is a directory");
        }
        stream = Files.newInputStream(path);
      } catch (NoSuchFileException e) {
        return usageError(err, "--csv file must exist, but was " + Terminal.quote(file));
      } catch (IOException | InvalidPathException e) {
        return usageError(err, "--csv file must be readable, but " + Terminal.quote(file) + " is not: "
            + e.getMessage());
      }
    }
    // UTF-8 with replacement: an undecodable byte becomes U+FFFD and makes its row bad, never ends the run
    Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
    EligibilityRows rows = new EligibilityRows(rules, requester, format.equals("json"),
        new OutputStreamWriter(out, StandardCharsets.UTF_8));
    int status = 0;
    Progress progress = Progress.of(err);
    long count = 0;
    boolean header = true;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
        .allowMissingFields(true).maxBufferSize(MAX_RECORD_LENGTH).ofCsvRecord(reader)) {
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          String first = record.getField(0).startsWith("\uFEFF") ? record.getField(0).substring(1) : record.getField(0);
          if (record.getFieldCount() != 2 || !first.strip().equalsIgnoreCase("iso2")
              || !record.getField(1).strip().equalsIgnoreCase("date")) {
            err.println(source + ":" + line + ": header must be 'iso2,date', but was "
                + Terminal.quote(String.join(",", record.getFields())));
            return USAGE;
          }
          rows.header();
          continue;
        }
        progress.row(++count);
        if (record.getFieldCount() != 2) {
          boolean open = record.getFields().stream().anyMatch(f -> f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0);
          err.println(source + ":" + line + ": row must have 2 columns iso2,date, but had "
              + record.getFieldCount() + (open ? " (a quoted field is not closed)" : "") + ": "
              + Terminal.quote(String.join(",", record.getFields())));
          status = USAGE;
          continue;
        }
        String countryInput = record.getField(0).strip();
        String dateInput = record.getField(1).strip();
        Set<Country> countries = lookup.find(countryInput);
        if (countries.isEmpty()) {
          err.println(source + ":" + line + ":1: column iso2: " + (countryInput.indexOf('\uFFFD') >= 0
              ? "country must be UTF-8 text, but had a byte that is not UTF-8 (shown as U+FFFD): "
                  + Terminal.quote(countryInput)
              : Terminal.line(badCountry(lookup, countryInput))));
          status = USAGE;
          continue;
        }
        LocalDate date;
        try {
          date = EligibilityRows.parseDate(dateInput);
        } catch (IllegalArgumentException e) {
          err.println(source + ":" + line + ":2: column date: " + (dateInput.indexOf('\uFFFD') >= 0
              ? "date must be UTF-8 text, but had a byte that is not UTF-8 (shown as U+FFFD): "
                  + Terminal.quote(dateInput)
              : e.getMessage()));
          status = USAGE;
          continue;
        }
        rows.write(line, countries, date);
        if (stdin) {
          rows.flush();
        } else if ((count & 0xFFF) == 0 && out.checkError()) {
          break; // the reader of the output has gone (a closed pipe): stop quietly
        }
      }
    } catch (CsvParseException e) {
      rows.flush();
      err.println(source + ": malformed CSV, reading stops: " + Terminal.line(e.getMessage()
          + (e.getCause() == null ? "" : ": " + e.getCause().getMessage())));
      return USAGE;
    } catch (UncheckedIOException | IOException e) {
      rows.flush();
      err.println(source + ": must be readable, but reading failed: " + Terminal.line(String.valueOf(e.getMessage())));
      return USAGE;
    } finally {
      if (!stdin) {
        try {
          stream.close();
        } catch (IOException e) {
          // everything was read; nothing to report
        }
      }
    }
    if (header) {
      err.println(source + ":1: header must be 'iso2,date', but the input is empty");
      return USAGE;
    }
    rows.flush();
    progress.done(count);
    return status;
  }

  private static String badCountry(CountryLookup lookup, String input) {
    try {
      lookup.resolve(input);
      return "country must name a known country, but was " + Terminal.quote(input);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static String instrumentsOf(CountryDecision decision) {
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

  private static String codes() {
    StringJoiner joined = new StringJoiner(", ");
    for (RequesterKind kind : RequesterKind.values()) {
      joined.add(kind.code());
    }
    return joined.toString();
  }

}
