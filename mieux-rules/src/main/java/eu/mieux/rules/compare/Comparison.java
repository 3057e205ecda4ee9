package eu.mieux.rules.compare;

import com.google.common.collect.ImmutableList;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.coverage.CoverageTable;
import java.util.List;
import java.util.Objects;

/**
 * Answers the same questions under two settings and keeps only the answers that differ, each with
 * both reasons: what a choice among the sources of RULES.md §13 and §15 changes (OpenFisca's
 * "reform").
 *
 * <pre>{@code
 * RulesConfig april = Setting.apply(RulesConfig.standard(), List.of("programmeEnd=2024-04-30"));
 * List<Difference> changed = Comparison.of(RulesConfig.standard(), april)
 *     .differences(List.of(Question.ofCountry(Country.UA, LocalDate.of(2024, 4, 15))));
 * // one difference: NO under the default end of March 2024, YES under April 2024
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Comparison {

  private final MieuxRules base;
  private final MieuxRules alternative;

  private Comparison(MieuxRules base, MieuxRules alternative) {
    this.base = Objects.requireNonNull(base, "base");
    this.alternative = Objects.requireNonNull(alternative, "alternative");
  }

  /**
   * Obtains a comparison of two settings on the shipped coverage data.
   *
   * @param base  the settings to compare from, not null
   * @param alternative  the alternative settings, not null
   * @return the comparison
   */
  public static Comparison of(RulesConfig base, RulesConfig alternative) {
    return of(CoverageTable.standard(), base, alternative);
  }

  /**
   * Obtains a comparison of two settings on the same coverage data.
   *
   * @param coverage  the coverage data, not null
   * @param base  the settings to compare from, not null
   * @param alternative  the alternative settings, not null
   * @return the comparison
   */
  public static Comparison of(CoverageTable coverage, RulesConfig base, RulesConfig alternative) {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(alternative, "alternative");
    return new Comparison(MieuxRules.of(coverage, base), MieuxRules.of(coverage, alternative));
  }

  /**
   * Answers a question under both settings.
   *
   * @param question  the question, not null
   * @return the difference, whose answers may also be the same
   */
  public Difference answer(Question question) {
    Objects.requireNonNull(question, "question");
    return new Difference(question, answer(base, question), answer(alternative, question));
  }

  /**
   * Answers every question under both settings and keeps those whose answers differ.
   *
   * @param questions  the questions, not null, no null element
   * @return the differences, in the questions' order; empty when the settings agree on all
   */
  public List<Difference> differences(List<Question> questions) {
    Objects.requireNonNull(questions, "questions");
    ImmutableList.Builder<Difference> differences = ImmutableList.builder();
    for (Question question : questions) {
      Difference difference = answer(question);
      if (difference.base().differsFrom(difference.alternative())) {
        differences.add(difference);
      }
    }
    return differences.build();
  }

  private static Answer answer(MieuxRules rules, Question question) {
    if (question.request().isPresent()) {
      return Answer.of(rules.requestRules().assess(question.request().get()));
    }
    if (question.action().isPresent()) {
      return Answer.of(rules.actionRules().assess(question.action().get()));
    }
    List<eu.mieux.model.country.Country> countries = List.of(question.country().orElseThrow());
    return Answer.of(question.requesters().isEmpty()
        ? rules.requestEligibility().check(countries, question.date().orElseThrow())
        : rules.requestEligibility().check(countries, question.requesters(), question.date().orElseThrow()));
  }

  /**
   * Returns both settings.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "Comparison[base=" + base.config() + ", alternative=" + alternative.config() + "]";
  }
}
