package eu.mieux.model.action;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.testing.ModelArbitraries;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link Action}: generated values are valid, and each invariant rejects a violation. */
class ActionTest {

  @Provide
  Arbitrary<Action> actions() {
    return ModelArbitraries.actions();
  }

  /** Rebuilds an Action attribute by attribute through the public builder. */
  static Action rebuild(Action a) {
    return Action.builder()
        .code(a.code())
        .title(a.title())
        .sequelNumber(a.sequelNumber())
        .addAllPartnerCountries(a.partnerCountries())
        .requestingAuthority(a.requestingAuthority())
        .addAllOtherAuthorities(a.otherAuthorities())
        .addAllThematicAreas(a.thematicAreas())
        .addAllSubTopics(a.subTopics())
        .phase(a.phase())
        .requestReceivedOn(a.requestReceivedOn())
        .startDate(a.startDate())
        .endDate(a.endDate())
        .status(a.status())
        .fiche(a.fiche())
        .addAllActivities(a.activities())
        .addAllExperts(a.experts())
        .addAllFocalPoints(a.focalPoints())
        .addAllDeliverables(a.deliverables())
        .addAllHistory(a.history())
        .build();
  }

  @Property
  void everyGeneratedActionSatisfiesItsInvariants(@ForAll("actions") Action action) {
    assertEquals(action, rebuild(action));
    assertEquals(action.hashCode(), rebuild(action).hashCode());
    assertFalse(action.title().isBlank());
    assertTrue(action.sequelNumber() >= 1);
    assertFalse(action.partnerCountries().isEmpty());
    assertEquals(action.partnerCountries().size(), new HashSet<>(action.partnerCountries()).size());
    assertFalse(action.thematicAreas().isEmpty());
    assertEquals(action.thematicAreas().size(), new HashSet<>(action.thematicAreas()).size());
    assertEquals(action.subTopics().size(), new HashSet<>(action.subTopics()).size());
    action.subTopics().forEach(t -> assertTrue(action.thematicAreas().contains(t.area())));
    action.endDate().ifPresent(end -> assertFalse(end.isBefore(action.startDate())));
    Set<String> ids = action.experts().stream().map(Expert::id).collect(Collectors.toSet());
    assertEquals(action.experts().size(), ids.size());
    for (Activity activity : action.activities()) {
      assertTrue(action.isWithinPeriod(activity.startDate()));
      assertTrue(action.isWithinPeriod(activity.endDate()));
      assertTrue(ids.containsAll(activity.expertIds()));
    }
  }

  @Property
  void rejectsBlankTitle(@ForAll("actions") Action action) {
    assertRejected(() -> ((ImmutableAction) action).withTitle("  "), "title");
  }

  @Property
  void rejectsSequelNumberBelowOne(@ForAll("actions") Action action,
      @ForAll @IntRange(min = -3, max = 0) int sequel) {
    assertRejected(() -> ((ImmutableAction) action).withSequelNumber(sequel), "sequelNumber");
  }

  @Property
  void rejectsEmptyPartnerCountries(@ForAll("actions") Action action) {
    assertRejected(() -> ((ImmutableAction) action).withPartnerCountries(), "partnerCountries");
  }

  @Property
  void rejectsDuplicatePartnerCountry(@ForAll("actions") Action action) {
    List<Country> partners = new ArrayList<>(action.partnerCountries());
    partners.add(partners.get(partners.size() - 1));
    assertRejected(() -> ((ImmutableAction) action).withPartnerCountries(partners),
        "partnerCountries");
  }

  @Property
  void rejectsEmptyThematicAreas(@ForAll("actions") Action action) {
    assertRejected(() -> ((ImmutableAction) action).withSubTopics().withThematicAreas(),
        "thematicAreas");
  }

  @Property
  void rejectsDuplicateThematicArea(@ForAll("actions") Action action) {
    List<ThematicArea> areas = new ArrayList<>(action.thematicAreas());
    areas.add(areas.get(0));
    assertRejected(() -> ((ImmutableAction) action).withThematicAreas(areas), "thematicAreas");
  }

  @Property
  void rejectsDuplicateSubTopic(@ForAll("actions") Action action) {
    List<SubTopic> topics = new ArrayList<>(action.subTopics());
    Assume.that(!topics.isEmpty());
    topics.add(topics.get(0));
    assertRejected(() -> ((ImmutableAction) action).withSubTopics(topics), "subTopics");
  }

  @Property
  void rejectsSubTopicOfAnotherArea(@ForAll("actions") Action action, @ForAll SubTopic topic) {
    Assume.that(!action.thematicAreas().contains(topic.area()));
    List<SubTopic> topics = new ArrayList<>(action.subTopics());
    topics.add(topic);
    IllegalStateException e =
        assertRejected(() -> ((ImmutableAction) action).withSubTopics(topics), "subTopics");
    assertTrue(e.getMessage().contains(topic.area().toString()), e.getMessage());
  }

  @Property
  void rejectsEndBeforeStart(@ForAll("actions") Action action,
      @ForAll @IntRange(min = 1, max = 400) int days) {
    IllegalStateException e = assertRejected(() -> ((ImmutableAction) action).withActivities()
        .withEndDate(action.startDate().minusDays(days)), "endDate");
    assertTrue(e.getMessage().contains("startDate"), e.getMessage());
  }

  @Property
  void rejectsActivityStartingBeforeTheAction(@ForAll("actions") Action action,
      @ForAll @IntRange(min = 1, max = 400) int days) {
    Activity early = Activity.builder().type(ActivityType.FACT_FINDING_MISSION)
        .startDate(action.startDate().minusDays(days)).endDate(action.startDate()).build();
    assertRejected(() -> ((ImmutableAction) action).withActivities(early), "activities[0]");
  }

  @Property
  void rejectsActivityEndingAfterTheAction(@ForAll("actions") Action action,
      @ForAll @IntRange(min = 1, max = 400) int days) {
    Assume.that(action.endDate().isPresent());
    LocalDate end = action.endDate().orElseThrow();
    List<Activity> activities = new ArrayList<>(action.activities());
    activities.add(Activity.builder().type(ActivityType.CLOSING_EVENT)
        .startDate(end).endDate(end.plusDays(days)).build());
    assertRejected(() -> ((ImmutableAction) action).withActivities(activities),
        "activities[" + (activities.size() - 1) + "]");
  }

  @Property
  void rejectsDuplicateExpertId(@ForAll("actions") Action action) {
    Expert first = Expert.builder().id("ex-dup").origin(ExpertOrigin.EU_MEMBER_STATE)
        .profile(ExpertProfile.CIVIL_SERVANT).build();
    Expert second = Expert.builder().id("ex-dup").origin(ExpertOrigin.NON_EU)
        .profile(ExpertProfile.ACADEMIC).build();
    List<Expert> experts = new ArrayList<>(action.experts());
    experts.removeIf(e -> e.id().equals("ex-dup"));
    experts.add(first);
    experts.add(second);
    IllegalStateException e =
        assertRejected(() -> ((ImmutableAction) action).withExperts(experts), "experts");
    assertTrue(e.getMessage().contains("'ex-dup'"), e.getMessage());
  }

  @Property
  void rejectsUnknownExpertIdInActivity(@ForAll("actions") Action action) {
    Activity withStranger = Activity.builder().type(ActivityType.WORKSHOP)
        .startDate(action.startDate()).endDate(action.startDate()).addExpertId("nobody").build();
    List<Activity> activities = new ArrayList<>(action.activities());
    activities.add(0, withStranger);
    IllegalStateException e =
        assertRejected(() -> ((ImmutableAction) action).withActivities(activities),
            "activities[0].expertIds");
    assertTrue(e.getMessage().contains("'nobody'"), e.getMessage());
  }

  @Property
  void rejectsRemovingAnExpertAnActivityNames(@ForAll("actions") Action action) {
    Assume.that(action.activities().stream().anyMatch(a -> !a.expertIds().isEmpty()));
    String named = action.activities().stream().flatMap(a -> a.expertIds().stream())
        .findFirst().orElseThrow();
    List<Expert> others = action.experts().stream().filter(e -> !e.id().equals(named)).toList();
    assertRejected(() -> ((ImmutableAction) action).withExperts(others), "expertIds");
  }

  @Property
  void anOngoingActionHasNoEnd(@ForAll("actions") Action action,
      @ForAll @IntRange(min = 0, max = 100_000) int days) {
    Action ongoing = ((ImmutableAction) action).withEndDate(java.util.Optional.empty());
    assertTrue(ongoing.isWithinPeriod(action.startDate().plusDays(days)));
    assertFalse(ongoing.isWithinPeriod(action.startDate().minusDays(1)));
  }
}
