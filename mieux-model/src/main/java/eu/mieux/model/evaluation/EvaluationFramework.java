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
   * against four DAC criteria; held in 2013 and early 2018 (EV1; 001:176-180, 003:290-292).
   */
  ROM("001_7b772109f36aa110.txt:176-180, 003_c3246053945df94a.txt:290-292"),
  /**
   * Performance monitoring and evaluation with the European Commission's main criteria (EV2;
   * 001:182-187, 003:294-296).
   */
  COMMISSION_MONITORING_AND_EVALUATION(
      "001_7b772109f36aa110.txt:182-187, 003_c3246053945df94a.txt:294-296");

  private final String source;

  EvaluationFramework(String source) {
    this.source = source;
  }

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

  /**
   * Gets where the texts define this framework.
   *
   * @return the seed citation, such as {@code 001_7b772109f36aa110.txt:176-180}
   */
  public String source() {
    return source;
  }
}
