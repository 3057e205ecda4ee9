package eu.mieux.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Joint requests (RULES.md §15.1): each body's kind on the date (R-EL2, R-EL3) and, once CSOs may
 * request, a CSO only with a national or local government body (R-EL3b; R-EL3d for the local
 * government; R-EL3e for the real joint requests).
 */
class JointRequestTest {

  private static final RequesterEligibility RULE = new RequesterEligibility(RulesConfig.EXTENDED_REQUESTERS_FROM);

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      civil_society_organisation                                  | 2022-03-01 | NO  | R-EL3b: a CSO alone (EC MIEUX+ page)
      civil_society_organisation                                  | 2020-06-01 | NO  | R-EL3b: a CSO alone, MIEUX+
      civil_society_organisation+national_public_authority        | 2016-06-01 | YES | R-EL3e: Niger III, an NGO and the Ministry of Youth
      national_public_authority+civil_society_organisation+civil_society_organisation | 2021-05-01 | YES | R-EL3e: Tajikistan IV
      local_authority+local_authority+civil_society_organisation  | 2022-03-01 | YES | R-EL3d: Uganda, two local councils and an NGO
      local_authority                                             | 2023-01-10 | YES | R-EL3d: Greater Irbid alone
      civil_society_organisation+regional_organisation            | 2022-03-01 | NO  | R-EL3b: a regional organisation is no government body
      civil_society_organisation+judicial_authority               | 2022-03-01 | NO  | R-EL3b: nor is a judicial authority
      civil_society_organisation+national_public_authority        | 2015-06-01 | NO  | R-EL3: CSOs request only from 2016
      regional_organisation+judicial_authority                    | 2017-06-01 | YES | R-EL3f: IberRed, regional and judicial
      """)
  void realJointRequests(String kinds, LocalDate date, Outcome outcome, String source) {
    Decision decision = RULE.checkJoint(kinds(kinds), date);
    assertThat(decision.outcome()).as(source).isEqualTo(outcome);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      civil_society_organisation | no other body
      civil_society_organisation+parliament | only civil_society_organisation, parliament
      """)
  void aCsoAloneIsRefusedCitingREl3b(String kinds, String says) {
    Decision decision = RULE.checkJoint(kinds(kinds), LocalDate.of(2022, 3, 1));
    assertThat(decision.reasons()).filteredOn(r -> r.outcome() == Outcome.NO).singleElement().satisfies(r -> {
      assertThat(r.ruleId().id()).isEqualTo("R-EL3b");
      assertThat(r.message()).contains(says).contains("only jointly with a government body");
      assertThat(r.legalBases().get(0).source()).contains("international-partnerships.ec.europa.eu");
    });
  }

  /** The pairing is a setting: the seeds alone are silent on it (§13 Q13). */
  @Property(tries = 50)
  void withoutThePairingACsoMayRequestAlone(@ForAll @IntRange(min = 0, max = 3000) int day) {
    RequesterEligibility seeds = new RequesterEligibility(RulesConfig.EXTENDED_REQUESTERS_FROM,
        RequesterEligibility.defaultCoreKinds(), false);
    LocalDate date = RulesConfig.EXTENDED_REQUESTERS_FROM.plusDays(day);
    assertThat(seeds.checkJoint(List.of(RequesterKind.CIVIL_SOCIETY_ORGANISATION), date).outcome())
        .isEqualTo(Outcome.YES);
  }

  /** A joint request passes R-EL3 exactly when every body may request on the date and the CSO pairing holds. */
  @Property(tries = 1000)
  void aJointRequestPassesExactlyWhenEveryBodyMayAndTheCsoIsPaired(@ForAll("kinds") List<RequesterKind> kinds,
      @ForAll @IntRange(min = 0, max = 6000) int day) {
    LocalDate date = LocalDate.of(2008, 12, 1).plusDays(day);
    boolean everyBodyMay = kinds.stream().allMatch(k -> RULE.check(k, date).isYes());
    boolean csoMay = RULE.check(RequesterKind.CIVIL_SOCIETY_ORGANISATION, date).isYes();
    boolean paired = !kinds.contains(RequesterKind.CIVIL_SOCIETY_ORGANISATION) || !csoMay
        || kinds.contains(RequesterKind.NATIONAL_PUBLIC_AUTHORITY) || kinds.contains(RequesterKind.LOCAL_AUTHORITY);
    Decision decision = RULE.checkJoint(kinds, date);
    assertThat(decision.isYes()).isEqualTo(everyBodyMay && paired);
    assertThat(decision.reasons()).hasSizeGreaterThanOrEqualTo(kinds.size());
  }

  @Provide
  Arbitrary<List<RequesterKind>> kinds() {
    return Arbitraries.of(RequesterKind.class).list().ofMinSize(1).ofMaxSize(4);
  }

  private static List<RequesterKind> kinds(String codes) {
    return Arrays.stream(codes.split("\\+")).map(c -> RequesterKind.valueOf(c.trim().toUpperCase())).toList();
  }
}
