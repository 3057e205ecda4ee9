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
import java.time.LocalDate;

/** Documents built from the actions the seeds describe (RULES.md §6.2, §6.3, §12). */
final class Fixtures {

  private Fixtures() {}

  /** Philippines 2010-2012, "Communicating better with migrants" (RULES.md §6.2.1): 7 activities, 4 experts. */
  static Action philippines() {
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

  /** South-East Asia 2012-2013, the first regional Action (RULES.md §6.2.2); nothing optional set. */
  static Action southEastAsia() {
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

  /** Thailand I 2013-2017 (RULES.md §6.2.3): study visits, shelter workshops, four focal points. */
  static Action thailand() {
    return Action.builder()
        .title("Preventing trafficking and protecting victims and migrants in vagrancy")
        .addPartnerCountry(Country.TH)
        .requestingAuthority(RequestingBody.builder().name("Ministry of Social Development and Human Security")
            .acronym("MSDHS").kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.TH).build())
        .addThematicArea(ThematicArea.IRREGULAR_MIGRATION_AND_THB)
        .addThematicArea(ThematicArea.HORIZONTAL_INTERVENTIONS)
        .addSubTopic(SubTopic.ASSISTANCE_TO_VULNERABLE_VICTIMS)
        .addSubTopic(SubTopic.MIGRATION_AND_VAGRANCY)
        .phase(Phase.MIEUX_II)
        .startDate(LocalDate.of(2013, 9, 1))
        .endDate(LocalDate.of(2017, 6, 30))
        .status(ActionStatus.CLOSED)
        .addActivity(Activity.builder().type(ActivityType.STUDY_VISIT).title("Study visit to Belgium")
            .startDate(LocalDate.of(2015, 5, 11)).endDate(LocalDate.of(2015, 5, 15)).location(Country.BE)
            .addExpertIds("ngo-be").build())
        .addActivity(Activity.builder().type(ActivityType.STUDY_VISIT).title("Study visit to Ireland")
            .startDate(LocalDate.of(2016, 3, 7)).endDate(LocalDate.of(2016, 3, 11)).location(Country.IE)
            .addExpertIds("ngo-ie").build())
        .addActivity(Activity.builder().type(ActivityType.WORKSHOP).title("Psychosocial support in shelters")
            .startDate(LocalDate.of(2016, 11, 21)).endDate(LocalDate.of(2016, 11, 23)).location(Country.TH)
            .addExpertIds("ngo-be", "ngo-ie").build())
        .addExpert(Expert.builder().id("ngo-be").origin(ExpertOrigin.EU_MEMBER_STATE).profile(ExpertProfile.NGO)
            .nationality(Country.BE).build())
        .addExpert(Expert.builder().id("ngo-ie").origin(ExpertOrigin.EU_MEMBER_STATE).profile(ExpertProfile.NGO)
            .nationality(Country.IE).build())
        .addFocalPoint(FocalPoint.builder().personId("datip-1").institution("DATIP").profile("operational").build())
        .addFocalPoint(FocalPoint.builder().personId("datip-2").institution("DATIP").profile("strategic").build())
        .addFocalPoint(FocalPoint.builder().personId("dsdw-1").institution("DSDW").profile("operational").build())
        .addFocalPoint(FocalPoint.builder().personId("dsdw-2").institution("DSDW").profile("strategic").build())
        .addDeliverable(Deliverable.of(DeliverableType.BROCHURE, "Safe use of technology against child trafficking"))
        .addDeliverable(Deliverable.of(DeliverableType.BROCHURE, "Gender and THB"))
        .addDeliverable(Deliverable.of(DeliverableType.BROCHURE, "Severe trauma"))
        .build();
  }

  /** Costa Rica II, code 2016-07, 2017: the 2nd National Integration Plan (RULES.md §6.3 #7, §12). */
  static Action costaRicaII() {
    return Action.builder()
        .code(ActionCode.parse("2016-07"))
        .title("Second National Integration Plan")
        .sequelNumber(2)
        .addPartnerCountry(Country.CR)
        .requestingAuthority(costaRicaRequest().requestingBody())
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

  /** The request behind Costa Rica II, code 2016-07 (RULES.md §12). */
  static Request costaRicaRequest() {
    return Request.builder()
        .requestingBody(RequestingBody.builder().name("Dirección General de Migración y Extranjería")
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
    return CountryDecision.builder().country(Country.CR).date(LocalDate.of(2016, 5, 10))
        .outcome(Outcome.YES).addInstrument(Instrument.DCI)
        .addAcceptedQualities(DataQuality.VERIFIED, DataQuality.UNVERIFIED)
        .addCoverage(dciRow()).addReason(reason()).build();
  }

  static RequestDecision requestDecision() {
    return RequestDecision.builder().date(LocalDate.of(2016, 5, 10)).outcome(Outcome.YES)
        .addCountry(countryDecision()).addReason(reason()).build();
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
