package eu.mieux.testing;

import eu.mieux.model.action.Action;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rule checks of one Action: the rules on Actions, Activities and experts
 * ({@link eu.mieux.rules.admissibility.ActionRules}) and its good-practice score.
 *
 * <pre>{@code
 * assertThat(MieuxFixtures.thailand()).satisfiesAllRules();
 * assertThat(action).withEvidence(evidence).hasGoodPracticeScoreAtLeast(3);
 * }</pre>
 *
 * <p>A single-use step of a fluent statement: each method checks at once and throws an
 * {@link AssertionError} naming every violated rule, or returns the next step. This class is
 * immutable and thread-safe.
 */
public final class ActionAssert {

  private final ConfiguredAssertions checks;
  private final Action action;
  private final List<Action> portfolio;

  ActionAssert(ConfiguredAssertions checks, Action action, List<Action> portfolio) {
    this.checks = checks;
    this.action = action;
    this.portfolio = portfolio;
  }

  /**
   * Returns a copy of this step that assesses the Action within a portfolio of other Actions, so that
   * focal points serving as experts elsewhere are recognised (E5).
   *
   * <pre>{@code
   * assertThat(mauritiusII).inPortfolio(MieuxFixtures.caseStudyActions()).satisfiesAllRules();
   * }</pre>
   *
   * @param portfolio  the other Actions, not null, no null element; the Action itself is ignored
   * @return the new step
   */
  public ActionAssert inPortfolio(Collection<Action> portfolio) {
    return new ActionAssert(checks, action, List.copyOf(Objects.requireNonNull(portfolio, "portfolio")));
  }

  /**
   * Checks that the Action satisfies every blocking rule: no finding of
   * {@link eu.mieux.rules.admissibility.ActionRules} is an {@code ERROR}. Warnings (typical practice
   * not followed, such as six or seven Activities) are allowed; chain
   * {@link AssessmentAssert#withoutWarnings()} to refuse them too.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.southEastAsia()).satisfiesAllRules();
   * }</pre>
   *
   * @return the next step, to check warnings too
   * @throws AssertionError if any finding is an error; the message lists every error finding
   */
  public AssessmentAssert satisfiesAllRules() {
    return AssessmentAssert.passing(checks, FailureReport.describe(action), "to satisfy all rules",
        checks.rules().actionRules().assess(action, portfolio));
  }

  /**
   * Checks that the Action violates at least one blocking rule. Chain
   * {@link AssessmentAssert#violates(String...)} to name the rules.
   *
   * <pre>{@code
   * assertThat(actionInFrance).violatesRules().violates("R-EL8");
   * }</pre>
   *
   * @return the next step, to name the rules violated
   * @throws AssertionError if no finding is an error; the message lists the rules that were checked
   */
  public AssessmentAssert violatesRules() {
    return AssessmentAssert.failing(checks, FailureReport.describe(action), "to violate a rule",
        checks.rules().actionRules().assess(action, portfolio));
  }

  /**
   * Scores the Action's good practice from evidence; characteristics without enough evidence are
   * not assessed, so they count neither as met nor as not met.
   *
   * <pre>{@code
   * assertThat(action).withEvidence(evidence).hasGoodPracticeScoreAtLeast(3);
   * }</pre>
   *
   * @param evidence  the evidence, in any order, not null, no null element
   * @return the good-practice checks of the assessment
   */
  public GoodPracticeAssert withEvidence(Collection<Evidence> evidence) {
    return withEvidence(evidence, EnumSet.noneOf(GoodPracticeCharacteristic.class));
  }

  /**
   * Scores the Action's good practice from pieces of evidence; see {@link #withEvidence(Collection)}.
   *
   * <pre>{@code
   * assertThat(action).withEvidence(ownership, endorsement).meets(GoodPracticeCharacteristic.OWNERSHIP);
   * }</pre>
   *
   * @param evidence  the evidence, not null, no null element
   * @return the good-practice checks of the assessment
   */
  public GoodPracticeAssert withEvidence(Evidence... evidence) {
    return withEvidence(Arrays.asList(Objects.requireNonNull(evidence, "evidence")));
  }

  /**
   * Scores the Action's good practice from evidence, declaring characteristics assessed: those
   * without enough evidence are then not met, rather than not assessed.
   *
   * <pre>{@code
   * assertThat(action).withEvidence(evidence, EnumSet.allOf(GoodPracticeCharacteristic.class))
   *     .isGoodPracticeCandidate();
   * }</pre>
   *
   * @param evidence  the evidence, in any order, not null, no null element
   * @param assessed  the characteristics declared assessed, not null
   * @return the good-practice checks of the assessment
   */
  public GoodPracticeAssert withEvidence(Collection<Evidence> evidence, Set<GoodPracticeCharacteristic> assessed) {
    return new GoodPracticeAssert(checks, FailureReport.describe(action),
        checks.scoring().assess(action, evidence, assessed));
  }

  /**
   * Checks the Action's good-practice score with no evidence; it is zero unless a test gives
   * evidence with {@link #withEvidence(Collection)}, so this check passes only for {@code n <= 0}.
   * It exists so that the failure message says which evidence each characteristic needs.
   *
   * <pre>{@code
   * assertThat(action).withEvidence(evidence).hasGoodPracticeScoreAtLeast(2);
   * }</pre>
   *
   * @param n  the minimum weighted score
   * @return the good-practice checks of the assessment
   * @throws AssertionError if the weighted score is below {@code n}
   */
  public GoodPracticeAssert hasGoodPracticeScoreAtLeast(int n) {
    return withEvidence(List.of()).hasGoodPracticeScoreAtLeast(n);
  }
}
