package eu.mieux.json;

import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.CapacityLevel;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.evaluation.CriterionScore;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.EvaluationCriterion;
import eu.mieux.model.evaluation.EvaluationEvidence;
import eu.mieux.model.evaluation.EvaluationFramework;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.EvidenceKind;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterEntryKind;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.DeploymentEvaluation;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.roster.RosterEntry;
import java.time.Year;
import java.time.LocalDate;

/**
 * Sample values for the binding's tests, modelled on Actions the seeds describe (RULES.md §6.2, §6.3,
 * §12) but not the fixtures of those Actions: their days, ids, activities, experts and fiche are
 * invented so that every property of the wire format is exercised. The real Actions, one content each,
 * are the rule-check kit's {@code MieuxFixtures} and its JSON documents ({@code JsonFixtures}), which
 * this module cannot depend on (the kit's tests depend on this module).
 */
final class Fixtures {

  private Fixtures() {}

  /** An Action with every optional part set: after Philippines 2010-2012, 7 activities, 4 experts, a fiche. */
  static Action detailedAction() {
    return Action.builder()
        .title("Communicating better with migrants")
        .addPartnerCountry(Country.PH)
        .requestingAuthority(RequestingBody.builder().name("Philippine Overseas Employment Administration")
            .acronym("POEA").kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.PH).build())
        .addOtherAuthority(RequestingBody.builder().name("Department of Labor and Employment")
            .acronym("DOLE").kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.PH).build())
        .addThematicArea(ThematicArea.IRREGULAR_MIGRATION_AND_THB)
        .addSubTopic(SubTopic.AWARENESS_CAMPAIGNS_ILLEGAL_RECRUITMENT_THB)
        .addSubTopic(SubTopic.TRAFFICKING_IN_HUMAN_BEINGS)
        .phase(Phase.MIEUX_I)
        .requestReceivedOn(LocalDate.of(2009, 11, 2))
        .startDate(LocalDate.of(2010, 3, 1))
        .endDate(LocalDate.of(2012, 12, 31))
        .status(ActionStatus.CLOSED)
        .fiche(ActionFiche.builder()
            .addDraftedBy(FicheParty.MIEUX_TEAM, FicheParty.STEERING_COMMITTEE, FicheParty.PARTNER_AUTHORITY)
            .interventionLogic("Social marketing against illegal recruitment and THB")
            .addPlannedActivities(ActivityType.FACT_FINDING_MISSION, ActivityType.TRAINING_SESSION,
                ActivityType.WORKSHOP)
            .addCapacityLevels(CapacityLevel.INDIVIDUAL, CapacityLevel.ORGANISATIONAL)
            .build())
        .addActivity(activity(ActivityType.FACT_FINDING_MISSION, "Fact-finding mission", 2010, 3, 8, 12, "e1", "e2"))
        .addActivity(activity(ActivityType.TRAINING_SESSION, "Experts attend POEA trainings", 2010, 6, 14, 18, "e1"))
        .addActivity(activity(ActivityType.TRAINING_SESSION, "Training programme", 2010, 10, 4, 8, "e2", "e3"))
        .addActivity(activity(ActivityType.WORKSHOP, "Thematic workshop with IACAT and LGUs", 2011, 2, 7, 9, "e3"))
        .addActivity(activity(ActivityType.DRAFTING_SESSION, "Resource manual drafting", 2011, 6, 6, 10, "e1", "e4"))
        .addActivity(activity(ActivityType.TRAINING_SESSION, "Capacity building for prosecutors", 2012, 3, 12, 14, "e4"))
        .addActivity(activity(ActivityType.TRAINING_SESSION, "Labour attachés in EU MS", 2012, 9, 17, 19, "e2"))
        .addExpert(expert("e1", ExpertProfile.CIVIL_SERVANT, Country.NL))
        .addExpert(expert("e2", ExpertProfile.CIVIL_SERVANT, Country.PT))
        .addExpert(expert("e3", ExpertProfile.PRIVATE_SECTOR, Country.BE))
        .addExpert(Expert.builder().id("e4").origin(ExpertOrigin.EU_MEMBER_STATE)
            .profile(ExpertProfile.ACADEMIC).build())
        .addFocalPoint(FocalPoint.builder().personId("fp1").institution("POEA").profile("operational").build())
        .addDeliverable(Deliverable.builder().type(DeliverableType.GUIDE_OR_MANUAL)
            .title("Campaigning against illegal recruitment and THB through social marketing techniques")
            .adoptedOn(LocalDate.of(2012, 6, 1)).build())
        .build();
  }

  /** An Action with nothing optional set, after South-East Asia 2012-2013 (RULES.md §6.2.2). */
  static Action minimalAction() {
    return Action.builder()
        .title("Strengthening cooperation on migration")
        .addPartnerCountries(Country.ID, Country.PH, Country.VN)
        .requestingAuthority(RequestingBody.of("Commission on Filipinos Overseas",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.PH))
        .addThematicArea(ThematicArea.MIGRATION_AND_DEVELOPMENT)
        .phase(Phase.MIEUX_II)
        .startDate(LocalDate.of(2012, 12, 1))
        .status(ActionStatus.IN_IMPLEMENTATION)
        .build();
  }

  /** An Action with a code and a sequel number, after Costa Rica II, code 2016-07 (RULES.md §6.3 #7, §12). */
  static Action codedAction() {
    return Action.builder()
        .code(ActionCode.parse("2016-07"))
        .title("Second National Integration Plan")
        .sequelNumber(2)
        .addPartnerCountry(Country.CR)
        .requestingAuthority(request().requestingBodies().get(0))
        .addThematicArea(ThematicArea.HORIZONTAL_INTERVENTIONS)
        .addSubTopic(SubTopic.MIGRANT_INTEGRATION)
        .phase(Phase.MIEUX_III)
        .requestReceivedOn(LocalDate.of(2016, 5, 10))
        .startDate(LocalDate.of(2017, 1, 16))
        .endDate(LocalDate.of(2017, 12, 8))
        .status(ActionStatus.CLOSED)
        .addDeliverable(Deliverable.builder().type(DeliverableType.POLICY_OR_STRATEGY)
            .title("National Integration Plan 2018-2022").adoptedOn(LocalDate.of(2017, 12, 8)).build())
        .build();
  }

  /** A request with a follow-up code, after the one behind Costa Rica II (RULES.md §12). */
  static Request request() {
    return Request.builder()
        .addRequestingBody(RequestingBody.builder().name("Dirección General de Migración y Extranjería")
            .acronym("DGME").kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.CR).build())
        .addPartnerCountry(Country.CR)
        .receivedOn(LocalDate.of(2016, 5, 10))
        .channel(Channel.EU_DELEGATION)
        .addThematicArea(ThematicArea.HORIZONTAL_INTERVENTIONS)
        .addSubTopic(SubTopic.MIGRANT_INTEGRATION)
        .description("Second National Integration Plan 2018-2022")
        .followUpOf(ActionCode.parse("2014-05"))
        .build();
  }

  static LegalBasis dciRow() {
    return LegalBasis.builder().instrument(Instrument.DCI)
        .period(ValidityPeriod.parse("2014-01-01/2020-12-31"))
        .basis("DCI geographic programmes: Latin America").source("unverified:DCI Annex I")
        .quality(DataQuality.UNVERIFIED).build();
  }

  static Reason reason() {
    return Reason.builder().ruleId(RuleId.of("R-EL1")).outcome(Outcome.YES)
        .message("Costa Rica is covered by the DCI on 2016-05-10").country(Country.CR)
        .addLegalBasis(dciRow()).build();
  }

  static Decision decision() {
    return Decision.of(Outcome.YES, java.util.List.of(reason()));
  }

  static CountryDecision countryDecision() {
    return CountryDecision.builder().country(Country.CR)
        .holdsFrom(LocalDate.of(2014, 1, 1)).holdsUntil(LocalDate.of(2017, 12, 31))
        .outcome(Outcome.YES).addInstrument(Instrument.DCI)
        .addAcceptedQualities(DataQuality.VERIFIED, DataQuality.UNVERIFIED)
        .addCoverage(dciRow()).addReason(reason()).build();
  }

  static RequestDecision requestDecision() {
    return RequestDecision.builder().date(LocalDate.of(2016, 5, 10)).outcome(Outcome.YES)
        .addCountry(countryDecision()).addReason(reason()).build();
  }

  /** The detailed Action with the history that led to its closure (illustrative dates). */
  static Action withHistory() {
    return Action.builder().from(detailedAction())
        .addHistory(StatusChange.of(LifecycleEvent.DRAFT_FICHE, ActionStatus.REQUEST_RECEIVED,
            ActionStatus.FICHE_DRAFTED, LocalDate.of(2009, 12, 1)))
        .addHistory(StatusChange.of(LifecycleEvent.APPROVE, ActionStatus.FICHE_DRAFTED, ActionStatus.APPROVED,
            LocalDate.of(2010, 1, 15)))
        .addHistory(StatusChange.of(LifecycleEvent.START_IMPLEMENTATION, ActionStatus.APPROVED,
            ActionStatus.IN_IMPLEMENTATION, LocalDate.of(2010, 3, 1)))
        .addHistory(StatusChange.of(LifecycleEvent.START_EVALUATION, ActionStatus.IN_IMPLEMENTATION,
            ActionStatus.IN_EVALUATION, LocalDate.of(2012, 11, 1)))
        .addHistory(StatusChange.of(LifecycleEvent.CLOSE, ActionStatus.IN_EVALUATION, ActionStatus.CLOSED,
            LocalDate.of(2012, 12, 31)))
        .build();
  }

  /** The findings on a request: one error at a partner country, one info about the whole document. */
  static Assessment assessment() {
    return Assessment.builder()
        .addFinding(Finding.builder().ruleId(RuleId.of("R-EL1")).severity(Severity.ERROR)
            .path("/partnerCountries/0").message("Costa Rica is not covered on 2030-01-01").country(Country.CR)
            .addLegalBasis(dciRow()).build())
        .addFinding(Finding.builder().ruleId(RuleId.of("A1")).severity(Severity.INFO).path("")
            .message("The request names a requesting body").build())
        .build();
  }

  /** Case study 7, Costa Rica II (RULES.md §6.3 #7), with illustrative evidence. */
  static CaseStudy caseStudy() {
    return CaseStudy.builder().number(7).title("Costa Rica: the Second National Integration Plan")
        .action(codedAction())
        .addEvidence(Evidence.of(EvidenceKind.FITS_NATIONAL_PLAN,
            "The plan implements the national migration policy", "003_c3246053945df94a.txt:2072"))
        .addEvidence(Evidence.builder().kind(EvidenceKind.POLICY_ADOPTED)
            .statement("The National Integration Plan 2018-2022 was adopted")
            .source("003_c3246053945df94a.txt:2072").date(LocalDate.of(2017, 12, 8)).build())
        .addEvidenceNotCredited(Evidence.of(EvidenceKind.PEER_EXCHANGE_HELD, "A peer exchange was held",
            "003_c3246053945df94a.txt:2075"))
        .addCredited(GoodPracticeCharacteristic.INTEGRATION, GoodPracticeCharacteristic.RESULTS_ORIENTED)
        .source("003_c3246053945df94a.txt:2060-2080")
        .build();
  }

  /** A roster of one Spanish-speaking expert deployed on Costa Rica II and evaluated. */
  static Roster roster() {
    return Roster.of(java.util.List.of(RosterEntry.builder()
        .expert(expert("es-1", ExpertProfile.CIVIL_SERVANT, Country.ES))
        .addSubTopic(SubTopic.MIGRANT_INTEGRATION).addLanguage("es")
        .addDeployment(Deployment.builder().actionCode(ActionCode.parse("2016-07"))
            .actionTitle("Second National Integration Plan").activityType(ActivityType.DRAFTING_SESSION)
            .startDate(LocalDate.of(2017, 3, 6)).endDate(LocalDate.of(2017, 3, 10))
            .evaluation(DeploymentEvaluation.of(LocalDate.of(2017, 3, 20), 4, "Clear and practical"))
            .build())
        .addUnavailablePeriod(ValidityPeriod.parse("2017-08-01/2017-08-31"))
        .build()));
  }

  /** A ROM evaluation of Costa Rica II (illustrative scores). */
  static Evaluation evaluation() {
    return Evaluation.builder().framework(EvaluationFramework.ROM).actionCode(ActionCode.parse("2016-07"))
        .actionTitle("Second National Integration Plan").evaluatedOn(LocalDate.of(2018, 2, 1))
        .addScore(CriterionScore.builder().criterion(EvaluationCriterion.RELEVANCE).score(5)
            .addEvidence(EvaluationEvidence.of("The plan answers a national priority", "RULES.md §8"))
            .explanation("Requested by the national authority").build())
        .build();
  }

  /** The register entry of case study 7. */
  static RegisterEntry registerEntry() {
    return RegisterEntry.builder().kind(RegisterEntryKind.CASE_STUDY).title("Costa Rica II")
        .caseStudyNumber(7).code(ActionCode.parse("2016-07")).addUrlSlug("154-costa-rica-ii")
        .addCountry(Country.CR).addRegion(Region.LATIN_AMERICA_CARIBBEAN).firstYear(Year.of(2016))
        .lastYear(Year.of(2017)).addThematicArea(ThematicArea.HORIZONTAL_INTERVENTIONS)
        .addSubTopic(SubTopic.MIGRANT_INTEGRATION).addCharacteristic(GoodPracticeCharacteristic.INTEGRATION)
        .addDeliverableType(DeliverableType.POLICY_OR_STRATEGY).addLegalBasis(dciRow()).build();
  }

  private static Activity activity(ActivityType type, String title, int year, int month, int from, int to,
      String... experts) {
    return Activity.builder().type(type).title(title).startDate(LocalDate.of(year, month, from))
        .endDate(LocalDate.of(year, month, to)).location(Country.PH).addExpertIds(experts).build();
  }

  private static Expert expert(String id, ExpertProfile profile, Country nationality) {
    return Expert.builder().id(id).origin(ExpertOrigin.EU_MEMBER_STATE).profile(profile)
        .nationality(nationality).institution("Ministry of Interior").build();
  }
}
