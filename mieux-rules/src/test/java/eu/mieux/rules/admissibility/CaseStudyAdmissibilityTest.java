package eu.mieux.rules.admissibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.rules.scoring.CaseStudies;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sixteen case-study Actions of RULES.md §6.3 pass the Action rules on their real dates. */
class CaseStudyAdmissibilityTest {

  static Stream<CaseStudy> caseStudies() {
    return CaseStudies.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseStudies")
  void caseStudyActionsHaveNoError(CaseStudy caseStudy) {
    Action action = caseStudy.action();
    Assessment a = ActionRules.standard().assess(action, CaseStudies.all().stream().map(CaseStudy::action).toList());
    assertThat(a.findings(Severity.ERROR)).as(caseStudy.title()).isEmpty();
  }
}
