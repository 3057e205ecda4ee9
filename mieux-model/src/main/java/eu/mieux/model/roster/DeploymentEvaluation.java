package eu.mieux.model.roster;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The evaluation of an expert after one deployment, part of the Expert Management Mechanism's
 * "recruitment, retention and evaluation" of experts (E1; annual report 2018, 10-year report p. 11-16).
 *
 * <p>Choice: the texts give no scale. This library scores from 1 (poor) to 5 (excellent), the
 * width of the "good" or "excellent" satisfaction question of 2018 (EV6; annual report 2018).
 *
 * <p>Invariants checked by {@code build()}: the score is 1 to 5; the comment is not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class DeploymentEvaluation {

  /** The lowest score. */
  public static final int MIN_SCORE = 1;
  /** The highest score. */
  public static final int MAX_SCORE = 5;

  DeploymentEvaluation() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains an evaluation from its parts.
   *
   * @param evaluatedOn  the date of the evaluation, not null
   * @param score  the score, 1 to 5
   * @param comment  the evaluator's comment, not blank
   * @return the evaluation
   * @throws IllegalStateException if the score is out of range or the comment blank
   */
  public static DeploymentEvaluation of(LocalDate evaluatedOn, int score, String comment) {
    return builder().evaluatedOn(evaluatedOn).score(score).comment(comment).build();
  }

  /**
   * Gets the date of the evaluation.
   *
   * @return the date, on or after the deployment's end
   */
  public abstract LocalDate evaluatedOn();

  /**
   * Gets the score.
   *
   * @return the score, 1 (poor) to 5 (excellent)
   */
  public abstract int score();

  /**
   * Gets the evaluator's comment.
   *
   * @return the comment, not blank
   */
  public abstract String comment();

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("evaluatedOn", evaluatedOn());
    checkState(score() >= MIN_SCORE && score() <= MAX_SCORE,
        "score must be between %s and %s, but was %s", MIN_SCORE, MAX_SCORE, score());
    Invariants.checkNotBlank("comment", comment());
  }

  /** A builder of {@link DeploymentEvaluation}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableDeploymentEvaluation.Builder {
    /** Creates an empty builder; prefer {@link DeploymentEvaluation#builder()}. */
    public Builder() {}
  }
}
