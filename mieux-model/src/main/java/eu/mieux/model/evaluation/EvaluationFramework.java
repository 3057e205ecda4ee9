package eu.mieux.model.evaluation;

import eu.mieux.model.Coded;
import java.util.EnumSet;
import java.util.Set;

/**
 * A set of evaluation criteria the texts name (RULES.md §8.1).
 */
public enum EvaluationFramework implements Coded {
  /**
   * Results-oriented monitoring: an external exercise checking whether MIEUX meets its objectives
   * against four DAC criteria; held in 2013 and early 2018 (EV1; annual report 2018, 10-year report p. 11-16).
   */
  ROM,
  /**
   * Performance monitoring and evaluation with the European Commission's main criteria (EV2;
   * annual report 2018, 10-year report p. 11-16).
   */
  COMMISSION_MONITORING_AND_EVALUATION;

  /**
   * Gets the criteria of this framework.
   *
   * @return the criteria, in enum order
   */
  public Set<EvaluationCriterion> criteria() {
    Set<EvaluationCriterion> criteria = EnumSet.noneOf(EvaluationCriterion.class);
    for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
      if (criterion.isIn(this)) {
        criteria.add(criterion);
      }
    }
    return criteria;
  }
}
