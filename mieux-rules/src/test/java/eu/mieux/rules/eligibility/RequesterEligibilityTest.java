package eu.mieux.rules.eligibility;

import static eu.mieux.rules.DecisionAssert.assertDecision;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequesterEligibilityTest {

  private static final RequesterEligibility RULE =
      new RequesterEligibility(RulesConfig.EXTENDED_REQUESTERS_FROM);

  /** R-EL2 (001_7b772109f36aa110.txt:76-77) and R-EL3 (001_7b772109f36aa110.txt:79-81, 003:244). */
  @ParameterizedTest(name = "{0} on {1}: {2} by {3}")
  @CsvSource(delimiter = '|', textBlock = """
      national_public_authority  | 2009-01-01 | YES | R-EL2
      regional_organisation      | 2012-03-01 | YES | R-EL2
      local_authority            | 2015-12-31 | NO  | R-EL3
      local_authority            | 2016-01-01 | YES | R-EL3
      ombudsperson               | 2015-06-01 | NO  | R-EL3
      parliament                 | 2016-01-01 | YES | R-EL3
      judicial_authority         | 2015-12-31 | NO  | R-EL3
      civil_society_organisation | 2016-12-01 | YES | R-EL3
      """)
  void kindsAndDates(String kind, LocalDate date, Outcome outcome, String rule) {
    Decision decision = RULE.check(RequesterKind.valueOf(kind.toUpperCase()), date);
    assertEquals(outcome, decision.outcome());
    assertEquals(rule, decision.reasons().get(0).ruleId().toString());
  }

  @Test
  void citesTheSeeds() {
    assertDecision(RULE.check(RequesterKind.PARLIAMENT, LocalDate.of(2015, 6, 1))).isNo()
        .cites("MIEUX annual report 2018, \"Glossaire de MIEUX\"")
        .cites("10-year report 'Créer des liens' (2020), \"Glossaire\", p. 11-16")
        .says("2016-01-01");
  }

  @Test
  void dateComesFromConfig() {
    RequesterEligibility december = new RequesterEligibility(LocalDate.of(2015, 12, 1));
    assertDecision(december.check(RequesterKind.LOCAL_AUTHORITY, LocalDate.of(2015, 12, 1))).isYes();
  }

  @Property
  void coreKindsAreAlwaysEligible(@ForAll RequesterKind kind, @ForAll @IntRange(max = 12_000) int day) {
    LocalDate date = LocalDate.of(2000, 1, 1).plusDays(day);
    Outcome outcome = RULE.check(kind, date).outcome();
    if (kind.isCore() || !date.isBefore(RulesConfig.EXTENDED_REQUESTERS_FROM)) {
      assertEquals(Outcome.YES, outcome);
    } else {
      assertEquals(Outcome.NO, outcome);
    }
  }
}
