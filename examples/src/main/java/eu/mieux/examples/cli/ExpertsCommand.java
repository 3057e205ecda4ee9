package eu.mieux.examples.cli;

import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.json.MieuxJsonException;
import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.RankedCandidate;
import eu.mieux.model.roster.Roster;
import eu.mieux.rules.experts.ExpertMatching;
import eu.mieux.rules.experts.SyntheticRoster;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code experts match ACTION.json [--roster ROSTER.json]}: ranks the roster's experts for an Action,
 * with the reasons for each rank; experts excluded (the Action's own focal points, unavailable
 * experts) are listed after every eligible one, with the reason.
 *
 * <p>Without {@code --roster}, the synthetic roster that reproduces the reports' expert counts is
 * used. Exit status: 0 when at least one expert is eligible, 1 when none is, 2 when a document is
 * malformed or on a usage error.
 */
final class ExpertsCommand implements Command {

  @Override
  public String name() {
    return "experts";
  }

  @Override
  public String description() {
    return "rank roster experts for an Action (experts match ACTION.json --roster ROSTER.json)";
  }

  @Override
  public String usage() {
    return "usage: experts match ACTION.json [--roster ROSTER.json] [--top N] [--format text|json]\n\n"
        + "ACTION.json  an Action document; '-' reads standard input\n"
        + "--roster     a roster document (default: the synthetic 675-expert roster of the reports' counts)\n"
        + "--top N      print the first N candidates only (text format; default 10)\n"
        + "--format     text (default) or json (the ExpertRanking document)\n\n"
        + "exit status: 0 some expert is eligible, 1 none is, 2 malformed document or usage error\n";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments arguments;
    String format;
    int top;
    try {
      arguments = Arguments.parse(args, Set.of("--roster", "--top", "--format"), Set.of());
      format = arguments.format(List.of("text", "json"));
      top = Integer.parseInt(arguments.value("--top").orElse("10"));
      if (top < 1) {
        throw new IllegalArgumentException("--top must be at least 1, but was " + top);
      }
      if (arguments.positional().size() != 2 || !arguments.positional().get(0).equals("match")) {
        throw new IllegalArgumentException("expected 'match ACTION.json', but got " + arguments.positional());
      }
    } catch (NumberFormatException e) {
      return usageError(err, "--top must be a number, but was " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    String actionFile = arguments.positional().get(1);
    Action action;
    Roster roster;
    String file = actionFile;
    try {
      Document document = MieuxJson.readDocument(DocumentInput.read(actionFile, in));
      if (!(document instanceof Document.OfAction ofAction)) {
        err.println("mieux experts: " + DocumentInput.display(actionFile) + " must be an Action document, but is "
            + DocumentInput.kind(document));
        return USAGE;
      }
      action = ofAction.action();
      if (arguments.value("--roster").isPresent()) {
        file = arguments.value("--roster").get();
        roster = MieuxJson.read(DocumentInput.read(file, in), Roster.class);
      } else {
        roster = SyntheticRoster.standard();
      }
    } catch (MieuxJsonException e) {
      err.println(DocumentInput.display(file) + ": " + Terminal.line(e.getMessage()));
      return USAGE;
    } catch (IllegalArgumentException e) {
      err.println("mieux experts: " + Terminal.line(e.getMessage()));
      return USAGE;
    }
    ExpertRanking ranking;
    try {
      ranking = ExpertMatching.standard().rank(action, roster);
    } catch (IllegalArgumentException e) { // a roster or an Action over the matching bounds
      return usageError(err, e.getMessage());
    }
    if (format.equals("json")) {
      out.println(MieuxJson.write(ranking));
    } else {
      out.printf("%s: %d candidates, %d eligible%n", Terminal.escape(action.title(), 200), ranking.candidates().size(),
          ranking.eligible().size());
      for (RankedCandidate candidate : ranking.candidates().subList(0, Math.min(top, ranking.candidates().size()))) {
        out.printf("%3d %-28s %s %3d points%n", candidate.rank(), Terminal.escape(candidate.expertId(), 80),
            candidate.isEligible() ? "eligible  " : "EXCLUDED  ", candidate.points());
        for (Reason reason : candidate.reasons()) {
          out.printf("      %-6s %-4s %s%n", reason.ruleId(), reason.outcome().code(),
              Terminal.line(reason.message()));
        }
      }
    }
    return ranking.eligible().isEmpty() ? 1 : 0;
  }

}
