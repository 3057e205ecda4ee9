package eu.mieux.rules.admissibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.SeedActions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionRulesTest {

  private final ActionRules rules = ActionRules.standard();
  private final Action costaRicaII = SeedActions.costaRicaII();

  private static List<String> ids(Assessment a, Severity severity) {
    return a.findings(severity).stream().map(f -> f.ruleId().id()).toList();
  }

  @Test
  void costaRicaIIPassesWithOnlyTheExpertMix() {
    Assessment a = rules.assess(costaRicaII);
    assertThat(a.isYes()).isTrue();
    assertThat(a.findings()).extracting(f -> f.ruleId().id()).containsExactly("E2");
    assertThat(a.findings().get(0).message()).isEqualTo(
        "2 experts: 2 EU member-state governmental, 0 non-EU governmental, 0 non-governmental");
  }

  @Test
  void anActionInAnEuMemberStateIsAnError() {
    Action inCroatia = Action.builder().from(costaRicaII).partnerCountries(List.of(Country.CR, Country.HR))
        .build();
    Assessment a = rules.assess(inCroatia);
    assertThat(a.isYes()).isFalse();
    Finding f = a.findings(Severity.ERROR).get(0);
    assertThat(f.ruleId().id()).isEqualTo("R-EL8");
    assertThat(f.path()).isEqualTo("/partnerCountries/1");
    assertThat(f.country()).contains(Country.HR);
    // Croatia joined on 2013-07-01: an Action starting before then is outside the EU
    Action before = Action.builder().from(inCroatia).phase(Phase.MIEUX_I).requestReceivedOn(LocalDate.of(2011, 1, 5))
        .startDate(LocalDate.of(2011, 2, 1)).endDate(LocalDate.of(2011, 12, 1)).activities(List.of())
        .thematicAreas(List.of(ThematicArea.IRREGULAR_MIGRATION_AND_THB)).code(ActionCode.of(2011, 3)).build();
    assertThat(ids(rules.assess(before), Severity.ERROR)).isEmpty();
  }

  @Test
  void aPillarBefore2012IsOutsideTheMandate() {
    Action early = Action.builder().from(costaRicaII).phase(Phase.MIEUX_I).code(ActionCode.of(2010, 2))
        .requestReceivedOn(LocalDate.of(2010, 3, 1)).startDate(LocalDate.of(2010, 6, 1))
        .endDate(LocalDate.of(2011, 6, 1)).activities(List.of())
        .thematicAreas(List.of(ThematicArea.IRREGULAR_MIGRATION_AND_THB, ThematicArea.LEGAL_MIGRATION_AND_MOBILITY))
        .build();
    Assessment a = rules.assess(early);
    assertThat(ids(a, Severity.ERROR)).isEmpty();
    assertThat(ids(a, Severity.WARNING)).contains("R-EL7");
    Assessment strict = new ActionRules(new eu.mieux.rules.theme.ThematicScope(
        eu.mieux.rules.RulesConfig.ALL_THEMATIC_AREAS_FROM, true), eu.mieux.rules.PhaseCalendar.standard()).assess(early);
    assertThat(ids(strict, Severity.ERROR)).containsExactly("R-EL7");
    assertThat(strict.findings(Severity.ERROR).get(0).path()).isEqualTo("/thematicAreas/1");
  }

  @Test
  void typicalPracticesAreWarningsNotErrors() {
    Activity workshop = Activity.builder().type(ActivityType.WORKSHOP).startDate(LocalDate.of(2017, 2, 1))
        .endDate(LocalDate.of(2017, 2, 2)).build();
    Action unusual = Action.builder().from(costaRicaII).phase(Phase.MIEUX_II).code(ActionCode.of(2015, 7))
        .activities(List.of(workshop)).build();
    Assessment a = rules.assess(unusual);
    assertThat(a.isYes()).isTrue();
    assertThat(ids(a, Severity.WARNING)).containsExactly("M-PH1", "R-LC13", "A1", "R-LC11");
    assertThat(a.findings(Severity.WARNING).get(2).path()).isEqualTo("/activities/0/type");
    assertThat(a.findings(Severity.WARNING).get(3).message()).contains("1 Activities");
  }

  @Test
  void activitiesBeforeApprovalAreWarned() {
    Action withHistory = Action.builder().from(costaRicaII).status(ActionStatus.IN_IMPLEMENTATION)
        .addHistory(StatusChange.of(LifecycleEvent.APPROVE, ActionStatus.ADAPTED_TO_PRIORITIES,
            ActionStatus.APPROVED, LocalDate.of(2017, 3, 1)))
        .addHistory(StatusChange.of(LifecycleEvent.START_IMPLEMENTATION, ActionStatus.APPROVED,
            ActionStatus.IN_IMPLEMENTATION, LocalDate.of(2017, 3, 2)))
        .build();
    Assessment a = rules.assess(withHistory);
    assertThat(a.findings(Severity.WARNING)).extracting(Finding::path).containsExactly("/activities/0/startDate");
  }

  @Test
  void aFocalPointMayBeAnExpertElsewhereButNotInTheirOwnAction() {
    Expert director = Expert.builder().id("cv-dgi-director").origin(ExpertOrigin.NON_EU)
        .profile(ExpertProfile.CIVIL_SERVANT).nationality(Country.CV).build();
    Action mauritiusII = Action.builder().from(costaRicaII).title("Migration and development policy")
        .partnerCountries(List.of(Country.MU)).addExpert(director).build();
    Action caboVerdeIV = Action.builder().from(costaRicaII).title("Municipal integration plan")
        .partnerCountries(List.of(Country.CV))
        .addFocalPoint(FocalPoint.builder().personId("cv-dgi-director").institution("DGI").build()).build();
    Assessment elsewhere = rules.assess(mauritiusII, List.of(caboVerdeIV));
    assertThat(elsewhere.isYes()).isTrue();
    assertThat(ids(elsewhere, Severity.INFO)).containsExactly("E5", "E2");

    Action own = Action.builder().from(caboVerdeIV).addExpert(director).build();
    Assessment a = rules.assess(own);
    assertThat(ids(a, Severity.ERROR)).containsExactly("E5");
    assertThat(a.findings(Severity.ERROR).get(0).path()).isEqualTo("/experts/2/id");
  }

  @Test
  void expertCountsFollowTheReportsCategories() {
    ExpertCounts counts = ExpertCounts.of(Action.builder().from(costaRicaII)
        .addExpert(Expert.builder().id("ngo-1").origin(ExpertOrigin.EU_MEMBER_STATE).profile(ExpertProfile.NGO).build())
        .addExpert(Expert.builder().id("ar-1").origin(ExpertOrigin.NON_EU).profile(ExpertProfile.CIVIL_SERVANT).build())
        .build());
    assertThat(counts.euGovernmental()).isEqualTo(2);
    assertThat(counts.nonEuGovernmental()).isEqualTo(1);
    assertThat(counts.nonGovernmental()).isEqualTo(1);
    assertThat(counts.total()).isEqualTo(4);
    assertThat(counts.byOrigin()).containsEntry(ExpertOrigin.EU_MEMBER_STATE, 3);
  }

  /** R-EL3b on an Action: a CSO on the requesting side needs a government body beside it. */
  @Test
  void aCsoOnTheRequestingSideIsAnErrorUnlessAGovernmentBodyIsBesideIt() {
    RequestingBody cso = RequestingBody.of("Fundación Migrantes", RequesterKind.CIVIL_SOCIETY_ORGANISATION,
        Country.CR);
    Action alone = Action.builder().from(costaRicaII).requestingAuthority(cso).build();
    Assessment a = rules.assess(alone);
    assertThat(ids(a, Severity.ERROR)).containsExactly("R-EL3b");
    assertThat(a.findings(Severity.ERROR).get(0).path()).isEqualTo("/jointRequesters");
    assertThat(a.findings(Severity.ERROR).get(0).legalBases()).isNotEmpty();

    Action paired = Action.builder().from(costaRicaII).addJointRequesters(cso).build();
    assertThat(ids(rules.assess(paired), Severity.ERROR)).isEmpty();
    Action pairedTheOtherWay = Action.builder().from(alone)
        .addJointRequesters(costaRicaII.requestingAuthority()).build();
    assertThat(ids(rules.assess(pairedTheOtherWay), Severity.ERROR)).isEmpty();
  }
}
