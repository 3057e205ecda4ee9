package eu.mieux.testing;

import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.request.Request;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.scoring.GoodPracticeScoring;
import eu.mieux.rules.scoring.Scoring;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of the rule checks on rules of your choice: the same {@code assertThat} methods as
 * {@link MieuxAssertions}, applying the {@link MieuxRules} and good-practice {@link Scoring} it holds.
 *
 * <p>Obtain one with {@link MieuxAssertions#using(MieuxRules)}, keep it in a constant and start every
 * check from it:
 * <pre>{@code
 * static final ConfiguredAssertions STRICT =
 *     MieuxAssertions.using(MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict())));
 *
 * STRICT.assertThat(Country.UA).isEligibleOn(LocalDate.of(2016, 5, 1)).via(Instrument.ENI);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConfiguredAssertions {

  private final MieuxRules rules;
  private final GoodPracticeScoring scoring;

  private ConfiguredAssertions(MieuxRules rules, GoodPracticeScoring scoring) {
    this.rules = rules;
    this.scoring = scoring;
  }

  /**
   * Obtains the checks on rules, with the rules' own good-practice scoring.
   *
   * @param rules  the rules, not null
   * @return the checks
   */
  static ConfiguredAssertions of(MieuxRules rules) {
    Objects.requireNonNull(rules, "rules");
    return new ConfiguredAssertions(rules, rules.goodPracticeScoring());
  }

  /**
   * Returns a copy of these checks that scores good practice under another policy.
   *
   * <pre>{@code
   * MieuxAssertions.using(MieuxRules.standard())
   *     .withScoring(Scoring.standard().withWeight(GoodPracticeCharacteristic.RESULTS_ORIENTED, 2))
   *     .assertThat(CaseStudies.ofNumber(12)).hasGoodPracticeScoreAtLeast(3);
   * }</pre>
   *
   * @param scoring  the scoring policy, not null
   * @return the new checks
   */
  public ConfiguredAssertions withScoring(Scoring scoring) {
    Objects.requireNonNull(scoring, "scoring");
    return new ConfiguredAssertions(rules, new GoodPracticeScoring(scoring));
  }

  /**
   * Gets the rules these checks apply.
   *
   * @return the rules
   */
  public MieuxRules rules() {
    return rules;
  }

  /**
   * Gets the good-practice scoring these checks apply.
   *
   * @return the scoring
   */
  public GoodPracticeScoring scoring() {
    return scoring;
  }

  /**
   * Starts the checks of a request.
   *
   * <pre>{@code
   * checks.assertThat(MieuxFixtures.philippinesRequest()).isAdmissible();
   * }</pre>
   *
   * @param request  the request, not null
   * @return the checks of the request
   */
  public RequestAssert assertThat(Request request) {
    return new RequestAssert(this, Objects.requireNonNull(request, "request"));
  }

  /**
   * Starts the checks of a country.
   *
   * <pre>{@code
   * checks.assertThat(Country.TH).isEligibleOn(LocalDate.of(2013, 1, 1)).via(Instrument.DCI);
   * }</pre>
   *
   * @param country  the country, not null
   * @return the checks of the country
   */
  public CountryAssert assertThat(Country country) {
    return new CountryAssert(this, Objects.requireNonNull(country, "country"));
  }

  /**
   * Starts the checks of an Action.
   *
   * <pre>{@code
   * checks.assertThat(MieuxFixtures.thailand()).satisfiesAllRules();
   * }</pre>
   *
   * @param action  the Action, not null
   * @return the checks of the Action
   */
  public ActionAssert assertThat(Action action) {
    return new ActionAssert(this, Objects.requireNonNull(action, "action"), List.of());
  }

  /**
   * Starts the good-practice checks of a case study, scored from the evidence its text reports.
   *
   * <pre>{@code
   * checks.assertThat(MieuxFixtures.philippinesCaseStudy()).hasGoodPracticeScoreAtLeast(5);
   * }</pre>
   *
   * @param caseStudy  the case study, not null
   * @return the good-practice checks of its assessment
   */
  public GoodPracticeAssert assertThat(CaseStudy caseStudy) {
    Objects.requireNonNull(caseStudy, "caseStudy");
    return new GoodPracticeAssert(this, FailureReport.describe(caseStudy), scoring.assess(caseStudy));
  }

  /**
   * Describes the rules for failure messages.
   *
   * @return such as {@code MieuxRules.standard()}
   */
  String describeRules() {
    String text = rules == MieuxRules.standard() ? "MieuxRules.standard()" : "MieuxRules.of(" + rules.config() + ")";
    if (!scoring.scoring().equals(Scoring.standard())) {
      text += ", " + scoring.scoring();
    }
    return text;
  }

  /**
   * Returns a description of the checks, naming the rules they apply.
   *
   * @return such as {@code ConfiguredAssertions[MieuxRules.standard()]}
   */
  @Override
  public String toString() {
    return "ConfiguredAssertions[" + describeRules() + "]";
  }
}
