package eu.mieux.model.evaluation;

import eu.mieux.model.Coded;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An evaluation criterion and the frameworks that use it (RULES.md §8.1; annual report 2018,
 * 10-year report p. 11-16): ROM uses the four DAC criteria relevance, effectiveness, efficiency and
 * sustainability; the Commission's main criteria are relevance, effectiveness, impact, coherence
 * and EU added value.
 */
public enum EvaluationCriterion implements Coded {
  /** Relevance ("pertinence"): in ROM and in the Commission's criteria. */
  RELEVANCE(EvaluationFramework.ROM, EvaluationFramework.COMMISSION_MONITORING_AND_EVALUATION),
  /** Effectiveness ("efficacité"): in ROM and in the Commission's criteria. */
  EFFECTIVENESS(EvaluationFramework.ROM, EvaluationFramework.COMMISSION_MONITORING_AND_EVALUATION),
  /** Efficiency ("efficience"): in ROM only. */
  EFFICIENCY(EvaluationFramework.ROM),
  /** Sustainability ("viabilité"): in ROM only. */
  SUSTAINABILITY(EvaluationFramework.ROM),
  /** Impact: in the Commission's criteria only. */
  IMPACT(EvaluationFramework.COMMISSION_MONITORING_AND_EVALUATION),
  /** Coherence: in the Commission's criteria only. */
  COHERENCE(EvaluationFramework.COMMISSION_MONITORING_AND_EVALUATION),
  /** EU added value: in the Commission's criteria only. */
  EU_ADDED_VALUE(EvaluationFramework.COMMISSION_MONITORING_AND_EVALUATION);

  private final Set<EvaluationFramework> frameworks;

  EvaluationCriterion(EvaluationFramework first, EvaluationFramework... rest) {
    this.frameworks = EnumSet.of(first, rest);
  }

  /**
   * Gets the frameworks that include this criterion.
   *
   * @return the frameworks, not empty, in enum order
   */
  public Set<EvaluationFramework> frameworks() {
    return EnumSet.copyOf(frameworks);
  }

  /**
   * Checks if a framework includes this criterion.
   *
   * @param framework  the framework, not null
   * @return true if the framework uses this criterion
   */
  public boolean isIn(EvaluationFramework framework) {
    return frameworks.contains(Objects.requireNonNull(framework, "framework"));
  }
}
