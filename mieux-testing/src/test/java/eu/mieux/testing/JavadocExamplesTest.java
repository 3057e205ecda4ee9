package eu.mieux.testing;

import static eu.mieux.testing.MieuxAssertions.assertThat;

import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.request.Request;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.Policy;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.scoring.CaseStudies;
import eu.mieux.rules.scoring.Scoring;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of the javadoc of {@code eu.mieux.testing}, run as written, so they never rot. */
class JavadocExamplesTest {

  @Test
  void packageAndMieuxAssertions() {
    assertThat(MieuxFixtures.southEastAsiaRequest()).isEligibleOn(LocalDate.of(2012, 6, 1)).via(Instrument.DCI);
    assertThat(MieuxFixtures.southEastAsiaRequest()).isAdmissible().withoutWarnings();
    assertThat(MieuxFixtures.southEastAsia()).satisfiesAllRules();
    assertThat(MieuxFixtures.southEastAsiaCaseStudy()).hasGoodPracticeScoreAtLeast(4);
    assertThat(MieuxFixtures.philippinesRequest()).isAdmissible();
    assertThat(Country.RU).isNotEligibleOn(LocalDate.of(2016, 5, 1));
    assertThat(MieuxFixtures.thailand()).satisfiesAllRules();
    assertThat(MieuxFixtures.philippinesCaseStudy()).hasGoodPracticeScoreAtLeast(5)
        .meets(GoodPracticeCharacteristic.INNOVATION);
    assertThat(MieuxFixtures.thailandCaseStudy())
        .meets(GoodPracticeCharacteristic.OWNERSHIP, GoodPracticeCharacteristic.CATALYST);
  }

  @Test
  void configuredAssertions() {
    ConfiguredAssertions strict =
        MieuxAssertions.using(MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict())));
    strict.assertThat(Country.UA).isEligibleOn(LocalDate.of(2016, 5, 1)).via(Instrument.ENI);
    strict.assertThat(Country.PH).isUndeterminedOn(LocalDate.of(2022, 6, 1));
    MieuxAssertions.using(MieuxRules.standard())
        .withScoring(Scoring.standard().withWeight(GoodPracticeCharacteristic.RESULTS_ORIENTED, 2))
        .assertThat(CaseStudies.ofNumber(12)).hasGoodPracticeScoreAtLeast(3);
    ConfiguredAssertions checks = MieuxAssertions.using(MieuxRules.standard());
    checks.assertThat(Country.TH).isEligibleOn(LocalDate.of(2013, 1, 1)).via(Instrument.DCI);
  }

  @Test
  void countries() {
    assertThat(Country.UA).isEligibleOn(LocalDate.of(2016, 5, 1)).via(Instrument.ENI).via(Instrument.DCI);
    assertThat(Country.PH).isEligibleOn(LocalDate.of(2009, 1, 1)).via(Instrument.DCI);
    assertThat(Country.FR).isNotEligibleOn(LocalDate.of(2016, 5, 1));
  }

  @Test
  void requests() {
    assertThat(MieuxFixtures.philippinesRequest()).isEligible().via(Instrument.DCI);
    assertThat(MieuxFixtures.philippinesRequest()).isAdmissible().withoutWarnings();
    assertThat(MieuxFixtures.southEastAsiaRequest()).isEligible().via(Instrument.DCI);
    assertThat(MieuxFixtures.westAfricaRequest()).isEligible().via(Instrument.EDF);
    assertThat(MieuxFixtures.westAfricaRequest()).isEligibleOn(LocalDate.of(2014, 6, 30)).via(Instrument.EDF);
    assertThat(MieuxFixtures.belarusRequest()).isEligible().via(Instrument.ENI);
    for (Request request : MieuxFixtures.requests()) {
      assertThat(request).isAdmissible();
    }
  }

  @Test
  void actionsAndCaseStudies() {
    for (Action action : List.of(MieuxFixtures.philippines(), MieuxFixtures.peruIII(), MieuxFixtures.westAfrica(),
        MieuxFixtures.belarus(), MieuxFixtures.costaRicaII(), MieuxFixtures.caboVerdeIV(), MieuxFixtures.comesaII(),
        MieuxFixtures.kenyaII(), MieuxFixtures.mexicoII(), MieuxFixtures.jordanII(), MieuxFixtures.malawi(),
        MieuxFixtures.madagascar(), MieuxFixtures.brazilII())) {
      assertThat(action).satisfiesAllRules();
    }
    assertThat(MieuxFixtures.mauritiusII()).inPortfolio(MieuxFixtures.caseStudyActions()).satisfiesAllRules();
    assertThat(MieuxFixtures.caseStudy(12)).isGoodPracticeCandidate();
    MieuxFixtures.caseStudies().forEach(cs -> assertThat(cs).isGoodPracticeCandidate());
    assertThat(MieuxFixtures.southEastAsiaCaseStudy())
        .meets(GoodPracticeCharacteristic.INNOVATION, GoodPracticeCharacteristic.EU_ADDED_VALUE);
  }
}
