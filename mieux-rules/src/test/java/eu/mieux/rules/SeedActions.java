package eu.mieux.rules;

import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;

/** Real Actions the seeds describe, as test values. */
public final class SeedActions {

  private SeedActions() {}

  /**
   * Costa Rica II, code 2016-07, request 2016, Action in 2017 (003:1352, 003:1362, 003:2020-2040).
   * Activities are representative of the case study, not a full record.
   */
  public static Action costaRicaII() {
    return Action.builder()
        .code(ActionCode.parse("2016-07"))
        .title("Second National Integration Plan")
        .sequelNumber(2)
        .addPartnerCountry(Country.CR)
        .requestingAuthority(RequestingBody.builder().name("Dirección General de Migración y Extranjería")
            .acronym("DGME").kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.CR).build())
        .addThematicArea(ThematicArea.HORIZONTAL_INTERVENTIONS)
        .phase(Phase.MIEUX_III)
        .requestReceivedOn(LocalDate.of(2016, 6, 1))
        .startDate(LocalDate.of(2017, 1, 15))
        .endDate(LocalDate.of(2017, 12, 15))
        .status(ActionStatus.CLOSED)
        .fiche(ActionFiche.builder().addDraftedBy(FicheParty.MIEUX_TEAM, FicheParty.STEERING_COMMITTEE,
            FicheParty.PARTNER_AUTHORITY).build())
        .addExpert(Expert.builder().id("es-1").origin(ExpertOrigin.EU_MEMBER_STATE)
            .profile(ExpertProfile.CIVIL_SERVANT).nationality(Country.ES).build())
        .addExpert(Expert.builder().id("es-2").origin(ExpertOrigin.EU_MEMBER_STATE)
            .profile(ExpertProfile.CIVIL_SERVANT).nationality(Country.ES).build())
        .addFocalPoint(FocalPoint.builder().personId("cr-fp-1").institution("DGME").build())
        .addActivity(activity(ActivityType.FACT_FINDING_MISSION, 2017, 2, 6, "es-1"))
        .addActivity(activity(ActivityType.WORKSHOP, 2017, 4, 3, "es-1"))
        .addActivity(activity(ActivityType.DRAFTING_SESSION, 2017, 5, 15, "es-2"))
        .addActivity(activity(ActivityType.REMOTE_SUPPORT, 2017, 7, 3, "es-2"))
        .addActivity(activity(ActivityType.DRAFTING_SESSION, 2017, 9, 11, "es-1"))
        .addActivity(activity(ActivityType.VALIDATION_WORKSHOP, 2017, 11, 20, "es-1"))
        .addActivity(activity(ActivityType.CLOSING_EVENT, 2017, 12, 8))
        .build();
  }

  /** A fresh request for Costa Rica II, before its Action Fiche (lifecycle tests start from here). */
  public static Action costaRicaIIRequested() {
    Action closed = costaRicaII();
    return Action.builder().from(closed).status(ActionStatus.REQUEST_RECEIVED).activities(java.util.List.of())
        .fiche(java.util.Optional.empty()).build();
  }

  static Activity activity(ActivityType type, int year, int month, int day, String... experts) {
    LocalDate start = LocalDate.of(year, month, day);
    return Activity.builder().type(type).startDate(start).endDate(start.plusDays(2)).addExpertIds(experts)
        .build();
  }
}
