package eu.mieux.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.json.MieuxJsonException;
import eu.mieux.json.Recorded;
import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.rules.MieuxRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code check}: reads request, Action or case-study documents, says what each is and prints the
 * findings of the rules (request admissibility or the Action rules).
 *
 * <p>One file: what the document is, then one line per finding with its citations. Several files, a
 * directory (searched recursively for {@code *.json}) or {@code --ndjson FILE} (one document per
 * line; {@code -} reads standard input): one line per document (the file or line, what it is, its
 * ERROR and WARNING counts and its first finding), then a summary line; a malformed document is
 * reported and the run goes on. With {@code --format json} each document's result is one JSON
 * object per line (NDJSON), and the summary goes to standard error.
 *
 * <p>Every document is read through a bounded read of at most {@link MieuxJson#MAX_DOCUMENT_LENGTH}
 * bytes. Exit status: the worst of the documents: 0 when every document is valid and no finding is
 * an error; 1 when one breaks a rule or a model invariant; 2 when one is malformed (wrong syntax,
 * type, property or code, too long, unreadable) or on a usage error. A malformed or invalid document
 * is reported with the JSON Pointer of the offending value, never with a stack trace.
 */
final class CheckCommand implements Command {

  /** Exit status of a document that breaks a rule or a model invariant. */
  static final int BREAKS_A_RULE = 1;

  private static final JsonFactory JSON = MieuxJson.mapper().getFactory();

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String description() {
    return "check request or Action JSON documents (files, directories, NDJSON) against the model and the rules";
  }

  @Override
  public String usage() {
    return "usage: check FILE.json|DIR... [--format text|json] [--strict] [--coverage FILE]\n"
        + "       check --ndjson FILE [--format text|json] [--strict] [--coverage FILE]\n\n"
        + "FILE.json  a request, Action or case-study document (see README, 'JSON'); '-' reads standard input\n"
        + "DIR        every *.json file under the directory, recursively, in path order\n"
        + "--ndjson   one document per line (NDJSON); FILE '-' reads standard input; blank lines are skipped\n"
        + "--format   text (default): one file: what it is, then one line per finding;\n"
        + "           several documents: one line per document, then a summary line;\n"
        + "           json: one file: the assessment recorded with its provenance; several: one JSON object per document (NDJSON)\n"
        + "--strict   check country coverage on VERIFIED rows only\n"
        + CoverageOption.USAGE + "\n"
        + "Each document is read up to " + MieuxJson.MAX_DOCUMENT_LENGTH + " bytes; a longer one is malformed.\n"
        + "exit status: 0 valid, 1 breaks a rule or a model invariant, 2 malformed JSON or usage error;\n"
        + "             several documents: the worst document's status\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments arguments;
    String format;
    try {
      arguments = Arguments.parse(args, Set.of("--format", "--ndjson", CoverageOption.NAME),
          Set.of("--strict"));
      format = arguments.format(List.of("text", "json"));
      if (arguments.value("--ndjson").isPresent() && !arguments.positional().isEmpty()) {
        throw new IllegalArgumentException("--ndjson takes no FILE.json, but got " + arguments.positional());
      }
      if (arguments.value("--ndjson").isEmpty() && arguments.positional().isEmpty()) {
        throw new IllegalArgumentException("expected FILE.json, DIR or --ndjson FILE, but got none");
      }
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    MieuxRules rules;
    try {
      rules = CoverageOption.rules(arguments.value(CoverageOption.NAME), arguments.flag("--strict"));
    } catch (IllegalArgumentException e) {
      err.println("mieux " + name() + ": " + Terminal.escape(e.getMessage(), 2000));
      return USAGE;
    }
    List<String> files = arguments.positional();
    if (arguments.value("--ndjson").isEmpty() && files.size() == 1 && !isDirectory(files.get(0))) {
      return single(files.get(0), in, out, err, rules, format);
    }
    Bulk bulk = new Bulk(rules, format.equals("json"), out);
    if (arguments.value("--ndjson").isPresent()) {
      String file = arguments.value("--ndjson").get();
      try {
        ndjson(file, in, bulk);
      } catch (IllegalArgumentException e) {
        return usageError(err, e.getMessage());
      }
    } else {
      for (String file : files) {
        if (isDirectory(file)) {
          for (Path path : jsonFiles(file, err, bulk)) {
            bulk.file(path.toString(), () -> DocumentInput.file(path, path.toString()));
          }
        } else {
          bulk.file(file, () -> DocumentInput.read(file, in));
        }
      }
    }
    String summary = bulk.summary();
    if (format.equals("json")) {
      err.println(summary);
    } else {
      out.println(summary);
    }
    return bulk.status;
  }

  private int single(String file, InputStream in, PrintStream out, PrintStream err, MieuxRules rules,
      String format) {
    byte[] bytes;
    try {
      bytes = DocumentInput.read(file, in);
    } catch (IllegalArgumentException e) {
      err.println("mieux check: " + Terminal.line(e.getMessage()));
      return USAGE;
    }
    Document document;
    try {
      document = MieuxJson.readDocument(bytes);
    } catch (MieuxJsonException e) {
      if (e.isModelInvariantViolation()) {
        err.println(DocumentInput.display(file) + ": invalid document: " + Terminal.line(e.getMessage()));
        return BREAKS_A_RULE;
      }
      err.println(DocumentInput.display(file) + ": " + Terminal.line(e.getMessage()));
      return USAGE;
    }
    Assessment assessment = assess(rules, document);
    if (format.equals("json")) {
      out.println(MieuxJson.write(Recorded.of(assessment, rules.provenance())));
    } else {
      out.println(DocumentInput.display(file) + ": " + Terminal.line(describe(document, true)));
      FindingText.print(assessment, out);
    }
    return assessment.isYes() ? 0 : BREAKS_A_RULE;
  }

  private static void ndjson(String file, InputStream in, Bulk bulk) {
    InputStream stream;
    if (file.equals("-")) {
      stream = in;
    } else {
      try {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw new IllegalArgumentException("--ndjson must name a file, but " + Terminal.quote(file)
              + " is a directory");
        }
        stream = Files.newInputStream(path);
      } catch (InvalidPathException | IOException e) {
        throw new IllegalArgumentException("--ndjson must name a readable file, but was " + Terminal.quote(file));
      }
    }
    String source = DocumentInput.display(file);
    try {
      BoundedLines lines = new BoundedLines(stream, MieuxJson.MAX_DOCUMENT_LENGTH);
      for (byte[] line = lines.next(); line != null; line = lines.next()) {
        String where = source + ":" + lines.lineNumber();
        if (lines.tooLong()) {
          bulk.malformed(where, "document must be at most " + MieuxJson.MAX_DOCUMENT_LENGTH
              + " bytes long, but the line is longer");
        } else if (!isBlank(line)) {
          byte[] document = line;
          bulk.file(where, () -> document);
        }
      }
    } catch (IOException e) {
      bulk.malformed(source, "must be readable, but reading failed: " + e.getMessage());
    } finally {
      if (stream != in) {
        try {
          stream.close();
        } catch (IOException e) {
          // read to the end already; nothing to report
        }
      }
    }
  }

  private static List<Path> jsonFiles(String directory, PrintStream err, Bulk bulk) {
    // the walk's own attributes say what a file is; only a symbolic link costs a second look
    try (Stream<Path> walk = Files.find(Path.of(directory), Integer.MAX_VALUE, (p, attributes) ->
        p.getFileName().toString().endsWith(".json")
            && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(p)))) {
      return walk.sorted().collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      bulk.malformed(DocumentInput.display(directory), "directory must be readable, but " + e.getMessage());
      return List.of();
    }
  }

  private static boolean isDirectory(String file) {
    try {
      return !file.equals("-") && Files.isDirectory(Path.of(file));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static Assessment assess(MieuxRules rules, Document document) {
    if (document instanceof Document.OfRequest request) {
      return rules.requestRules().assess(request.request());
    }
    if (document instanceof Document.OfAction action) {
      return rules.actionRules().assess(action.action());
    }
    return rules.actionRules().assess(((Document.OfCaseStudy) document).caseStudy().action());
  }

  private static String describe(Document document, boolean hint) {
    if (document instanceof Document.OfRequest request) {
      return describe(request.request());
    }
    if (document instanceof Document.OfAction action) {
      return describe(action.action());
    }
    CaseStudy caseStudy = ((Document.OfCaseStudy) document).caseStudy();
    return "case study " + caseStudy.number() + " of " + describe(caseStudy.action())
        + (hint ? " (score it with 'score')" : "");
  }

  // built with a StringBuilder, not String.format: a bulk check describes every document, and the
  // counts are written in ASCII digits whatever the locale, as on the rest of the line
  private static String describe(Request request) {
    StringBuilder text = new StringBuilder(128).append("request by ");
    List<RequestingBody> bodies = request.requestingBodies();
    for (int i = 0; i < bodies.size(); i++) {
      RequestingBody body = bodies.get(i);
      text.append(i == 0 ? "" : " with ").append(body.name()).append(" (").append(body.kind().code()).append(')');
    }
    text.append(" for ");
    countries(request.partnerCountries(), text);
    return text.append(", received on ").append(request.receivedOn()).append(" via ")
        .append(request.channel().code()).toString();
  }

  private static String describe(Action action) {
    StringBuilder text = new StringBuilder(128).append("Action ");
    if (action.code().isPresent()) {
      text.append(action.code().get()).append(' ');
    }
    text.append('\'').append(action.title()).append("' in ");
    countries(action.partnerCountries(), text);
    return text.append(", ").append(action.phase().label()).append(", ").append(action.status().code())
        .append(" from ").append(action.startDate()).append(", ").append(action.activities().size())
        .append(" activities, ").append(action.experts().size()).append(" experts").toString();
  }

  private static String kindCode(Document document) {
    if (document instanceof Document.OfRequest) {
      return "request";
    }
    return document instanceof Document.OfAction ? "action" : "case-study";
  }

  private static void countries(List<Country> countries, StringBuilder text) {
    for (int i = 0; i < countries.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(countries.get(i).alpha2());
    }
  }

  /** Why a document could not be assessed: the JSON Pointer of the offending value and the message. */
  private record Problem(String pointer, String message) {}

  /** Reads a document's bytes; throws IllegalArgumentException when it cannot. */
  private interface Source {
    byte[] bytes();
  }

  /** The state of a bulk run: counts, the worst status, the output. */
  private static final class Bulk {
    private final MieuxRules rules;
    private final boolean json;
    private final PrintStream out;
    private int documents;
    private int passing;
    private int breaking;
    private int malformed;
    int status;

    Bulk(MieuxRules rules, boolean json, PrintStream out) {
      this.rules = rules;
      this.json = json;
      this.out = out;
    }

    void file(String where, Source source) {
      byte[] bytes;
      try {
        bytes = source.bytes();
      } catch (IllegalArgumentException e) {
        malformed(where, e.getMessage());
        return;
      }
      Document document;
      try {
        document = MieuxJson.readDocument(bytes);
      } catch (MieuxJsonException e) {
        if (e.isModelInvariantViolation()) {
          documents++;
          breaking++;
          status = Math.max(status, BREAKS_A_RULE);
          result(where, "invalid", Optional.empty(), Optional.of(new Problem(e.pointer(), e.getMessage())),
              Optional.empty());
        } else {
          malformed(where, e);
        }
        return;
      }
      Assessment assessment = assess(rules, document);
      documents++;
      if (assessment.isYes()) {
        passing++;
      } else {
        breaking++;
        status = Math.max(status, BREAKS_A_RULE);
      }
      result(where, kindCode(document), Optional.of(document), Optional.empty(), Optional.of(assessment));
    }

    void malformed(String where, String message) {
      malformed(where, new Problem("", message));
    }

    private void malformed(String where, MieuxJsonException e) {
      malformed(where, new Problem(e.pointer(), e.getMessage()));
    }

    private void malformed(String where, Problem problem) {
      documents++;
      malformed++;
      status = Math.max(status, USAGE);
      result(where, "malformed", Optional.empty(), Optional.of(problem), Optional.empty());
    }

    private void result(String where, String kind, Optional<Document> document, Optional<Problem> problem,
        Optional<Assessment> assessment) {
      // one pass over the findings: the counts, and the first error, else the first warning
      int errors = assessment.isEmpty() && problem.isPresent() ? 1 : 0;
      int warnings = 0;
      Finding firstError = null;
      Finding firstWarning = null;
      for (Finding f : assessment.map(Assessment::findings).orElse(List.of())) {
        if (f.severity() == Severity.ERROR) {
          firstError = firstError == null ? f : firstError;
          errors++;
        } else if (f.severity() == Severity.WARNING) {
          firstWarning = firstWarning == null ? f : firstWarning;
          warnings++;
        }
      }
      Optional<Finding> first = Optional.ofNullable(firstError != null ? firstError : firstWarning);
      if (json) {
        out.println(json(where, kind, errors, warnings, problem, assessment));
        return;
      }
      StringBuilder line = new StringBuilder(Terminal.escape(where, 200)).append(": ");
      if (document.isPresent()) {
        line.append(Terminal.escape(describe(document.get(), false), 160));
      } else {
        line.append(kind);
      }
      line.append(": ").append(errors).append(" error(s), ").append(warnings).append(" warning(s)");
      if (first.isPresent()) {
        Finding f = first.get();
        line.append("; first: ").append(f.severity().code().toUpperCase(java.util.Locale.ROOT)).append(' ')
            .append(f.ruleId()).append(' ').append(f.path().isEmpty() ? "/" : Terminal.escape(f.path(), 120))
            .append(' ').append(Terminal.escape(f.message(), 300));
      } else if (problem.isPresent()) {
        line.append("; first: ERROR ").append(Terminal.escape(problem.get().message(), 300));
      }
      out.println(line);
    }

    private String json(String where, String kind, int errors, int warnings, Optional<Problem> problem,
        Optional<Assessment> assessment) {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(text)) {
        g.writeStartObject();
        g.writeStringField("document", where);
        g.writeStringField("kind", kind);
        g.writeNumberField("errors", errors);
        g.writeNumberField("warnings", warnings);
        if (problem.isPresent()) {
          g.writeStringField("pointer", problem.get().pointer());
          g.writeStringField("problem", Terminal.escape(problem.get().message(), Terminal.LINE_LENGTH));
        }
        if (assessment.isPresent()) {
          g.writeFieldName("assessment");
          g.writeRawValue(MieuxJson.write(assessment.get()));
        }
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.toString();
    }

    String summary() {
      return "checked " + documents + " document(s): " + passing + " pass, " + breaking + " break a rule, "
          + malformed + " malformed";
    }
  }

}
