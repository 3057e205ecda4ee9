package eu.mieux.testing;

import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.request.Request;
import eu.mieux.rules.MieuxRules;

/**
 * Fluent rule checks for unit tests: the entry point, on {@link MieuxRules#standard()}.
 *
 * <p>Each check either returns, so that the statement can go on, or throws an {@link AssertionError}
 * whose message lists every violated rule with its rule id, severity, path, reason and legal basis
 * (basis and source), so that a failing test explains itself in any CI log. Only the JDK and mieux are
 * used: the checks work under JUnit 5, JUnit 4, TestNG or a plain {@code main}.
 *
 * <pre>{@code
 * import static eu.mieux.testing.MieuxAssertions.assertThat;
 *
 * assertThat(MieuxFixtures.southEastAsiaRequest())
 *     .isEligibleOn(LocalDate.of(2012, 6, 1)).via(Instrument.DCI);
 * assertThat(MieuxFixtures.philippinesRequest()).isAdmissible();
 * assertThat(Country.RU).isNotEligibleOn(LocalDate.of(2016, 5, 1));
 * assertThat(MieuxFixtures.thailand()).satisfiesAllRules();
 * assertThat(MieuxFixtures.philippinesCaseStudy()).hasGoodPracticeScoreAtLeast(5)
 *     .meets(GoodPracticeCharacteristic.INNOVATION);
 * }</pre>
 *
 * <p>For other settings, start from {@link #using(MieuxRules)}. The assertion objects the checks
 * return are single-use steps of one statement: each method checks at once, and the objects hold no
 * mutable state, so keeping one is harmless but gains nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MieuxAssertions {

  private MieuxAssertions() {}

  /**
   * Obtains the checks on other rules, such as the strict policy or another programme window.
   *
   * <pre>{@code
   * MieuxAssertions.using(MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict())))
   *     .assertThat(Country.UA).isEligibleOn(LocalDate.of(2016, 5, 1));
   * }</pre>
   *
   * @param rules  the rules to apply, not null
   * @return the checks on those rules
   */
  public static ConfiguredAssertions using(MieuxRules rules) {
    return ConfiguredAssertions.of(rules);
  }

  /**
   * Starts the checks of a request on the standard rules.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.philippinesRequest()).isAdmissible();
   * }</pre>
   *
   * @param request  the request, not null
   * @return the checks of the request
   */
  public static RequestAssert assertThat(Request request) {
    return Standard.CHECKS.assertThat(request);
  }

  /**
   * Starts the checks of a country on the standard rules.
   *
   * <pre>{@code
   * assertThat(Country.UA).isEligibleOn(LocalDate.of(2016, 5, 1)).via(Instrument.ENI);
   * }</pre>
   *
   * @param country  the country, not null
   * @return the checks of the country
   */
  public static CountryAssert assertThat(Country country) {
    return Standard.CHECKS.assertThat(country);
  }

  /**
   * Starts the checks of an Action on the standard rules.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.southEastAsia()).satisfiesAllRules();
   * }</pre>
   *
   * @param action  the Action, not null
   * @return the checks of the Action
   */
  public static ActionAssert assertThat(Action action) {
    return Standard.CHECKS.assertThat(action);
  }

  /**
   * Starts the good-practice checks of a case study on the standard scoring.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.thailandCaseStudy())
   *     .meets(GoodPracticeCharacteristic.OWNERSHIP, GoodPracticeCharacteristic.CATALYST);
   * }</pre>
   *
   * @param caseStudy  the case study, not null
   * @return the good-practice checks of its assessment
   */
  public static GoodPracticeAssert assertThat(CaseStudy caseStudy) {
    return Standard.CHECKS.assertThat(caseStudy);
  }

  /** Holds the checks on the standard rules; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final ConfiguredAssertions CHECKS = ConfiguredAssertions.of(MieuxRules.standard());
  }
}
