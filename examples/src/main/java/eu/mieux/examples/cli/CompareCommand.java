package eu.mieux.examples.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.json.MieuxJsonException;
import eu.mieux.model.Coded;
import eu.mieux.model.country.Country;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.compare.Answer;
import eu.mieux.rules.compare.Comparison;
import eu.mieux.rules.compare.Difference;
import eu.mieux.rules.compare.Question;
import eu.mieux.rules.compare.Setting;
import eu.mieux.rules.eligibility.CountryLookup;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code compare} command: what a choice among the sources changes (RULES.md §13, §15). It
 * answers the same questions under the default settings (changed by {@code --base KEY=VALUE}) and
 * under an alternative ({@code --set KEY=VALUE}), and prints only the answers that differ, each
 * with both reasons.
 *
 * <p>Questions come from {@code --csv FILE} (header {@code country,date} with an optional
 * {@code requester} column of kinds joined by {@code +}) or from request and Action documents.
 * Exit status: 0 no answer differs, 1 some answers differ, 2 usage error or bad input.
 */
public final class CompareCommand implements Command {

  /** Exit status when at least one answer differs. */
  public static final int DIFFERENT = 1;

  /** Creates the command. */
  public CompareCommand() {}

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String description() {
    return "what-if: list the answers that change under another setting (--set KEY=VALUE)";
  }

  @Override
  public String usage() {
    StringBuilder text = new StringBuilder()
        .append("usage: compare --set KEY=VALUE [--set ...] [--base KEY=VALUE ...] --csv FILE\n")
        .append("       compare --set KEY=VALUE [--set ...] [--base KEY=VALUE ...] DOCUMENT.json...\n\n")
        .append("--set KEY=VALUE   the alternative setting (repeatable)\n")
        .append("--base KEY=VALUE  change the default settings compared from (repeatable)\n")
        .append("--csv FILE        questions: header 'country,date' and optionally 'requester'\n")
        .append("                  (kinds joined by '+', such as civil_society_organisation+local_authority);\n")
        .append("                  '-' reads standard input\n")
        .append("DOCUMENT.json     request or Action documents, checked under both settings\n\n")
        .append("keys:\n");
    for (Setting setting : Setting.values()) {
      text.append(String.format("  %-24s %s%n", setting.key(), setting.accepts()));
    }
    return text.append("\nexit status: 0 no answer differs, 1 some answers differ, 2 usage error or bad input\n")
        .toString();
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments arguments;
    RulesConfig base;
    RulesConfig alternative;
    try {
      arguments = Arguments.parse(args, Set.of("--csv"), Set.of("--set", "--base"), Set.of());
      if (arguments.values("--set").isEmpty()) {
        throw new IllegalArgumentException("expected at least one --set KEY=VALUE");
      }
      boolean csv = arguments.value("--csv").isPresent();
      if (csv == !arguments.positional().isEmpty()) {
        throw new IllegalArgumentException("expected either --csv FILE or DOCUMENT.json files, but got "
            + (csv ? "both" : "neither"));
      }
      base = Setting.apply(RulesConfig.standard(), arguments.values("--base"));
      alternative = Setting.apply(base, arguments.values("--set"));
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    List<Question> questions = new ArrayList<>();
    try {
      if (arguments.value("--csv").isPresent()) {
        readCsv(arguments.value("--csv").get(), in, questions);
      } else {
        for (String file : arguments.positional()) {
          readDocument(file, in, questions);
        }
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("mieux compare: " + e.getMessage());
      return USAGE;
    }
    List<Difference> differences = Comparison.of(base, alternative).differences(questions);
    out.println("compared " + questions.size() + " question(s) with " + String.join(", ", arguments.values("--set"))
        + (arguments.values("--base").isEmpty() ? "" : " against " + String.join(", ", arguments.values("--base")))
        + ": " + differences.size() + " answer(s) differ");
    for (Difference difference : differences) {
      out.println();
      out.println(difference.question().label() + ": " + difference.base().outcome() + " -> "
          + difference.alternative().outcome());
      print("base", difference.base(), out);
      print("alternative", difference.alternative(), out);
    }
    return differences.isEmpty() ? 0 : DIFFERENT;
  }

  private static void print(String which, Answer answer, PrintStream out) {
    out.println("  " + which + ": " + answer.outcome());
    for (String reason : answer.reasons()) {
      out.println("    - " + reason);
    }
  }

  private static void readCsv(String file, InputStream in, List<Question> questions) {
    String source = file.equals("-") ? "<stdin>" : file;
    String text = new String(DocumentInput.read(file, in), StandardCharsets.UTF_8);
    CountryLookup lookup = MieuxRules.standard().countryLookup();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(text)) {
      for (NamedCsvRecord row : reader) {
        long line = row.getStartingLineNumber();
        List<String> header = row.getHeader();
        if (!header.equals(List.of("country", "date")) && !header.equals(List.of("country", "date", "requester"))) {
          throw new IllegalArgumentException(source + ":1: header must be 'country,date' or "
              + "'country,date,requester', but was '" + String.join(",", header) + "'");
        }
        LocalDate date;
        try {
          date = LocalDate.parse(row.getField("date").trim());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(source + ":" + line + ": column date: date must be an ISO date such as "
              + "2016-05-01, but was '" + row.getField("date") + "'", e);
        }
        List<RequesterKind> kinds = new ArrayList<>();
        String requester = row.findField("requester").orElse("").trim();
        if (!requester.isEmpty()) {
          for (String code : requester.split("\\+", -1)) {
            try {
              kinds.add(Coded.fromCode(RequesterKind.class, code.trim()));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(source + ":" + line + ": column requester: " + e.getMessage(), e);
            }
          }
        }
        Set<Country> countries;
        try {
          countries = lookup.resolve(row.getField("country").trim());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + ":" + line + ": column country: " + e.getMessage(), e);
        }
        for (Country country : countries) {
          questions.add(Question.ofCountry(country, date, kinds));
        }
      }
    } catch (CsvParseException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  private static void readDocument(String file, InputStream in, List<Question> questions) {
    Document document;
    try {
      document = MieuxJson.readDocument(DocumentInput.read(file, in));
    } catch (MieuxJsonException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    if (document instanceof Document.OfRequest request) {
      questions.add(Question.ofRequest(file, request.request()));
    } else if (document instanceof Document.OfAction action) {
      questions.add(Question.ofAction(file, action.action()));
    } else {
      questions.add(Question.ofAction(file, ((Document.OfCaseStudy) document).caseStudy().action()));
    }
  }
}
