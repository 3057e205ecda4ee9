package eu.mieux.model.evaluation;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An evaluation of an Action against the criteria of one framework (RULES.md §8.1), each criterion
 * scored with evidence and an explanation.
 *
 * <p>Invariants checked by {@code build()}: the Action title is not blank; every scored criterion
 * belongs to the framework; no criterion is scored twice. Whether every criterion of the framework is
 * scored, and whether the Action may be evaluated at all (RULES.md §13 Q3), are rules: see
 * {@code eu.mieux.rules.evaluation}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Evaluation {

  Evaluation() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the framework.
   *
   * @return the framework
   */
  public abstract EvaluationFramework framework();

  /**
   * Gets the code of the evaluated Action.
   *
   * @return the code, or empty when unknown
   */
  public abstract Optional<ActionCode> actionCode();

  /**
   * Gets the title of the evaluated Action.
   *
   * @return the title, not blank
   */
  public abstract String actionTitle();

  /**
   * Gets the date of the evaluation.
   *
   * @return the date
   */
  public abstract LocalDate evaluatedOn();

  /**
   * Gets the scores, one per criterion.
   *
   * @return the scores, in the order given
   */
  public abstract List<CriterionScore> scores();

  /**
   * Gets the criteria that were scored.
   *
   * @return the criteria, in enum order
   */
  public Set<EvaluationCriterion> scoredCriteria() {
    Set<EvaluationCriterion> scored = EnumSet.noneOf(EvaluationCriterion.class);
    scores().forEach(s -> scored.add(s.criterion()));
    return scored;
  }

  /**
   * Checks if this evaluation is of the given Action: same code when both have one, otherwise same
   * title.
   *
   * @param action  the Action, not null
   * @return true if the evaluation names that Action
   */
  public boolean isOf(Action action) {
    Objects.requireNonNull(action, "action");
    return action.isNamedBy(actionCode(), actionTitle());
  }

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("evaluatedOn", evaluatedOn());
    Invariants.checkNotBlank("actionTitle", actionTitle());
    Set<EvaluationCriterion> seen = EnumSet.noneOf(EvaluationCriterion.class);
    for (int i = 0; i < scores().size(); i++) {
      EvaluationCriterion criterion = scores().get(i).criterion();
      checkState(criterion.isIn(framework()),
          "scores[%s].criterion must be one of %s for %s, but was %s", i, framework().criteria(),
          framework(), criterion);
      checkState(seen.add(criterion), "scores must not repeat a criterion, but scores[%s] repeats %s",
          i, criterion);
    }
  }

  /** A builder of {@link Evaluation}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableEvaluation.Builder {
    /** Creates an empty builder; prefer {@link Evaluation#builder()}. */
    public Builder() {}
  }
}
