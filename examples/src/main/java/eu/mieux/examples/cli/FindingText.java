package eu.mieux.examples.cli;

import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Severity;
import java.io.PrintStream;

/**
 * Prints findings as text: one line per finding, then its citations indented.
 */
final class FindingText {

  private FindingText() {}

  /**
   * Prints every finding of an assessment, then a one-line summary.
   *
   * @param assessment  the assessment
   * @param out  where to print
   */
  static void print(Assessment assessment, PrintStream out) {
    for (Finding f : assessment.findings()) {
      out.printf("%-7s %-7s %-24s %s%n", f.severity().code().toUpperCase(java.util.Locale.ROOT), f.ruleId(),
          f.path().isEmpty() ? "/" : Terminal.escape(f.path(), 200), Terminal.line(f.message()));
      for (LegalBasis basis : f.legalBases()) {
        out.printf("        basis:  %s%n        source: %s%s%n", basis.basis(), basis.source(),
            basis.quality() == eu.mieux.model.decision.DataQuality.VERIFIED ? "" : " (" + basis.quality().code() + ")");
      }
    }
    out.printf("%s: %d error(s), %d warning(s), %d info%n", assessment.isYes() ? "PASSES" : "FAILS",
        assessment.findings(Severity.ERROR).size(), assessment.findings(Severity.WARNING).size(),
        assessment.findings(Severity.INFO).size());
  }
}
