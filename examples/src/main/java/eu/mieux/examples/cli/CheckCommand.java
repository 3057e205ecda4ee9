package eu.mieux.examples.cli;

import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.json.MieuxJsonException;
import eu.mieux.model.action.Action;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.request.Request;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.Policy;
import eu.mieux.rules.RulesConfig;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code check FILE.json}: reads a request or an Action document, says what it is and prints every
 * finding of the rules (request admissibility or the Action rules).
 *
 * <p>Exit status: 0 when the document is valid and no finding is an error; 1 when it breaks a rule
 * or a model invariant; 2 when the JSON is malformed (wrong syntax, type, property or code) or on a
 * usage error. A malformed or invalid document is reported with the JSON Pointer of the offending
 * value, never with a stack trace.
 */
final class CheckCommand implements Command {

  /** Exit status of a document that breaks a rule or a model invariant. */
  static final int BREAKS_A_RULE = 1;

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String description() {
    return "check a request or Action JSON document against the model and the rules";
  }

  @Override
  public String usage() {
    return "usage: check FILE.json [--format text|json] [--strict]\n\n"
        + "FILE.json  a request, Action or case-study document (see README, 'JSON'); '-' reads standard input\n"
        + "--format   text (default): what the document is, then one line per finding;\n"
        + "           json: the assessment as a JSON document\n"
        + "--strict   check country coverage on VERIFIED rows only\n\n"
        + "exit status: 0 valid, 1 breaks a rule or a model invariant, 2 malformed JSON or usage error\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments arguments;
    String format;
    try {
      arguments = Arguments.parse(args, Set.of("--format"), Set.of("--strict"));
      format = arguments.format(List.of("text", "json"));
      if (arguments.positional().size() != 1) {
        throw new IllegalArgumentException("expected one FILE.json, but got " + arguments.positional());
      }
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    String file = arguments.positional().get(0);
    byte[] bytes;
    try {
      bytes = DocumentInput.read(file, in);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      return usageError(err, e.getMessage());
    }
    MieuxRules rules = arguments.flag("--strict")
        ? MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict())) : MieuxRules.standard();
    Document document;
    try {
      document = MieuxJson.readDocument(bytes);
    } catch (MieuxJsonException e) {
      if (e.isModelInvariantViolation()) {
        err.println(file + ": invalid document: " + e.getMessage());
        return BREAKS_A_RULE;
      }
      err.println(file + ": " + e.getMessage());
      return USAGE;
    }
    Assessment assessment;
    String what;
    if (document instanceof Document.OfRequest request) {
      assessment = rules.requestRules().assess(request.request());
      what = describe(request.request());
    } else if (document instanceof Document.OfAction action) {
      assessment = rules.actionRules().assess(action.action());
      what = describe(action.action());
    } else {
      CaseStudy caseStudy = ((Document.OfCaseStudy) document).caseStudy();
      assessment = rules.actionRules().assess(caseStudy.action());
      what = "case study " + caseStudy.number() + " of " + describe(caseStudy.action())
          + " (score it with 'score')";
    }
    if (format.equals("json")) {
      out.println(MieuxJson.write(assessment));
    } else {
      out.println(file + ": " + what);
      FindingText.print(assessment, out);
    }
    return assessment.isYes() ? 0 : BREAKS_A_RULE;
  }

  private static String describe(Request request) {
    return String.format("request by %s (%s) for %s, received on %s via %s",
        request.requestingBody().name(), request.requestingBody().kind().code(),
        countries(request.partnerCountries()), request.receivedOn(), request.channel().code());
  }

  private static String describe(Action action) {
    return String.format("Action %s'%s' in %s, %s, %s from %s, %d activities, %d experts",
        action.code().map(c -> c + " ").orElse(""), action.title(), countries(action.partnerCountries()),
        action.phase().label(), action.status().code(), action.startDate(), action.activities().size(),
        action.experts().size());
  }

  private static String countries(List<Country> countries) {
    return countries.stream().map(Country::alpha2).collect(Collectors.joining(", "));
  }

}
