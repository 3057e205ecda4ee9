package org.example.minimumversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import eu.mieux.json.MieuxJson;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MinimumVersionsTest {

  @Test
  void theRulesAndTheJsonBindingRunOnTheOldestSupportedJacksonAndGuava() {
    assertEquals("2.18.2", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    String guava = Range.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(guava.endsWith("guava-33.4.0-jre.jar"), guava);
    CountryDecision ukraine = MieuxRules.standard().countryEligibility().check(Country.UA, LocalDate.of(2016, 5, 1));
    assertEquals(Outcome.YES, ukraine.outcome());
    assertEquals(ukraine, MieuxJson.read(MieuxJson.write(ukraine), CountryDecision.class));
  }
}
