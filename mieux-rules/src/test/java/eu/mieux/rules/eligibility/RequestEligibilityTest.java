package eu.mieux.rules.eligibility;

import static eu.mieux.rules.DecisionAssert.assertDecision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.Policy;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestEligibilityTest {

  private static final RequestEligibility RULE = MieuxRules.standard().requestEligibility();

  @Test
  void firstRegionalRequestIsCheckedCountryByCountry() {
    // R-EL4: Indonesia, the Philippines and Viet Nam, 2012 (002_ce0abda7b546b418.txt:38)
    RequestDecision decision = RULE.check(List.of(Country.ID, Country.PH, Country.VN),
        RequesterKind.NATIONAL_PUBLIC_AUTHORITY, LocalDate.of(2012, 3, 1));
    assertDecision(decision).isYes();
    assertEquals(List.of(Country.ID, Country.PH, Country.VN),
        decision.countries().stream().map(c -> c.country()).toList());
    assertTrue(decision.countries().stream().allMatch(c -> c.isYes()));
  }

  @Test
  void oneUncoveredCountryMakesTheRequestNoWithAPerCountryAnswer() {
    RequestDecision decision = RULE.check(List.of(Country.UA, Country.RU),
        RequesterKind.REGIONAL_ORGANISATION, LocalDate.of(2016, 5, 1));
    assertDecision(decision).isNo();
    assertEquals(Outcome.YES, decision.countries().get(0).outcome());
    assertEquals(Outcome.NO, decision.countries().get(1).outcome());
    assertTrue(decision.reasons().stream().filter(r -> r.ruleId().toString().equals("R-EL1"))
        .allMatch(r -> r.country().isPresent()));
    assertTrue(decision.reasons().stream().anyMatch(r -> r.country().equals(Optional.of(Country.RU))
        && r.outcome() == Outcome.NO));
  }

  @Test
  void requesterAndWindowAreSeparateReasons() {
    RequestDecision early = RULE.check(List.of(Country.UA), RequesterKind.PARLIAMENT,
        LocalDate.of(2015, 6, 1));
    assertDecision(early).isNo().says("only since 2016-01-01");
    assertEquals(Outcome.YES, early.countries().get(0).outcome());
    RequestDecision late = RULE.check(List.of(Country.UA), RequesterKind.PARLIAMENT,
        LocalDate.of(2025, 6, 1));
    assertDecision(late).isNo().says("MIEUX was not running");
    assertEquals("M-PW1", late.reasons().get(0).ruleId().toString());
  }

  @Test
  void undeterminedWhenTheStrictPolicySetsAsideTheOnlyRows() {
    RequestEligibility strict =
        MieuxRules.of(RulesConfig.standard().withPolicy(Policy.strict())).requestEligibility();
    RequestDecision decision = strict.check(List.of(Country.SN, Country.UA),
        RequesterKind.NATIONAL_PUBLIC_AUTHORITY, LocalDate.of(2022, 1, 1));
    assertDecision(decision).isUndetermined();
    assertEquals(Outcome.UNDETERMINED, decision.countries().get(0).outcome());
  }

  @Test
  void requestUsesItsReceivedDateAndBody() {
    Request request = Request.builder()
        .addRequestingBody(RequestingBody.of("Ministry of Interior", RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.BY))
        .addPartnerCountry(Country.BY).receivedOn(LocalDate.of(2016, 2, 1)).channel(Channel.values()[0])
        .description("Labour migration legislation").build();
    RequestDecision decision = RULE.check(request);
    assertDecision(decision).isYes().cites("ENI");
    assertEquals(LocalDate.of(2016, 2, 1), decision.date());
  }

  @Test
  void emptyCountryListIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RULE.check(List.of(), LocalDate.of(2016, 1, 1)));
  }
}
