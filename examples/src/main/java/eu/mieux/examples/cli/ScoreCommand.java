package eu.mieux.examples.cli;

import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.json.MieuxJsonException;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.CharacteristicAssessment;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.decision.Reason;
import eu.mieux.rules.MieuxRules;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code score FILE.json}: reads a case-study document (an Action with the evidence its report
 * gives) and prints its good-practice assessment on the ten characteristics.
 *
 * <p>The numeric score is this library's model, not a MIEUX rule. Exit status: 0 when the Action is a
 * good-practice candidate under the default {@code Scoring} policy, 1 when it is not, 2 when the JSON
 * is malformed or invalid, or on a usage error.
 */
final class ScoreCommand implements Command {

  @Override
  public String name() {
    return "score";
  }

  @Override
  public String description() {
    return "score a case-study document on the ten good-practice characteristics";
  }

  @Override
  public String usage() {
    return "usage: score FILE.json [--format text|json]\n\n"
        + "FILE.json  a case-study document: an Action with its evidence (see examples/target/documents/case-studies);\n"
        + "           '-' reads standard input\n"
        + "--format   text (default): one line per characteristic with its evidence; json: the assessment\n\n"
        + "The score is this library's model, not a MIEUX rule (the reports define no scale).\n"
        + "exit status: 0 good-practice candidate, 1 not a candidate, 2 malformed document or usage error\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    String format;
    String file;
    try {
      Arguments arguments = Arguments.parse(args, Set.of("--format"), Set.of());
      format = arguments.format(List.of("text", "json"));
      if (arguments.positional().size() != 1) {
        throw new IllegalArgumentException("expected one FILE.json, but got " + arguments.positional());
      }
      file = arguments.positional().get(0);
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    CaseStudy caseStudy;
    try {
      Document document = MieuxJson.readDocument(DocumentInput.read(file, in));
      if (!(document instanceof Document.OfCaseStudy ofCaseStudy)) {
        err.println("mieux score: " + DocumentInput.display(file) + " must be a case-study document, but is "
            + DocumentInput.kind(document) + (document instanceof Document.OfAction
            ? " (check it with 'check'; a case study adds the evidence of its report)" : ""));
        return USAGE;
      }
      caseStudy = ofCaseStudy.caseStudy();
    } catch (MieuxJsonException e) {
      err.println(DocumentInput.display(file) + ": " + Terminal.line(e.getMessage()));
      return USAGE;
    } catch (IllegalArgumentException e) {
      err.println("mieux score: " + Terminal.line(e.getMessage()));
      return USAGE;
    }
    GoodPracticeAssessment assessment = MieuxRules.standard().goodPracticeScoring().assess(caseStudy);
    if (format.equals("json")) {
      out.println(MieuxJson.write(assessment));
    } else {
      out.println(DocumentInput.display(file) + ": case study " + caseStudy.number() + ", "
          + Terminal.escape(caseStudy.title(), 200));
      for (CharacteristicAssessment c : assessment.characteristics()) {
        out.printf("%2d %-38s %-12s %s%n", c.characteristic().number(), c.characteristic().label(),
            c.status().code(), Terminal.line(c.evidence().stream().map(Evidence::statement).collect(Collectors.joining("; "))));
      }
      out.printf("score: %d of %d assessed met, weighted %d, threshold %d: %s%n", assessment.metCount(),
          assessment.assessedCount(), assessment.weightedScore(), assessment.candidateThreshold(),
          assessment.isCandidate() ? "good-practice candidate" : "not a candidate");
      Reason last = assessment.reasons().get(assessment.reasons().size() - 1);
      out.println(Terminal.line(last.message()));
    }
    return assessment.isCandidate() ? 0 : 1;
  }
}
