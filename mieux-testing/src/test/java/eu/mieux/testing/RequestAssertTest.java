package eu.mieux.testing;

import static eu.mieux.testing.Failures.messageOf;
import static eu.mieux.testing.MieuxAssertions.assertThat;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.request.Request;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestAssertTest {

  /** R-EL7 before 2012 as an error, the seeds' reading (the default is a warning, RULES.md §15.2). */
  private static final ConfiguredAssertions STRICT_EARLY_MANDATE =
      MieuxAssertions.using(MieuxRules.of(RulesConfig.builder().strictEarlyMandate(true).build()));

  static List<Request> requests() {
    return MieuxFixtures.requests();
  }

  /** Every request fixture (seed lines in its javadoc) is eligible and admissible on its own date. */
  @ParameterizedTest
  @MethodSource("requests")
  void everyRequestFixtureIsEligibleAndAdmissible(Request request) {
    assertThat(request).isEligible();
    assertThat(request).isAdmissible().withoutWarnings();
  }

  /** The joint request of 2012 (002:38-58): all three countries under the DCI (Asia, Reg 1905/2006). */
  @Test
  void southEastAsiaIsEligibleViaDci() {
    RequestEligibilityAssert step = assertThat(MieuxFixtures.southEastAsiaRequest())
        .isEligibleOn(LocalDate.of(2012, 6, 1)).via(Instrument.DCI);
    Assertions.assertThat(step.decision().countries()).hasSize(3);
  }

  @Test
  void viaNamesEveryCountryNotCoveredWithItsPathAndTheRowsThatDoCoverIt() {
    String message = messageOf(() -> assertThat(MieuxFixtures.southEastAsiaRequest())
        .isEligibleOn(LocalDate.of(2012, 6, 1)).via(Instrument.EDF));
    Assertions.assertThat(message)
        .startsWith("Expected every partner country of request of CFO for [ID, PH, VN] received 2012-01-01"
            + " to be eligible on 2012-06-01 via EDF, but 3 rules were violated:")
        .contains("1. R-EL1 ERROR at /partnerCountries/0: Indonesia (ID) is not covered by EDF on 2012-06-01;"
            + " it is covered by [DCI]")
        .contains("2. R-EL1 ERROR at /partnerCountries/1: Philippines (PH)")
        .contains("3. R-EL1 ERROR at /partnerCountries/2: Vietnam (VN)")
        .contains("legal basis: DCI Annex I geographic (Reg 1905/2006) - Asia [DCI] [2007-01-01/2013-12-31]")
        .contains("source: EC EuropeAid Asia regional cooperation page")
        .contains("(UNVERIFIED)")
        .endsWith("(checked with MieuxRules.standard())");
  }

  @Test
  void ineligibleOnADateListsEveryRuleThatDoesNotHold() {
    String message = messageOf(() -> assertThat(MieuxFixtures.southEastAsiaRequest())
        .isEligibleOn(LocalDate.of(2030, 1, 1)));
    Assertions.assertThat(message)
        .contains("to be eligible on 2030-01-01, but the outcome was NO, 4 rules were violated:")
        .contains("1. M-PW1 ERROR at <root>: MIEUX was not running on 2030-01-01")
        .contains("source: MIEUX annual report 2018, \"Avant-propos\"; 10-year report 'Créer des liens' (2020), \"Les perspectives\", p. 169; https://mieux-initiative.eu/en/about/what-is-mieux")
        .contains("2. R-EL1 ERROR (UNDETERMINED) at /partnerCountries/0: Indonesia (ID) is undetermined")
        .contains("4. R-EL1 ERROR (UNDETERMINED) at /partnerCountries/2: Vietnam (VN)");
  }

  /** Brazil II's requester, the DPU, is a judicial authority: an extended requester only from 2016 (R-EL3). */
  @Test
  void anExtendedRequesterBefore2016FailsOnItsKind() {
    String message = messageOf(() -> assertThat(MieuxFixtures.brazilIIRequest())
        .isEligibleOn(LocalDate.of(2015, 6, 1)));
    Assertions.assertThat(message)
        .contains("1 rule was violated:")
        .contains("1. R-EL3 ERROR at /requestingBodies/0/kind:")
        .contains("legal basis: R-EL3: since January 2016")
        .contains("source: MIEUX annual report 2018, \"Glossaire de MIEUX\"; 10-year report 'Créer des liens' (2020), \"Glossaire\", p. 11-16");
  }

  @Test
  void isAdmissibleListsEveryErrorFinding() {
    Request inFrance = Request.builder().from(MieuxFixtures.philippinesRequest())
        .partnerCountries(List.of(Country.PH, Country.FR))
        .thematicAreas(List.of(ThematicArea.MIGRATION_AND_DEVELOPMENT)).build();
    String message = messageOf(() -> STRICT_EARLY_MANDATE.assertThat(inFrance).isAdmissible());
    Assertions.assertThat(message)
        .startsWith("Expected request of DOLE for [PH, FR] received 2009-01-01 to be admissible, but 3 rules"
            + " were violated:")
        .contains("R-EL1 ERROR at /partnerCountries/1: France (FR) is not covered by any instrument")
        .contains("R-EL8 ERROR at /partnerCountries/1: France is an EU member state on 2009-01-01")
        .contains("legal basis: R-EL8: an Action is carried out in a country outside the EU")
        .contains("source: 10-year report 'Créer des liens' (2020), \"Glossaire\", p. 11-16")
        .contains("R-EL7 ERROR at /thematicAreas/0: Migration and Development is outside the mandate on"
            + " 2009-01-01")
        .contains("source: 10-year report 'Créer des liens' (2020), \"Objectifs\", p. 19-24; 10-year report 'Créer des liens' (2020), \"L'évolution de MIEUX\", p. 39-48");
    STRICT_EARLY_MANDATE.assertThat(inFrance).isNotAdmissible().violates("R-EL1", "R-EL7", "R-EL8");
    assertThat(inFrance).isNotAdmissible().violates("R-EL1", "R-EL8"); // R-EL7 is a warning by default (§15.2)
  }

  @Test
  void violatesFailsForARuleThatHolds() {
    Request badTheme = Request.builder().from(MieuxFixtures.philippinesRequest())
        .thematicAreas(List.of(ThematicArea.MIGRATION_AND_DEVELOPMENT)).build();
    String message = messageOf(() -> STRICT_EARLY_MANDATE.assertThat(badTheme).isNotAdmissible()
        .violates("R-EL7", "R-EL1"));
    Assertions.assertThat(message)
        .startsWith("Expected request of DOLE for [PH] received 2009-01-01 to violate [R-EL1], but the rules"
            + " violated were:")
        .contains("1. R-EL7 ERROR at /thematicAreas/0");
  }

  @Test
  void isNotAdmissibleFailsForAnAdmissibleRequestAndListsTheFindings() {
    String message = messageOf(() -> assertThat(MieuxFixtures.philippinesRequest()).isNotAdmissible());
    Assertions.assertThat(message)
        .contains("not to be admissible, but no rule was violated; the findings were:")
        .contains("R-EL1 INFO at /partnerCountries/0: Philippines (PH) is covered by DCI");
  }
}
