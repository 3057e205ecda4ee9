package eu.mieux.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.evaluation.CriterionScore;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.EvaluationCriterion;
import eu.mieux.model.evaluation.EvaluationEvidence;
import eu.mieux.model.evaluation.EvaluationFramework;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.rules.SeedActions;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationRulesTest {

  private static final Action COSTA_RICA_II = SeedActions.costaRicaII();
  private static final Action ONGOING = Action.builder().from(COSTA_RICA_II)
      .status(ActionStatus.IN_IMPLEMENTATION).history(java.util.List.of()).build();
  private static final LocalDate MID_2017 = LocalDate.of(2017, 6, 1);

  /** RULES.md §8.1: which framework uses which criterion (001:176-187, 003:290-296). */
  @Test
  void criteriaOfTheFrameworks() {
    assertThat(EvaluationFramework.ROM.criteria()).containsExactly(EvaluationCriterion.RELEVANCE,
        EvaluationCriterion.EFFECTIVENESS, EvaluationCriterion.EFFICIENCY,
        EvaluationCriterion.SUSTAINABILITY);
    assertThat(EvaluationFramework.COMMISSION_MONITORING_AND_EVALUATION.criteria())
        .containsExactly(EvaluationCriterion.RELEVANCE, EvaluationCriterion.EFFECTIVENESS,
            EvaluationCriterion.IMPACT, EvaluationCriterion.COHERENCE,
            EvaluationCriterion.EU_ADDED_VALUE);
    assertThat(EvaluationCriterion.RELEVANCE.frameworks()).hasSize(2);
    assertThat(EvaluationCriterion.EU_ADDED_VALUE.code()).isEqualTo("eu_added_value");
  }

  /** EV2 and RULES.md §13 Q3: 001 says ongoing or closed, 003 closed only. */
  @ParameterizedTest
  @CsvSource({
      "ONGOING_OR_CLOSED, COMMISSION_MONITORING_AND_EVALUATION, 2017-06-01, YES",
      "CLOSED_ONLY,       COMMISSION_MONITORING_AND_EVALUATION, 2017-06-01, NO",
      "CLOSED_ONLY,       COMMISSION_MONITORING_AND_EVALUATION, 2018-01-15, YES",
      "CLOSED_ONLY,       ROM,                                  2017-06-01, YES",
      "ONGOING_OR_CLOSED, ROM,                                  2016-12-31, NO",
      "ONGOING_OR_CLOSED, COMMISSION_MONITORING_AND_EVALUATION, 2016-12-31, NO",
  })
  void scopeSetting(MonitoringScope scope, EvaluationFramework framework, LocalDate asOf,
      String expected) {
    Decision decision = new EvaluationRules(scope).check(ONGOING, framework, asOf);
    assertThat(decision.outcome().name()).isEqualTo(expected);
    assertThat(decision.reasons()).hasSize(1);
    assertThat(decision.reasons().get(0).legalBases()).isNotEmpty();
  }

  @Test
  void defaultScopeAndMessage() {
    assertThat(EvaluationRules.standard().scope()).isEqualTo(MonitoringScope.ONGOING_OR_CLOSED);
    assertThat(new EvaluationRules(MonitoringScope.CLOSED_ONLY)
        .check(ONGOING, EvaluationFramework.COMMISSION_MONITORING_AND_EVALUATION, MID_2017)
        .reasons().get(0).message())
        .isEqualTo("On 2017-06-01 'Second National Integration Plan' is ongoing, so"
            + " commission_monitoring_and_evaluation does not apply under closed_only");
  }

  @Test
  void applicableCriteria() {
    assertThat(new EvaluationRules(MonitoringScope.CLOSED_ONLY).applicableCriteria(ONGOING, MID_2017))
        .isEqualTo(EvaluationFramework.ROM.criteria());
    assertThat(EvaluationRules.standard().applicableCriteria(COSTA_RICA_II, MID_2017))
        .isEqualTo(EnumSet.allOf(EvaluationCriterion.class));
    assertThat(EvaluationRules.standard().applicableCriteria(ONGOING, LocalDate.of(2016, 1, 1)))
        .isEmpty();
  }

  private static CriterionScore score(EvaluationCriterion criterion, int score) {
    return CriterionScore.builder().criterion(criterion).score(score)
        .addEvidence(EvaluationEvidence.of(
            "Topics and objectives match the beneficiaries' needs", "003_c3246053945df94a.txt:1243"))
        .explanation("The external evaluation found the Action relevant").build();
  }

  @Test
  void assessAnIncompleteEvaluation() {
    Evaluation evaluation = Evaluation.builder()
        .framework(EvaluationFramework.COMMISSION_MONITORING_AND_EVALUATION)
        .actionTitle(COSTA_RICA_II.title()).evaluatedOn(LocalDate.of(2018, 3, 1))
        .addScore(score(EvaluationCriterion.RELEVANCE, 5))
        .addScore(score(EvaluationCriterion.EFFECTIVENESS, 4)).build();
    Assessment assessment = EvaluationRules.standard().assess(COSTA_RICA_II, evaluation);
    assertThat(assessment.isYes()).isFalse();
    assertThat(assessment.findings(Severity.ERROR)).extracting(Finding::message).containsExactly(
        "scores must cover every criterion of commission_monitoring_and_evaluation, but impact is missing",
        "scores must cover every criterion of commission_monitoring_and_evaluation, but coherence is missing",
        "scores must cover every criterion of commission_monitoring_and_evaluation, but eu_added_value is missing");
    assertThat(assessment.findings(Severity.INFO)).extracting(Finding::path)
        .containsExactly("/evaluatedOn", "/scores/0", "/scores/1");
  }

  @Test
  void assessACompleteRomOfTheWrongAction() {
    Evaluation.Builder rom = Evaluation.builder().framework(EvaluationFramework.ROM)
        .actionTitle("Another Action").evaluatedOn(LocalDate.of(2018, 2, 1));
    EvaluationFramework.ROM.criteria().forEach(c -> rom.addScore(score(c, 4)));
    Assessment assessment = EvaluationRules.standard().assess(COSTA_RICA_II, rom.build());
    assertThat(assessment.findings(Severity.ERROR)).extracting(Finding::path)
        .containsExactly("/actionTitle");
    Assessment right = EvaluationRules.standard().assess(COSTA_RICA_II,
        rom.actionTitle(COSTA_RICA_II.title()).build());
    assertThat(right.isYes()).isTrue();
  }

  @Test
  void modelInvariants() {
    assertThatThrownBy(() -> Evaluation.builder().framework(EvaluationFramework.ROM)
        .actionTitle("x").evaluatedOn(MID_2017).addScore(score(EvaluationCriterion.IMPACT, 3))
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("scores[0].criterion must be one of [RELEVANCE, EFFECTIVENESS, EFFICIENCY,"
            + " SUSTAINABILITY] for ROM, but was IMPACT");
    assertThatThrownBy(() -> CriterionScore.builder().criterion(EvaluationCriterion.IMPACT)
        .score(6).addEvidence(EvaluationEvidence.of("a", "b")).explanation("c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score must be between 1 and 5, but was 6");
  }
}
