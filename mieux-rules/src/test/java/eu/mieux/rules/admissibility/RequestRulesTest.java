package eu.mieux.rules.admissibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.testing.ModelArbitraries;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.coverage.CoverageTable;
import eu.mieux.rules.eligibility.CountryEligibility;
import eu.mieux.rules.eligibility.EuMembership;
import eu.mieux.rules.eligibility.ProgrammeWindow;
import eu.mieux.rules.eligibility.RequesterEligibility;
import eu.mieux.rules.theme.ThematicScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

  private final RequestRules rules = RequestRules.standard();

  private static Request request(RequestingBody body, LocalDate received, ThematicArea area, Country... countries) {
    return Request.builder().addRequestingBody(body).addPartnerCountries(countries).receivedOn(received)
        .channel(Channel.MIEUX_TEAM).addThematicArea(area).description("request for MIEUX expertise").build();
  }

  private static RequestingBody national(String name, Country country) {
    return RequestingBody.of(name, RequesterKind.NATIONAL_PUBLIC_AUTHORITY, country);
  }

  private static List<String> errors(Assessment a) {
    return a.findings(Severity.ERROR).stream().map(f -> f.ruleId().id()).toList();
  }

  /** Philippines: first request by DOLE in 2009, illegal recruitment and THB (000:45, 000:120-138). */
  @Test
  void philippines2009Passes() {
    Assessment a = rules.assess(request(national("Department of Labor and Employment", Country.PH),
        LocalDate.of(2009, 6, 1), ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.PH));
    assertThat(a.isYes()).as(a.toString()).isTrue();
    assertThat(a.findings()).extracting(f -> f.ruleId().id()).contains("M-PW1", "M-PH1", "R-EL2", "R-EL1", "R-EL7");
    assertThat(a.findings(Severity.INFO).stream().filter(f -> f.ruleId().id().equals("M-PH1")).findFirst()
        .orElseThrow().message()).contains("MIEUX I");
  }

  /** South-East Asia: the first regional request, 2012, Indonesia, the Philippines and Viet Nam (002:38, 002:48; R-EL4b). */
  @Test
  void southEastAsiaJointRequestIsCheckedCountryByCountry() {
    Assessment a = rules.assess(request(RequestingBody.builder().name("Commission on Filipinos Overseas")
            .acronym("CFO").kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.PH).build(),
        LocalDate.of(2012, 6, 1), ThematicArea.MIGRATION_AND_DEVELOPMENT, Country.ID, Country.PH, Country.VN));
    assertThat(a.isYes()).isTrue();
    assertThat(a.findings()).filteredOn(f -> f.ruleId().id().equals("R-EL1")).extracting(Finding::path)
        .contains("/partnerCountries/0", "/partnerCountries/1", "/partnerCountries/2");
    assertThat(a.findings()).extracting(f -> f.ruleId().id()).endsWith("R-EL4");
  }

  /** RULES.md §15.1 R-EL4b: the first multi-country Action, Argentina-Brazil, began in November 2011. */
  @Test
  void theMultiCountryFindingDatesTheFirstActionToTwentyEleven() {
    Assessment a = rules.assess(request(RequestingBody.of("Government of Argentina", RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
        Country.AR), LocalDate.of(2011, 9, 1), ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.AR, Country.BR));
    assertThat(a.isYes()).isTrue();
    assertThat(a.findings()).filteredOn(f -> f.ruleId().id().equals("R-EL4")).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("November 2011 (Argentina-Brazil)").contains("regional ones from 2012");
      assertThat(f.legalBases().get(0).source()).contains("icmpd.org");
      assertThat(f.legalBases().get(0).basis()).doesNotContain("the first came in 2012");
    });
  }

  /** Brazil II: request in 2018 by the federal public defender (DPU), a judicial authority (003:1454, 003:2549). */
  @Test
  void brazilIIJudicialAuthorityAfter2016Passes() {
    RequestingBody dpu = RequestingBody.of("Defensoria Pública da União", RequesterKind.JUDICIAL_AUTHORITY,
        Country.BR);
    assertThat(rules.assess(request(dpu, LocalDate.of(2018, 3, 1),
        ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM, Country.BR)).isYes()).isTrue();
  }

  @Test
  void aLocalAuthorityBefore2016IsRefusedWithREl3() {
    RequestingBody municipality = RequestingBody.of("Câmara Municipal da Praia", RequesterKind.LOCAL_AUTHORITY,
        Country.CV);
    Assessment a = rules.assess(request(municipality, LocalDate.of(2015, 12, 31),
        ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, Country.CV));
    assertThat(errors(a)).containsExactly("R-EL3");
    assertThat(a.findings(Severity.ERROR).get(0).path()).isEqualTo("/requestingBodies/0/kind");
    assertThat(rules.assess(request(municipality, LocalDate.of(2016, 1, 1),
        ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, Country.CV)).isYes()).isTrue();
  }

  /** RULES.md §13 Q14: which kinds may request before 2016 is a setting. */
  @Test
  void coreRequesterKindsAreASetting() {
    RequestingBody municipality = RequestingBody.of("Câmara Municipal da Praia", RequesterKind.LOCAL_AUTHORITY,
        Country.CV);
    Request before = request(municipality, LocalDate.of(2014, 6, 1), ThematicArea.LEGAL_MIGRATION_AND_MOBILITY,
        Country.CV);
    RequestRules wider = new RequestRules(CoverageTable.standard(), RulesConfig.builder()
        .coreRequesterKinds(Set.of(RequesterKind.NATIONAL_PUBLIC_AUTHORITY, RequesterKind.REGIONAL_ORGANISATION,
            RequesterKind.LOCAL_AUTHORITY)).build());
    assertThat(errors(rules.assess(before))).containsExactly("R-EL3");
    Assessment a = wider.assess(before);
    assertThat(a.isYes()).isTrue();
    assertThat(a.findings()).filteredOn(f -> f.ruleId().id().equals("R-EL2")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("(a setting"));
  }

  @Test
  void everyFailureIsReportedAtOnce() {
    Assessment a = rules.assess(request(RequestingBody.of("Parliament", RequesterKind.PARLIAMENT, Country.RU),
        LocalDate.of(2010, 5, 1), ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, Country.RU, Country.FR));
    assertThat(errors(a)).contains("R-EL3", "R-EL1", "R-EL8");
    assertThat(a.findings(Severity.WARNING)).extracting(f -> f.ruleId().id()).contains("R-EL7"); // RULES.md §15.2
    assertThat(a.findings(Severity.ERROR)).filteredOn(f -> f.ruleId().id().equals("R-EL8"))
        .singleElement().satisfies(f -> {
          assertThat(f.path()).isEqualTo("/partnerCountries/1");
          assertThat(f.country()).contains(Country.FR);
        });
  }

  @Test
  void russiaAfter2013IsNotCoveredAndSaysWhy() {
    Assessment a = rules.assess(request(national("Federal Migration Service", Country.RU), LocalDate.of(2016, 5, 1),
        ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.RU));
    assertThat(errors(a)).contains("R-EL1");
    assertThat(a.findings(Severity.ERROR)).extracting(Finding::message).anyMatch(m -> m.contains("ENPI"));
  }

  @Test
  void outsideTheProgrammeWindowIsAnError() {
    Assessment a = rules.assess(request(national("Ministry of Interior", Country.UA), LocalDate.of(2024, 5, 1),
        ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.UA));
    assertThat(errors(a)).contains("M-PW1");
    RequestRules planned = new RequestRules(CoverageTable.standard(), RulesConfig.builder()
        .programmeEnd(RulesConfig.PLANNED_PROGRAMME_END).build());
    assertThat(errors(planned.assess(request(national("Ministry of Interior", Country.UA), LocalDate.of(2023, 6, 1),
        ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.UA)))).contains("M-PW1");
  }

  @Test
  void aRequestWithoutThematicAreaCannotBeChecked() {
    Request unclassified = Request.builder().from(request(national("Ministry of Interior", Country.MD),
        LocalDate.of(2016, 9, 1), ThematicArea.IRREGULAR_MIGRATION_AND_THB, Country.MD)).thematicAreas(List.of())
        .build();
    Assessment a = rules.assess(unclassified);
    assertThat(errors(a)).containsExactly("R-EL7");
    assertThat(a.findings(Severity.ERROR).get(0).path()).isEqualTo("/thematicAreas");
  }

  /** Chile left the DAC list on 2018-01-01 (SOURCES.md §2); R-EL5 lets a configured graduate through. */
  @Test
  void graduatedCountriesAreASetting() {
    Request chile = request(national("Departamento de Extranjería y Migración", Country.CL), LocalDate.of(2019, 3, 1),
        ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, Country.CL);
    assertThat(errors(rules.assess(chile))).isNotEmpty().containsOnly("R-EL1");
    RequestRules lenient = new RequestRules(CoverageTable.standard(),
        RulesConfig.builder().graduatedCountries(Set.of(Country.CL)).build());
    Assessment a = lenient.assess(chile);
    assertThat(a.isYes()).isTrue();
    assertThat(a.findings(Severity.WARNING)).extracting(f -> f.ruleId().id()).containsExactly("R-EL5");
  }

  @Test
  void mieuxRulesWiresTheSameRules() {
    Request r = request(national("Ministry of Interior", Country.BY), LocalDate.of(2016, 2, 1),
        ThematicArea.LEGAL_MIGRATION_AND_MOBILITY, Country.BY);
    assertThat(MieuxRules.standard().requestRules().assess(r)).isEqualTo(rules.assess(r));
  }

  @Property(tries = 1000)
  void assessingNeverThrowsAndIsStable(@ForAll("requests") Request request) {
    Assessment first = rules.assess(request);
    assertThat(rules.assess(request)).isEqualTo(first);
    assertThat(first.findings()).isNotEmpty();
  }

  /** A request has no error exactly when the window, requester, country, EU-location and theme rules hold. */
  @Property(tries = 1000)
  void noErrorIffEveryRuleHolds(@ForAll("requests") Request request) {
    LocalDate date = request.receivedOn();
    RulesConfig config = RulesConfig.standard();
    CountryEligibility countries = new CountryEligibility(CoverageTable.standard(), config.policy());
    boolean holds = new ProgrammeWindow(config.programmeWindow()).check(date).isYes()
        && new RequesterEligibility(config.extendedRequestersFrom(), config.coreRequesterKinds())
            .checkJoint(request.requestingBodies().stream().map(b -> b.kind()).toList(), date).isYes()
        && request.partnerCountries().stream().allMatch(c -> countries.check(c, date).isYes())
        && request.partnerCountries().stream().noneMatch(c -> EuMembership.standard().isMemberStateOn(c, date))
        && new ThematicScope(config.allThematicAreasFrom()).check(request.thematicAreas(), date).isYes();
    assertThat(rules.assess(request).isYes()).isEqualTo(holds);
  }

  @Provide
  Arbitrary<Request> requests() {
    return ModelArbitraries.requests();
  }
}
