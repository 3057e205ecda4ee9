package eu.mieux.rules.evaluation;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.evaluation.CriterionScore;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.EvaluationCriterion;
import eu.mieux.model.evaluation.EvaluationFramework;
import eu.mieux.rules.catalogue.RuleCatalogue;
import eu.mieux.model.lifecycle.ActionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which evaluations apply to an Action on a date, and assesses an evaluation against its
 * framework (RULES.md §8.1, EV1 and EV2).
 *
 * <p>An Action's stage on a date is one of:
 * <ul>
 *   <li><b>not started</b>: still before approval ({@code ActionStatus.isPreImplementation()}),
 *       declined or withdrawn, or the date is before its start date. Nothing is evaluated yet.</li>
 *   <li><b>closed</b>: its end date is before the date; without an end date, its status is
 *       {@code CLOSED} or {@code IN_EVALUATION}. The date wins over the status, so that a closed
 *       Action can be asked about as it was while it ran.</li>
 *   <li><b>ongoing</b>: otherwise.</li>
 * </ul>
 * Commission monitoring and evaluation (EV2) applies to a closed Action, and to an ongoing one only
 * under {@link MonitoringScope#ONGOING_OR_CLOSED}, the default (RULES.md §13 Q3). ROM (EV1) applies
 * to ongoing and closed Actions under both settings: it is monitoring, held while the programme
 * runs (2013 and early 2018).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationRules {

  static final RuleId ROM = RuleId.of("EV1");
  static final RuleId MONITORING_AND_EVALUATION = RuleId.of("EV2");
  static final RuleId ALL_CRITERIA = RuleId.of("M-EV1");
  static final RuleId SAME_ACTION = RuleId.of("M-EV2");


  private final MonitoringScope scope;

  /**
   * Creates the rules with a setting for RULES.md §13 Q3.
   *
   * @param scope  which Actions Commission monitoring and evaluation applies to, not null
   */
  public EvaluationRules(MonitoringScope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /**
   * Obtains the rules with the default setting, {@link MonitoringScope#ONGOING_OR_CLOSED}.
   *
   * @return the rules
   */
  public static EvaluationRules standard() {
    return new EvaluationRules(MonitoringScope.ONGOING_OR_CLOSED);
  }

  /**
   * Gets the setting for RULES.md §13 Q3.
   *
   * @return the scope
   */
  public MonitoringScope scope() {
    return scope;
  }

  /**
   * Decides as {@link #check(Action, EvaluationFramework, LocalDate)} does: the old name of that method.
   *
   * @param action  the Action, not null
   * @param framework  the framework, not null
   * @param asOf  the date of the evaluation, not null
   * @return the decision, as {@link #check(Action, EvaluationFramework, LocalDate)} gives it
   * @deprecated rules that answer with a {@code Decision} are called {@code check}; use
   *     {@link #check(Action, EvaluationFramework, LocalDate)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Decision decide(Action action, EvaluationFramework framework, LocalDate asOf) {
    return check(action, framework, asOf);
  }

  /**
   * Decides whether an Action may be evaluated under a framework on a date.
   *
   * @param action  the Action, not null
   * @param framework  the framework, not null
   * @param asOf  the date of the evaluation, not null
   * @return {@code YES} or {@code NO}, with one reason naming the Action's stage
   */
  public Decision check(Action action, EvaluationFramework framework, LocalDate asOf) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(asOf, "asOf");
    Stage stage = Stage.of(action, asOf);
    RuleId rule = framework == EvaluationFramework.ROM ? ROM : MONITORING_AND_EVALUATION;
    boolean applies = switch (stage) {
      case NOT_STARTED -> false;
      case CLOSED -> true;
      case ONGOING -> framework == EvaluationFramework.ROM
          || scope == MonitoringScope.ONGOING_OR_CLOSED;
    };
    String message = String.format("On %s '%s' is %s, so %s %s under %s", asOf, action.title(),
        stage.label, framework.code(), applies ? "applies" : "does not apply", scope.code());
    Reason reason = Reason.builder().ruleId(rule).outcome(applies ? Outcome.YES : Outcome.NO)
        .message(message).addLegalBasis(RuleCatalogue.standard().legalBasis(rule)).build();
    return Decision.of(applies ? Outcome.YES : Outcome.NO, List.of(reason));
  }

  /**
   * Gets the criteria an Action may be evaluated against on a date: those of every framework that
   * applies.
   *
   * @param action  the Action, not null
   * @param asOf  the date, not null
   * @return the criteria, in enum order, empty before implementation
   */
  public Set<EvaluationCriterion> applicableCriteria(Action action, LocalDate asOf) {
    Set<EvaluationCriterion> criteria = EnumSet.noneOf(EvaluationCriterion.class);
    for (EvaluationFramework framework : EvaluationFramework.values()) {
      if (check(action, framework, asOf).isYes()) {
        criteria.addAll(framework.criteria());
      }
    }
    return criteria;
  }

  /**
   * Assesses an evaluation of an Action: it must be of that Action, the framework must apply on
   * the evaluation date, and every criterion of the framework must be scored.
   *
   * @param action  the evaluated Action, not null
   * @param evaluation  the evaluation, not null
   * @return every finding; an info per score
   */
  public Assessment assess(Action action, Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    List<Finding> findings = new ArrayList<>();
    if (!evaluation.isOf(action)) {
      findings.add(Finding.builder().ruleId(SAME_ACTION).severity(Severity.ERROR).path("/actionTitle")
          .message(String.format("evaluation must be of '%s', but names '%s'", action.title(),
              evaluation.actionTitle())).build());
    }
    Decision applies = check(action, evaluation.framework(), evaluation.evaluatedOn());
    Reason reason = applies.reasons().get(0);
    findings.add(Finding.builder().ruleId(reason.ruleId())
        .severity(applies.isYes() ? Severity.INFO : Severity.ERROR).path("/evaluatedOn")
        .message(reason.message()).addAllLegalBases(reason.legalBases()).build());
    Set<EvaluationCriterion> missing = evaluation.framework().criteria();
    missing.removeAll(evaluation.scoredCriteria());
    for (EvaluationCriterion criterion : missing) {
      findings.add(Finding.builder().ruleId(ALL_CRITERIA).severity(Severity.ERROR).path("/scores")
          .message(String.format("scores must cover every criterion of %s, but %s is missing",
              evaluation.framework().code(), criterion.code()))
          .addLegalBasis(RuleCatalogue.standard().legalBasis(evaluation.framework() == EvaluationFramework.ROM ? ROM : MONITORING_AND_EVALUATION))
          .build());
    }
    for (int i = 0; i < evaluation.scores().size(); i++) {
      CriterionScore score = evaluation.scores().get(i);
      findings.add(Finding.builder().ruleId(ALL_CRITERIA).severity(Severity.INFO)
          .path("/scores/" + i)
          .message(String.format("%s scored %s of %s on %s piece%s of evidence: %s",
              score.criterion().code(), score.score(), CriterionScore.MAX_SCORE,
              score.evidence().size(), score.evidence().size() == 1 ? "" : "s", score.explanation()))
          .build());
    }
    return Assessment.builder().addAllFindings(findings).build();
  }

  private enum Stage {
    NOT_STARTED("not started"), ONGOING("ongoing"), CLOSED("closed");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    static Stage of(Action action, LocalDate asOf) {
      ActionStatus status = action.status();
      if (status.isPreImplementation() || status == ActionStatus.DECLINED
          || status == ActionStatus.WITHDRAWN || asOf.isBefore(action.startDate())) {
        return NOT_STARTED;
      }
      boolean ended = action.endDate().map(asOf::isAfter)
          .orElse(status == ActionStatus.CLOSED || status == ActionStatus.IN_EVALUATION);
      if (ended) {
        return CLOSED;
      }
      return ONGOING;
    }
  }
}
