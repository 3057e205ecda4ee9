package eu.mieux.rules.experts;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.internal.Quote;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.DeploymentEvaluation;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.RankedCandidate;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.roster.RosterEntry;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks the experts of a roster for an Action, with the reasons for every place (RULES.md §7).
 *
 * <p><b>Hard exclusions</b> decide {@link RankedCandidate#eligibility()}; an ineligible candidate is
 * listed with its reasons and always placed after every eligible one:
 * <ul>
 *   <li>{@code E5}: a partner-country focal point may be deployed as an expert in <i>another</i>
 *       Action (10-year report p. 29-32, 10-year report p. 151-154), so a focal point of the Action itself is excluded.</li>
 *   <li>{@code M-EX1}: the expert must be available on every activity date: no declared unavailable
 *       period and no deployment on another Action overlaps them. Experts are mobilised rapidly at
 *       the start of implementation (E6; annual report 2018), so a clash cannot wait.</li>
 * </ul>
 *
 * <p><b>Points</b> rank the eligible candidates, one reason per criterion, in this order:
 * <ul>
 *   <li>{@code E3} theme: 3 points per sub-topic of the Action in the expert's expertise, 1 per
 *       thematic area of the Action the expert covers (profiles matched to each Action's theme since
 *       2016; annual report 2018).</li>
 *   <li>{@code M-EX2} experience: 1 point per deployment that ended before the first activity date,
 *       at most 5.</li>
 *   <li>{@code E4} peer fit: 2 points for a civil servant, the peer-to-peer profile (10-year report p. 29-32,
 *       annual report 2018).</li>
 *   <li>{@code E2} team balance, counting the Action's other experts: 2 points for an EU member-state
 *       expert while EU experts are not the majority (expertise comes mainly from EU
 *       administrations); 2 points for a non-EU expert while the team has EU experts but no non-EU
 *       one (triangular cooperation, E2 and E8; 10-year report p. 25-28, annual report 2018).</li>
 *   <li>{@code E1} evaluations: the mean score after past deployments, rounded half up, minus 3
 *       (-2 to +2); 0 without evaluations.</li>
 * </ul>
 * Eligible candidates are ordered by points, highest first, then by expert id; ineligible ones by
 * expert id. The order of the roster never matters.
 *
 * <p>Choice: the texts name the criteria but give no weights, so the points above are this
 * library's model, not a MIEUX rule (like the good-practice score, RULES.md §6.4). They are integers,
 * so that equal inputs always give equal rankings.
 *
 * <pre>{@code
 * ExpertRanking ranking = ExpertMatching.standard().rank(action, roster);
 * ranking.eligible().get(0).expertId();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpertMatching {

  static final RuleId OWN_FOCAL_POINT = RuleId.of("E5");
  static final RuleId AVAILABILITY = RuleId.of("M-EX1");
  static final RuleId THEME = RuleId.of("E3");
  static final RuleId EXPERIENCE = RuleId.of("M-EX2");
  static final RuleId PEER_FIT = RuleId.of("E4");
  static final RuleId BALANCE = RuleId.of("E2");
  static final RuleId EVALUATIONS = RuleId.of("E1");

  static final int POINTS_PER_SUB_TOPIC = 3;
  static final int POINTS_PER_AREA = 1;
  static final int MAX_EXPERIENCE_POINTS = 5;
  static final int PEER_FIT_POINTS = 2;
  static final int BALANCE_POINTS = 2;
  static final int NEUTRAL_SCORE = 3;

  /** The most experts a roster may hold for a ranking. */
  public static final int MAX_ROSTER_SIZE = 10_000;
  /** The most activities an Action may hold for a ranking. */
  public static final int MAX_ACTIVITIES = 1_000;

  /** E6, experts are mobilised rapidly: the basis of the availability check. */
  private static final RuleId RAPID_MOBILISATION = RuleId.of("E6");
  /** E8, regional experts complement EU officials: a basis of the balance criterion. */
  private static final RuleId REGIONAL_EXPERTS = RuleId.of("E8");

  private static final Comparator<Scored> ORDER = Comparator
      .comparing((Scored s) -> !s.eligibility.isYes())
      .thenComparing(s -> s.eligibility.isYes() ? -s.points : 0)
      .thenComparing(s -> s.entry.id());

  private ExpertMatching() {}

  /**
   * Obtains the matching with the documented points.
   *
   * @return the matching
   */
  public static ExpertMatching standard() {
    return new ExpertMatching();
  }

  /**
   * Ranks every expert of the roster for all the activities of an Action.
   *
   * @param action  the Action, with at most {@value #MAX_ACTIVITIES} activities; its sub-topics,
   *     areas, activity dates, focal points and experts are used, not null
   * @param roster  the candidates, at most {@value #MAX_ROSTER_SIZE} experts, not null
   * @return every roster expert, eligible ones first, with reasons
   * @throws IllegalArgumentException if the Action or the roster is over its bound; checked before
   *     any work
   */
  public ExpertRanking rank(Action action, Roster roster) {
    Objects.requireNonNull(action, "action");
    checkActivities(action);
    return rank(action, action.activities().stream().map(Activity::period).toList(), roster);
  }

  /**
   * Ranks every expert of the roster for one activity of an Action.
   *
   * @param action  the Action, with at most {@value #MAX_ACTIVITIES} activities, not null
   * @param activity  the activity whose dates the experts must be free on, not null
   * @param roster  the candidates, at most {@value #MAX_ROSTER_SIZE} experts, not null
   * @return every roster expert, eligible ones first, with reasons
   * @throws IllegalArgumentException if the Action or the roster is over its bound; checked before
   *     any work
   */
  public ExpertRanking rank(Action action, Activity activity, Roster roster) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(activity, "activity");
    checkActivities(action);
    return rank(action, List.of(activity.period()), roster);
  }

  private static void checkActivities(Action action) {
    checkArgument(action.activities().size() <= MAX_ACTIVITIES,
        "action.activities must hold at most %s activities, but held %s", MAX_ACTIVITIES,
        action.activities().size());
  }

  /**
   * Ranks: the Action's facts are gathered once, then each candidate costs one pass over its own
   * periods, deployments and evaluations, each period looked up among the activity dates by binary
   * search.
   */
  private ExpertRanking rank(Action action, List<ValidityPeriod> dates, Roster roster) {
    Objects.requireNonNull(roster, "roster");
    checkArgument(roster.members().size() <= MAX_ROSTER_SIZE,
        "roster.members must hold at most %s experts, but held %s", MAX_ROSTER_SIZE, roster.members().size());
    Team team = Team.of(action, dates);
    List<Scored> scored = new ArrayList<>(roster.members().size());
    for (RosterEntry entry : roster.members()) {
      scored.add(score(team, entry));
    }
    scored.sort(ORDER);
    ExpertRanking.Builder ranking = ExpertRanking.builder();
    ranking.addAllDates(team.schedule.periods);
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      ranking.addCandidate(RankedCandidate.builder().rank(i + 1).expertId(s.entry.id())
          .eligibility(s.eligibility).points(s.points).addAllReasons(s.reasons).build());
    }
    return ranking.build();
  }

  private static Scored score(Team team, RosterEntry entry) {
    Action action = team.action;
    List<Reason> eligibility = List.of(ownFocalPoint(team, entry), availability(team, entry));
    boolean eligible = eligibility.stream().noneMatch(r -> r.outcome() == Outcome.NO);
    Decision decision = Decision.of(eligible ? Outcome.YES : Outcome.NO, eligibility);
    if (!eligible) {
      return new Scored(entry, decision, 0, List.of());
    }
    List<Criterion> criteria = List.of(theme(action, entry), experience(team.schedule, entry),
        peerFit(entry), balance(team, entry), evaluations(entry));
    int points = criteria.stream().mapToInt(Criterion::points).sum();
    return new Scored(entry, decision, points, criteria.stream().map(Criterion::reason).toList());
  }

  private static Reason ownFocalPoint(Team team, RosterEntry entry) {
    FocalPoint own = team.focalPoints.get(entry.id());
    if (own != null) {
      return reason(OWN_FOCAL_POINT, Outcome.NO, String.format(
          "%s is a focal point of this Action (%s) and may serve as an expert only in another"
              + " Action", Quote.of(entry.id()), Quote.of(own.institution())), OWN_FOCAL_POINT);
    }
    return reason(OWN_FOCAL_POINT, Outcome.YES,
        String.format("%s is not a focal point of this Action", Quote.of(entry.id())), OWN_FOCAL_POINT);
  }

  /**
   * Decides availability: the first of the expert's unavailable periods, then of their deployments
   * on other Actions, that overlaps an activity date excludes the expert; the reason names that one
   * clash and summarises the dates, it does not list them.
   */
  private static Reason availability(Team team, RosterEntry entry) {
    Schedule schedule = team.schedule;
    String id = Quote.of(entry.id());
    if (schedule.periods.isEmpty()) {
      return reason(AVAILABILITY, Outcome.UNDETERMINED, String.format(
          "The Action has no dated activity, so the availability of %s was not checked", id), RAPID_MOBILISATION);
    }
    for (ValidityPeriod off : entry.unavailablePeriods()) {
      Optional<ValidityPeriod> clash = schedule.overlapping(off);
      if (clash.isPresent()) {
        return reason(AVAILABILITY, Outcome.NO, String.format(
            "%s is unavailable %s, which overlaps the activity dates %s", id, off, clash.get()), RAPID_MOBILISATION);
      }
    }
    for (Deployment deployment : entry.deployments()) {
      Optional<ValidityPeriod> clash = schedule.overlapping(deployment.period());
      if (clash.isPresent() && !deployment.isOn(team.action)) {
        return reason(AVAILABILITY, Outcome.NO, String.format(
            "%s is deployed on %s %s, which overlaps the activity dates %s", id,
            Quote.of(deployment.actionTitle()), deployment.period(), clash.get()), RAPID_MOBILISATION);
      }
    }
    List<ValidityPeriod> periods = schedule.periods;
    String dates = periods.size() == 1 ? periods.get(0).toString() : String.format(
        "all %s activity periods, from %s to %s", periods.size(), periods.get(0).start(), schedule.lastEnd);
    return reason(AVAILABILITY, Outcome.YES, String.format("%s is available on %s", id, dates), RAPID_MOBILISATION);
  }

  private static Criterion theme(Action action, RosterEntry entry) {
    List<SubTopic> topics = action.subTopics().stream().filter(entry.subTopics()::contains)
        .toList();
    List<ThematicArea> areas = action.thematicAreas().stream().filter(entry.areas()::contains)
        .toList();
    int points = topics.size() * POINTS_PER_SUB_TOPIC + areas.size() * POINTS_PER_AREA;
    String message = points == 0
        ? String.format("%s covers none of the Action's themes %s", Quote.of(entry.id()),
            action.thematicAreas())
        : String.format("%s covers sub-topics %s and areas %s of the Action: %+d", Quote.of(entry.id()),
            topics, areas, points);
    return new Criterion(points, reason(THEME, points > 0 ? Outcome.YES : Outcome.NO, message, THEME));
  }

  private static Criterion experience(Schedule schedule, RosterEntry entry) {
    Optional<LocalDate> first = schedule.periods.isEmpty() ? Optional.empty()
        : Optional.of(schedule.periods.get(0).start());
    long count = entry.deployments().stream()
        .filter(d -> first.map(f -> d.endDate().isBefore(f)).orElse(true)).count();
    int points = (int) Math.min(count, MAX_EXPERIENCE_POINTS);
    String message = String.format("%s has %s earlier deployment%s: %+d", Quote.of(entry.id()), count,
        count == 1 ? "" : "s", points);
    return new Criterion(points,
        reason(EXPERIENCE, points > 0 ? Outcome.YES : Outcome.NO, message, EVALUATIONS));
  }

  private static Criterion peerFit(RosterEntry entry) {
    ExpertProfile profile = entry.expert().profile();
    if (profile == ExpertProfile.CIVIL_SERVANT) {
      return new Criterion(PEER_FIT_POINTS, reason(PEER_FIT, Outcome.YES, String.format(
          "%s is a civil servant, a peer of the partner administration: %+d", Quote.of(entry.id()),
          PEER_FIT_POINTS), PEER_FIT));
    }
    return new Criterion(0, reason(PEER_FIT, Outcome.NO, String.format(
        "%s has the profile %s, not a civil servant: +0", Quote.of(entry.id()), profile.code()), PEER_FIT));
  }

  private static Criterion balance(Team team, RosterEntry entry) {
    ExpertOrigin member = team.origins.get(entry.id());
    long eu = team.euExperts - (member == ExpertOrigin.EU_MEMBER_STATE ? 1 : 0);
    long nonEu = team.origins.size() - team.euExperts - (member != null && member != ExpertOrigin.EU_MEMBER_STATE ? 1 : 0);
    String id = Quote.of(entry.id());
    ExpertOrigin origin = entry.expert().origin();
    String team0 = String.format("the team has %s EU and %s non-EU experts", eu, nonEu);
    if (origin == ExpertOrigin.EU_MEMBER_STATE && eu <= nonEu) {
      return new Criterion(BALANCE_POINTS, reason(BALANCE, Outcome.YES, String.format(
          "%s is an EU member-state expert and %s; expertise comes mainly from EU administrations:"
              + " %+d", id, team0, BALANCE_POINTS), BALANCE));
    }
    if (origin == ExpertOrigin.NON_EU && nonEu == 0 && eu > 0) {
      return new Criterion(BALANCE_POINTS, reason(BALANCE, Outcome.YES, String.format(
          "%s is a non-EU expert and %s; triangular cooperation adds a southern peer: %+d",
          id, team0, BALANCE_POINTS), REGIONAL_EXPERTS));
    }
    return new Criterion(0, reason(BALANCE, Outcome.NO, String.format(
        "%s is %s and %s: +0", id,
        origin == ExpertOrigin.EU_MEMBER_STATE ? "an EU member-state expert" : "a non-EU expert",
        team0), BALANCE));
  }

  private static Criterion evaluations(RosterEntry entry) {
    List<DeploymentEvaluation> evaluations = entry.evaluations();
    if (evaluations.isEmpty()) {
      return new Criterion(0, reason(EVALUATIONS, Outcome.UNDETERMINED,
          String.format("%s has no evaluation yet: +0", Quote.of(entry.id())), EVALUATIONS));
    }
    int n = evaluations.size();
    int sum = evaluations.stream().mapToInt(DeploymentEvaluation::score).sum();
    int rounded = (2 * sum + n) / (2 * n);
    int points = rounded - NEUTRAL_SCORE;
    return new Criterion(points, reason(EVALUATIONS, points >= 0 ? Outcome.YES : Outcome.NO,
        String.format("%s scored %s in total over %s evaluation%s (mean rounded half up: %s): %+d", Quote.of(entry.id()),
            sum, n, n == 1 ? "" : "s", rounded, points), EVALUATIONS));
  }

  /** A reason of rule {@code id}, citing the entry of rule {@code basis} in the {@link RuleCatalogue}. */
  private static Reason reason(RuleId id, Outcome outcome, String message, RuleId basis) {
    return Reason.builder().ruleId(id).outcome(outcome).message(message)
        .addLegalBasis(RuleCatalogue.standard().legalBasis(basis)).build();
  }

  private record Criterion(int points, Reason reason) {}

  /** The Action's facts every candidate is scored against, gathered once per ranking. */
  private static final class Team {
    final Action action;
    final Schedule schedule;
    /** The Action's focal points by person id, the first of each. */
    final Map<String, FocalPoint> focalPoints = new HashMap<>();
    /** The origins of the Action's experts by id. */
    final Map<String, ExpertOrigin> origins = new HashMap<>();
    final long euExperts;

    private Team(Action action, Schedule schedule) {
      this.action = action;
      this.schedule = schedule;
      action.focalPoints().forEach(f -> focalPoints.putIfAbsent(f.personId(), f));
      action.experts().forEach(e -> origins.put(e.id(), e.origin()));
      this.euExperts = origins.values().stream().filter(o -> o == ExpertOrigin.EU_MEMBER_STATE).count();
    }

    static Team of(Action action, List<ValidityPeriod> dates) {
      return new Team(action, new Schedule(dates.stream().distinct().sorted().toList()));
    }
  }

  /**
   * The activity dates, sorted, with the latest end among each prefix, so that finding an activity
   * period that overlaps a given period is one binary search.
   */
  private static final class Schedule {
    final List<ValidityPeriod> periods;
    /** For each i, the index of the period with the latest end among periods[0..i]. */
    private final int[] latestEnding;
    final LocalDate lastEnd;

    Schedule(List<ValidityPeriod> sorted) {
      this.periods = sorted;
      this.latestEnding = new int[sorted.size()];
      for (int i = 0; i < sorted.size(); i++) {
        latestEnding[i] = i > 0 && !sorted.get(latestEnding[i - 1]).endInclusive()
            .isBefore(sorted.get(i).endInclusive()) ? latestEnding[i - 1] : i;
      }
      this.lastEnd = sorted.isEmpty() ? LocalDate.MIN : sorted.get(latestEnding[sorted.size() - 1]).endInclusive();
    }

    /** An activity period that overlaps the given one: the latest-ending of those starting by its end. */
    Optional<ValidityPeriod> overlapping(ValidityPeriod period) {
      int low = 0;
      int high = periods.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (periods.get(mid).start().isAfter(period.endInclusive())) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      if (low == 0) {
        return Optional.empty();
      }
      ValidityPeriod candidate = periods.get(latestEnding[low - 1]);
      return candidate.endInclusive().isBefore(period.start()) ? Optional.empty() : Optional.of(candidate);
    }
  }

  private record Scored(RosterEntry entry, Decision eligibility, int points,
      List<Reason> reasons) {}
}
