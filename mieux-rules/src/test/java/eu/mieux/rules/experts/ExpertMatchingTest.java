package eu.mieux.rules.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.DeploymentEvaluation;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.RankedCandidate;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.roster.RosterEntry;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ExpertMatchingTest {

  private static final ExpertMatching MATCHING = ExpertMatching.standard();
  private static final String CV_DGI_DIRECTOR = "cv-dgi-director";

  /** Mauritius II, M&D policy, 2017 (003:2377-2440); the DGI director of Cabo Verde served (003:2413). */
  private static Action mauritiusII() {
    return action("Migration and development policy", Country.MU,
        ThematicArea.MIGRATION_AND_DEVELOPMENT, List.of(SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS), 2017)
        .addFocalPoint(FocalPoint.builder().personId("mu-pmo").institution("Prime Minister's Office")
            .build())
        .build();
  }

  /** Cabo Verde IV, 2016-15, municipal integration plans (003:2093-2145), DGI as focal point. */
  private static Action caboVerdeIV() {
    return action("Municipal immigration and integration plans", Country.CV,
        ThematicArea.HORIZONTAL_INTERVENTIONS, List.of(SubTopic.MIGRANT_INTEGRATION), 2018)
        .code(ActionCode.parse("2016-15"))
        .addFocalPoint(FocalPoint.builder().personId(CV_DGI_DIRECTOR)
            .institution("Directorate-General for Immigration").build())
        .addExpert(expert("pt-sef", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
            Country.PT))
        .build();
  }

  private static Action.Builder action(String title, Country country, ThematicArea area,
      List<SubTopic> topics, int year) {
    return Action.builder().title(title).addPartnerCountry(country)
        .requestingAuthority(RequestingBody.builder().name("Partner authority")
            .kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(country).build())
        .addThematicArea(area).addAllSubTopics(topics).phase(Phase.MIEUX_III)
        .startDate(LocalDate.of(year, 1, 1)).endDate(LocalDate.of(year, 12, 31))
        .status(ActionStatus.IN_IMPLEMENTATION)
        .addActivity(Activity.builder().type(ActivityType.FACT_FINDING_MISSION)
            .startDate(LocalDate.of(year, 3, 5)).endDate(LocalDate.of(year, 3, 9)).build())
        .addActivity(Activity.builder().type(ActivityType.WORKSHOP)
            .startDate(LocalDate.of(year, 6, 11)).endDate(LocalDate.of(year, 6, 12)).build());
  }

  private static Expert expert(String id, ExpertOrigin origin, ExpertProfile profile,
      Country nationality) {
    return Expert.builder().id(id).origin(origin).profile(profile).nationality(nationality).build();
  }

  private static RosterEntry.Builder entry(String id, ExpertOrigin origin, ExpertProfile profile,
      Country nationality, SubTopic... topics) {
    return RosterEntry.builder().expert(expert(id, origin, profile, nationality))
        .addSubTopics(topics);
  }

  private static RosterEntry director() {
    return entry(CV_DGI_DIRECTOR, ExpertOrigin.NON_EU, ExpertProfile.CIVIL_SERVANT, Country.CV,
        SubTopic.MIGRANT_INTEGRATION, SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS).build();
  }

  /** E5: the focal point of Cabo Verde's Actions may serve in Mauritius II (003:2413). */
  @Test
  void focalPointServesInAnotherAction() {
    ExpertRanking ranking = MATCHING.rank(mauritiusII(), Roster.of(List.of(director())));
    RankedCandidate candidate = ranking.candidates().get(0);
    assertThat(candidate.isEligible()).isTrue();
    assertThat(candidate.eligibility().reasons()).extracting(r -> r.ruleId().id())
        .containsExactly("E5", "M-EX1");
  }

  /** E5: but not in an Action of which they are the focal point, however well they fit. */
  @Test
  void focalPointIsNotAnExpertInTheirOwnAction() {
    RosterEntry weak = entry("zz-weak", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.ACADEMIC,
        Country.BE).build();
    ExpertRanking ranking = MATCHING.rank(caboVerdeIV(), Roster.of(List.of(director(), weak)));
    assertThat(ranking.candidates()).extracting(RankedCandidate::expertId)
        .containsExactly("zz-weak", CV_DGI_DIRECTOR);
    RankedCandidate director = ranking.candidates().get(1);
    assertThat(director.isEligible()).isFalse();
    assertThat(director.rank()).isEqualTo(2);
    assertThat(director.reasons()).isEmpty();
    Reason e5 = director.eligibility().reasons().get(0);
    assertThat(e5.ruleId().id()).isEqualTo("E5");
    assertThat(e5.outcome()).isEqualTo(Outcome.NO);
    assertThat(e5.message()).contains("focal point of this Action");
    assertThat(e5.legalBases().get(0).source()).contains("case study Maurice, p. 151-154");
  }

  @Test
  void unavailableExpertIsExcluded() {
    RosterEntry away = entry("a-away", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
        Country.ES, SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS)
        .addUnavailablePeriod(ValidityPeriod.parse("2017-06-01/2017-06-30")).build();
    RankedCandidate candidate = MATCHING.rank(mauritiusII(), Roster.of(List.of(away)))
        .candidates().get(0);
    assertThat(candidate.isEligible()).isFalse();
    assertThat(candidate.eligibility().reasons().get(1).message())
        .isEqualTo("'a-away' is unavailable 2017-06-01/2017-06-30, which overlaps the activity"
            + " dates 2017-06-11/2017-06-12");
    Activity fieldMission = mauritiusII().activities().get(0);
    assertThat(MATCHING.rank(mauritiusII(), fieldMission, Roster.of(List.of(away)))
        .candidates().get(0).isEligible()).isTrue();
  }

  @Test
  void deploymentOnAnotherActionBlocksButOnTheSameActionDoesNot() {
    Deployment elsewhere = Deployment.builder().actionTitle("Another Action")
        .activityType(ActivityType.STUDY_VISIT).startDate(LocalDate.of(2017, 3, 8))
        .endDate(LocalDate.of(2017, 3, 10)).build();
    Deployment here = Deployment.builder().from(elsewhere)
        .actionTitle("Migration and development policy").build();
    RosterEntry busy = entry("busy", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
        Country.FR).addDeployment(elsewhere).build();
    RosterEntry onTeam = entry("on-team", ExpertOrigin.EU_MEMBER_STATE,
        ExpertProfile.CIVIL_SERVANT, Country.FR).addDeployment(here).build();
    ExpertRanking ranking = MATCHING.rank(mauritiusII(), Roster.of(List.of(busy, onTeam)));
    assertThat(ranking.eligible()).extracting(RankedCandidate::expertId).containsExactly("on-team");
    assertThat(ranking.ineligible().get(0).eligibility().reasons().get(1).message())
        .contains("is deployed on 'Another Action' 2017-03-08/2017-03-10");
  }

  /** E3, E4, E2 and E1 points, each explained; ties broken by expert id. */
  @Test
  void pointsAndReasons() {
    DeploymentEvaluation excellent = DeploymentEvaluation.of(LocalDate.of(2016, 5, 1), 5, "Clear");
    Deployment past = Deployment.builder().actionTitle("Malawi diaspora engagement")
        .activityType(ActivityType.DRAFTING_SESSION).startDate(LocalDate.of(2016, 4, 4))
        .endDate(LocalDate.of(2016, 4, 8)).evaluation(excellent).build();
    RosterEntry specialist = entry("b-specialist", ExpertOrigin.EU_MEMBER_STATE,
        ExpertProfile.CIVIL_SERVANT, Country.PT, SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS).addDeployment(past).build();
    RosterEntry academicA = entry("c-academic", ExpertOrigin.NON_EU, ExpertProfile.ACADEMIC,
        Country.GH).build();
    RosterEntry academicB = entry("a-academic", ExpertOrigin.NON_EU, ExpertProfile.ACADEMIC,
        Country.GH).build();
    ExpertRanking ranking = MATCHING.rank(mauritiusII(),
        Roster.of(List.of(academicA, specialist, academicB)));
    assertThat(ranking.candidates()).extracting(RankedCandidate::expertId)
        .containsExactly("b-specialist", "a-academic", "c-academic");
    RankedCandidate best = ranking.candidates().get(0);
    // 3 (sub-topic) + 1 (area) + 1 (one deployment) + 2 (civil servant) + 2 (EU, empty team) + 2 (score 5)
    assertThat(best.points()).isEqualTo(11);
    assertThat(best.reasons()).extracting(r -> r.ruleId().id())
        .containsExactly("E3", "M-EX2", "E4", "E2", "E1");
    assertThat(best.reasons().get(0).message())
        .isEqualTo("'b-specialist' covers sub-topics [MIGRATION_DEVELOPMENT_AFFAIRS] and areas [MIGRATION_AND_DEVELOPMENT]"
            + " of the Action: +4");
    assertThat(ranking.candidates().get(1).points()).isZero();
  }

  /** E2, E8: a team of EU experts only gains most from a southern peer (triangular cooperation). */
  @Test
  void southernPeerBalancesAnEuTeam() {
    RosterEntry eu = entry("a-eu", ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
        Country.ES).build();
    RosterEntry southern = entry("b-south", ExpertOrigin.NON_EU, ExpertProfile.CIVIL_SERVANT,
        Country.AR).build();
    ExpertRanking ranking = MATCHING.rank(caboVerdeIV(), Roster.of(List.of(eu, southern)));
    assertThat(ranking.candidates()).extracting(RankedCandidate::expertId)
        .containsExactly("b-south", "a-eu");
    assertThat(ranking.candidates().get(0).reasons().get(3).message())
        .contains("triangular cooperation");
  }

  // ---- properties ----

  private static final SubTopic[] TOPICS = SubTopic.values();

  private static Roster randomRoster(long seed) {
    Random random = new Random(seed);
    int size = 1 + random.nextInt(12);
    List<RosterEntry> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String id = "x" + random.nextInt(1000) + "-" + i;
      RosterEntry.Builder entry = RosterEntry.builder().expert(Expert.builder().id(id)
          .origin(random.nextBoolean() ? ExpertOrigin.EU_MEMBER_STATE : ExpertOrigin.NON_EU)
          .profile(ExpertProfile.values()[random.nextInt(ExpertProfile.values().length)]).build());
      for (int t = random.nextInt(3); t > 0; t--) {
        SubTopic topic = TOPICS[random.nextInt(4)];
        if (!entry.build().subTopics().contains(topic)) {
          entry.addSubTopic(topic);
        }
      }
      if (random.nextInt(4) == 0) {
        LocalDate start = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(365));
        entry.addUnavailablePeriod(ValidityPeriod.of(start, start.plusDays(random.nextInt(30))));
      }
      for (int d = random.nextInt(3); d > 0; d--) {
        LocalDate start = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(1000));
        Deployment.Builder deployment = Deployment.builder().actionTitle("A" + random.nextInt(3))
            .activityType(ActivityType.WORKSHOP).startDate(start).endDate(start.plusDays(3));
        if (random.nextBoolean()) {
          deployment.evaluation(DeploymentEvaluation.of(start.plusDays(10), 1 + random.nextInt(5),
              "ok"));
        }
        Deployment built = deployment.build();
        if (!entry.build().deployments().contains(built)) {
          entry = RosterEntry.builder().from(entry.build()).addDeployment(built);
        }
      }
      entries.add(entry.build());
    }
    return Roster.of(entries);
  }

  private static Action randomAction(long seed, Roster roster) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    Action.Builder action = action("Property Action", Country.MU,
        ThematicArea.IRREGULAR_MIGRATION_AND_THB, List.of(TOPICS[random.nextInt(4)]), 2017);
    for (RosterEntry entry : roster.members()) {
      if (random.nextInt(4) == 0) {
        action.addFocalPoint(FocalPoint.builder().personId(entry.id()).institution("Ministry")
            .build());
      } else if (random.nextInt(6) == 0) {
        action.addExpert(entry.expert());
      }
    }
    return action.build();
  }

  @Property
  void rankingIsDeterministicUnderShuffledRosters(@ForAll long seed) {
    Roster roster = randomRoster(seed);
    Action action = randomAction(seed, roster);
    List<RosterEntry> shuffled = new ArrayList<>(roster.members());
    Collections.shuffle(shuffled, new Random(seed + 1));
    ExpertRanking first = MATCHING.rank(action, roster);
    assertThat(MATCHING.rank(action, roster)).isEqualTo(first);
    assertThat(MATCHING.rank(action, Roster.of(shuffled))).isEqualTo(first);
  }

  @Property
  void neverRanksAnIneligibleExpertAboveAnEligibleOne(@ForAll long seed) {
    Roster roster = randomRoster(seed);
    Action action = randomAction(seed, roster);
    ExpertRanking ranking = MATCHING.rank(action, roster);
    assertThat(ranking.candidates()).hasSize(roster.members().size());
    List<String> ownFocalPoints = action.focalPoints().stream().map(FocalPoint::personId).toList();
    int lastEligible = -1;
    int firstIneligible = Integer.MAX_VALUE;
    for (RankedCandidate candidate : ranking.candidates()) {
      RosterEntry entry = roster.member(candidate.expertId()).orElseThrow();
      boolean blocked = ownFocalPoints.contains(entry.id())
          || entry.unavailablePeriods().stream().anyMatch(off -> ranking.dates().stream()
              .anyMatch(off::overlaps));
      if (blocked) {
        assertThat(candidate.isEligible()).as(candidate.expertId()).isFalse();
      }
      if (candidate.isEligible()) {
        lastEligible = Math.max(lastEligible, candidate.rank());
      } else {
        firstIneligible = Math.min(firstIneligible, candidate.rank());
      }
    }
    assertThat(lastEligible).isLessThan(firstIneligible);
  }

  // ---- issue 18: bounds stated and enforced before the work, output bounded ----

  /** An Action of {@code activities} two-day activities, three days apart, from 2010 on. */
  private static Action busyAction(int activities) {
    Action.Builder many = Action.builder().title("Busy Action").addPartnerCountry(Country.MU)
        .requestingAuthority(RequestingBody.builder().name("Partner authority")
            .kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.MU).build())
        .addThematicArea(ThematicArea.MIGRATION_AND_DEVELOPMENT)
        .addSubTopic(SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS).phase(Phase.MIEUX_III)
        .startDate(LocalDate.of(2010, 1, 1)).status(ActionStatus.IN_IMPLEMENTATION);
    for (int i = 0; i < activities; i++) {
      LocalDate start = LocalDate.of(2010, 1, 4).plusDays(3L * i);
      many.addActivity(Activity.builder().type(ActivityType.WORKSHOP).startDate(start).endDate(start.plusDays(1))
          .build());
    }
    return many.build();
  }

  private static Roster rosterOf(int size) {
    List<RosterEntry> entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      entries.add(entry("e" + i, i % 2 == 0 ? ExpertOrigin.EU_MEMBER_STATE : ExpertOrigin.NON_EU,
          ExpertProfile.CIVIL_SERVANT, Country.PT).build());
    }
    return Roster.of(entries);
  }

  @Property(tries = 5)
  void theRosterBoundIsEnforcedBeforeTheWork(@ForAll @IntRange(min = -1, max = 1) int beyond) {
    Roster roster = rosterOf(ExpertMatching.MAX_ROSTER_SIZE + beyond);
    if (beyond <= 0) {
      assertThat(MATCHING.rank(mauritiusII(), roster).candidates()).hasSize(roster.members().size());
    } else {
      assertThatThrownBy(() -> MATCHING.rank(mauritiusII(), roster))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("roster.members must hold at most 10000 experts, but held 10001");
    }
  }

  @Property(tries = 5)
  void theActivityBoundIsEnforcedBeforeTheWork(@ForAll @IntRange(min = -1, max = 1) int beyond) {
    Action action = busyAction(ExpertMatching.MAX_ACTIVITIES + beyond);
    Roster roster = Roster.of(List.of(director()));
    if (beyond <= 0) {
      assertThat(MATCHING.rank(action, roster).dates()).hasSize(action.activities().size());
    } else {
      assertThatThrownBy(() -> MATCHING.rank(action, roster))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("action.activities must hold at most 1000 activities, but held 1001");
      assertThatThrownBy(() -> MATCHING.rank(action, action.activities().get(0), roster))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * A candidate's reasons summarise the activity dates (count, first and last day) and quote ids
   * bounded: their size does not grow with the activities or with the length of an id.
   */
  @Property(tries = 30)
  void aCandidatesReasonsAreBoundedWhateverTheActionsSize(@ForAll @IntRange(min = 1, max = 1000) int activities,
      @ForAll @IntRange(min = 1, max = 5000) int idLength) {
    Action action = busyAction(activities);
    String longId = "x".repeat(idLength);
    Deployment past = Deployment.builder().actionTitle("t".repeat(idLength)).activityType(ActivityType.WORKSHOP)
        .startDate(LocalDate.of(2009, 1, 1)).endDate(LocalDate.of(2009, 1, 2)).build();
    Roster roster = Roster.of(List.of(entry(longId, ExpertOrigin.EU_MEMBER_STATE, ExpertProfile.CIVIL_SERVANT,
        Country.PT, SubTopic.MIGRATION_DEVELOPMENT_AFFAIRS).addDeployment(past).build(),
        entry("busy", ExpertOrigin.NON_EU, ExpertProfile.ACADEMIC, Country.GH)
            .addDeployment(Deployment.builder().actionTitle("Elsewhere").activityType(ActivityType.WORKSHOP)
                .startDate(LocalDate.of(2010, 1, 1)).endDate(LocalDate.of(2030, 1, 1)).build()).build()));
    ExpertRanking ranking = MATCHING.rank(action, roster);
    for (RankedCandidate candidate : ranking.candidates()) {
      int size = 0;
      for (Reason reason : candidate.eligibility().reasons()) {
        size += reason.message().length();
      }
      for (Reason reason : candidate.reasons()) {
        size += reason.message().length();
      }
      assertThat(size).as(candidate.expertId().substring(0, Math.min(9, candidate.expertId().length()))).isLessThan(1_600);
    }
    Reason available = ranking.candidates().get(0).eligibility().reasons().get(1);
    assertThat(available.message()).isEqualTo(activities == 1
        ? "'" + longId.substring(0, Math.min(80, idLength)) + (idLength > 80 ? "…" : "") + "' is available on "
            + action.activities().get(0).period()
        : "'" + longId.substring(0, Math.min(80, idLength)) + (idLength > 80 ? "…" : "") + "' is available on all "
            + activities + " activity periods, from 2010-01-04 to " + action.activities().get(activities - 1).endDate());
  }

  /** The sorted-dates lookup decides availability as comparing every activity with every busy period does. */
  @Property
  void availabilityAgreesWithComparingEveryPair(@ForAll long seed) {
    Roster roster = randomRoster(seed);
    Action action = randomAction(seed, roster);
    ExpertRanking ranking = MATCHING.rank(action, roster);
    for (RankedCandidate candidate : ranking.candidates()) {
      RosterEntry entry = roster.member(candidate.expertId()).orElseThrow();
      boolean focalPoint = action.focalPoints().stream().anyMatch(f -> f.personId().equals(entry.id()));
      boolean clash = false;
      for (Activity activity : action.activities()) {
        for (ValidityPeriod off : entry.unavailablePeriods()) {
          clash |= off.overlaps(activity.period());
        }
        for (Deployment deployment : entry.deployments()) {
          clash |= !deployment.isOn(action) && deployment.period().overlaps(activity.period());
        }
      }
      assertThat(candidate.isEligible()).as(candidate.expertId()).isEqualTo(!focalPoint && !clash);
    }
  }
}
