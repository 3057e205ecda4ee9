package org.example.consumer;

import static eu.mieux.testing.MieuxAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.json.MieuxJson;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.request.Request;
import eu.mieux.testing.JsonFixtures;
import eu.mieux.testing.MieuxFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleChecksTest {

  @Test
  void theRealRequestsPassTheRuleChecks() {
    assertThat(MieuxFixtures.southEastAsiaRequest()).isEligibleOn(LocalDate.of(2012, 6, 1)).via(Instrument.DCI);
    assertThat(MieuxFixtures.philippinesRequest()).isAdmissible();
    assertThat(Country.RU).isNotEligibleOn(LocalDate.of(2016, 5, 1));
  }

  @Test
  void aFailedRuleCheckNamesTheRule() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> assertThat(Country.RU).isEligibleOn(LocalDate.of(2016, 5, 1)));
    assertTrue(error.getMessage().contains("R-EL1"), error.getMessage());
  }

  @Test
  void requestsAndCaseStudiesRoundTripThroughJson() {
    Request request = MieuxFixtures.philippinesRequest();
    assertEquals(request, MieuxJson.read(MieuxJson.write(request), Request.class));
    String thailand = JsonFixtures.caseStudy(1);
    assertEquals(thailand, MieuxJson.writePretty(MieuxJson.read(thailand, CaseStudy.class)));
  }
}
