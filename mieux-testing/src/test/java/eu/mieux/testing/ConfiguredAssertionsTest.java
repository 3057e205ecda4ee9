package eu.mieux.testing;

import static eu.mieux.testing.Failures.messageOf;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.Policy;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.scoring.Scoring;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ConfiguredAssertionsTest {

  private static final ConfiguredAssertions STRICT =
      MieuxAssertions.using(MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict())));
  private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);

  /** Under the strict policy the NDICI proxy rows of 2021-2025 are set aside: UNDETERMINED, never NO. */
  @Test
  void theStrictPolicySetsProxyRowsAside() {
    MieuxAssertions.assertThat(Country.PH).isEligibleOn(JUNE_2022).via(Instrument.NDICI);
    STRICT.assertThat(Country.PH).isUndeterminedOn(JUNE_2022);
    STRICT.assertThat(Country.UA).isEligibleOn(JUNE_2022);
  }

  @Test
  void aFailureNamesTheRulesUsed() {
    String message = messageOf(() -> STRICT.assertThat(Country.PH).isEligibleOn(JUNE_2022));
    Assertions.assertThat(message)
        .startsWith("Expected Philippines (PH) to be eligible on 2022-06-01, but the outcome was UNDETERMINED:")
        .contains("R-EL1 ERROR (UNDETERMINED) at <root>: Philippines (PH) is undetermined: the policy [VERIFIED]"
            + " set aside every row that applies")
        .contains("(PROXY)")
        .contains("(checked with MieuxRules.of(RulesConfig[")
        .contains("policy=Policy[VERIFIED]");
  }

  @Test
  void aRequestIsCheckedWithTheConfiguredRulesToo() {
    String message = messageOf(() -> STRICT.assertThat(MieuxFixtures.southEastAsiaRequest())
        .isEligibleOn(JUNE_2022));
    Assertions.assertThat(message)
        .contains("but the outcome was UNDETERMINED")
        .contains("at /partnerCountries/0: Indonesia (ID) is undetermined");
  }

  /** A weight of 2 on tangible results gives Jordan II (characteristics 4 and 10) a score of 3. */
  @Test
  void withScoringAppliesAnotherScoringPolicy() {
    ConfiguredAssertions weighted = MieuxAssertions.using(MieuxRules.standard())
        .withScoring(Scoring.standard().withWeight(GoodPracticeCharacteristic.RESULTS_ORIENTED, 2));
    weighted.assertThat(MieuxFixtures.caseStudy(12)).hasGoodPracticeScoreAtLeast(3);
    Assertions.assertThat(weighted.scoring().scoring().weight(GoodPracticeCharacteristic.RESULTS_ORIENTED))
        .isEqualTo(2);
    Assertions.assertThat(weighted.rules()).isSameAs(MieuxRules.standard());
    Assertions.assertThat(weighted.toString()).startsWith("ConfiguredAssertions[MieuxRules.standard(), Scoring{weights={");
  }

  @Test
  void nullsAreRefusedWithTheParameterName() {
    Assertions.assertThatNullPointerException().isThrownBy(() -> MieuxAssertions.using(null)).withMessage("rules");
    Assertions.assertThatNullPointerException()
        .isThrownBy(() -> MieuxAssertions.assertThat((Country) null)).withMessage("country");
    Assertions.assertThatNullPointerException()
        .isThrownBy(() -> MieuxAssertions.assertThat(Country.PH).isEligibleOn(null)).withMessage("date");
    Assertions.assertThatNullPointerException()
        .isThrownBy(() -> MieuxAssertions.assertThat(MieuxFixtures.philippinesRequest()).isEligible().via(null))
        .withMessage("instrument");
  }
}
