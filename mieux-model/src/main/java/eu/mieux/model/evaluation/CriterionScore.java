package eu.mieux.model.evaluation;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.util.List;
import org.immutables.value.Value;

/**
 * The score of one criterion in an evaluation, with its evidence and the evaluator's explanation.
 *
 * <p>Choice: the texts give no scale; this library scores from 1 (poor) to 5 (excellent), like
 * {@code DeploymentEvaluation}.
 *
 * <p>Invariants checked by {@code build()}: the score is 1 to 5; at least one piece of evidence;
 * the explanation is not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class CriterionScore {

  /** The lowest score. */
  public static final int MIN_SCORE = 1;
  /** The highest score. */
  public static final int MAX_SCORE = 5;

  CriterionScore() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the criterion.
   *
   * @return the criterion
   */
  public abstract EvaluationCriterion criterion();

  /**
   * Gets the score.
   *
   * @return 1 (poor) to 5 (excellent)
   */
  public abstract int score();

  /**
   * Gets the evidence behind the score.
   *
   * @return the evidence, not empty
   */
  public abstract List<EvaluationEvidence> evidence();

  /**
   * Gets the evaluator's explanation of the score.
   *
   * @return the explanation, not blank
   */
  public abstract String explanation();

  @Value.Check
  void check() {
    checkState(score() >= MIN_SCORE && score() <= MAX_SCORE,
        "score must be between %s and %s, but was %s", MIN_SCORE, MAX_SCORE, score());
    checkState(!evidence().isEmpty(), "evidence must not be empty, but was %s for %s", evidence(),
        criterion());
    Invariants.checkNotBlank("explanation", explanation());
  }

  /** A builder of {@link CriterionScore}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCriterionScore.Builder {
    /** Creates an empty builder; prefer {@link CriterionScore#builder()}. */
    public Builder() {}
  }
}
