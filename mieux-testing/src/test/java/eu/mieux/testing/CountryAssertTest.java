package eu.mieux.testing;

import static eu.mieux.testing.Failures.messageOf;
import static eu.mieux.testing.MieuxAssertions.assertThat;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CountryAssertTest {

  private static final LocalDate MAY_2016 = LocalDate.of(2016, 5, 1);

  /** Ukraine is an ENI partner country, 2014-2020 (Reg 232/2014 Annex I). */
  @Test
  void ukraineIsEligibleViaEniAndDci() {
    CountryEligibilityAssert step = assertThat(Country.UA).isEligibleOn(MAY_2016).via(Instrument.ENI)
        .via(Instrument.DCI);
    Assertions.assertThat(step.decision().isYes()).isTrue();
  }

  /** Russia: ENI covers it for cross-border cooperation only (ELIGIBILITY-NOTES.md §2). */
  @Test
  void russiaIsNotEligibleIn2016() {
    assertThat(Country.RU).isNotEligibleOn(MAY_2016).isNotEligibleOn(LocalDate.of(2020, 1, 1));
  }

  @Test
  void isEligibleOnListsEveryReasonWithItsLegalBasis() {
    String message = messageOf(() -> assertThat(Country.RU).isEligibleOn(MAY_2016));
    Assertions.assertThat(message)
        .startsWith("Expected Russian Federation (RU) to be eligible on 2016-05-01, but the outcome was NO:")
        .contains("1. R-EL1 ERROR at <root>: Russian Federation (RU) is not covered by any instrument:"
            + " ENPI ended 2013-12-31")
        .contains("legal basis: ENPI Annex partner country (Russian Federation listed as full partner country)"
            + " [ENPI] [2007-01-01/2013-12-31]")
        .contains("source: ELIGIBILITY-NOTES.md §2 and §6")
        .endsWith("(checked with MieuxRules.standard())");
  }

  @Test
  void isNotEligibleOnListsTheRowsThatGrantCoverage() {
    String message = messageOf(() -> assertThat(Country.UA).isNotEligibleOn(MAY_2016));
    Assertions.assertThat(message)
        .startsWith("Expected Ukraine (UA) not to be eligible on 2016-05-01, but it is covered by [DCI, ENI]:")
        .contains("R-EL1 INFO (YES) at <root>: Ukraine (UA) is covered by ENI from 2014-01-01 to 2020-12-31")
        .contains("legal basis: ENI Annex I partner country (ENP 16) [ENI] [2014-01-01/2020-12-31]");
  }

  @Test
  void viaNamesTheInstrumentsThatDoCover() {
    String message = messageOf(() -> assertThat(Country.UA).isEligibleOn(MAY_2016).via(Instrument.EDF));
    Assertions.assertThat(message)
        .startsWith("Expected Ukraine (UA) to be eligible on 2016-05-01 via EDF, but it is covered by [DCI, ENI]:")
        .contains("1. R-EL1 ERROR at <root>: Ukraine (UA) is not covered by EDF on 2016-05-01; it is covered by"
            + " [DCI, ENI]")
        .contains("legal basis: ENI Annex I partner country (ENP 16)");
  }

  @Test
  void aDateAfterTheDataIsUndeterminedNotNo() {
    assertThat(Country.PH).isUndeterminedOn(LocalDate.of(2030, 1, 1));
    String message = messageOf(() -> assertThat(Country.PH).isNotEligibleOn(LocalDate.of(2030, 1, 1)));
    Assertions.assertThat(message)
        .startsWith("Expected Philippines (PH) not to be eligible on 2030-01-01, but the outcome was UNDETERMINED:")
        .contains("R-EL1 ERROR (UNDETERMINED) at <root>: Philippines (PH) is undetermined: the date is after the"
            + " coverage data ends");
  }
}
