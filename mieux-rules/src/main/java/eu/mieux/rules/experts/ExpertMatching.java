package eu.mieux.rules.experts;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

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
   * @param action  the Action; its sub-topics, areas, activity dates, focal points and experts are
   *     used, not null
   * @param roster  the candidates, not null
   * @return every roster expert, eligible ones first, with reasons
   */
  public ExpertRanking rank(Action action, Roster roster) {
    Objects.requireNonNull(action, "action");
    return rank(action, action.activities().stream().map(Activity::period).toList(), roster);
  }

  /**
   * Ranks every expert of the roster for one activity of an Action.
   *
   * @param action  the Action, not null
   * @param activity  the activity whose dates the experts must be free on, not null
   * @param roster  the candidates, not null
   * @return every roster expert, eligible ones first, with reasons
   */
  public ExpertRanking rank(Action action, Activity activity, Roster roster) {
    Objects.requireNonNull(activity, "activity");
    return rank(action, List.of(activity.period()), roster);
  }

  private ExpertRanking rank(Action action, List<ValidityPeriod> dates, Roster roster) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(roster, "roster");
    List<ValidityPeriod> sorted = dates.stream().distinct().sorted().toList();
    List<Scored> scored = new ArrayList<>();
    for (RosterEntry entry : roster.members()) {
      scored.add(score(action, sorted, entry));
    }
    scored.sort(ORDER);
    ExpertRanking.Builder ranking = ExpertRanking.builder();
    ranking.addAllDates(sorted);
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      ranking.addCandidate(RankedCandidate.builder().rank(i + 1).expertId(s.entry.id())
          .eligibility(s.eligibility).points(s.points).addAllReasons(s.reasons).build());
    }
    return ranking.build();
  }

  private static Scored score(Action action, List<ValidityPeriod> dates, RosterEntry entry) {
    List<Reason> eligibility = List.of(ownFocalPoint(action, entry), availability(action, dates,
        entry));
    boolean eligible = eligibility.stream().noneMatch(r -> r.outcome() == Outcome.NO);
    Decision decision = Decision.of(eligible ? Outcome.YES : Outcome.NO, eligibility);
    if (!eligible) {
      return new Scored(entry, decision, 0, List.of());
    }
    List<Criterion> criteria = List.of(theme(action, entry), experience(dates, entry),
        peerFit(entry), balance(action, entry), evaluations(entry));
    int points = criteria.stream().mapToInt(Criterion::points).sum();
    return new Scored(entry, decision, points, criteria.stream().map(Criterion::reason).toList());
  }

  private static Reason ownFocalPoint(Action action, RosterEntry entry) {
    Optional<FocalPoint> own = action.focalPoints().stream()
        .filter(f -> f.personId().equals(entry.id())).findFirst();
    if (own.isPresent()) {
      return reason(OWN_FOCAL_POINT, Outcome.NO, String.format(
          "'%s' is a focal point of this Action (%s) and may serve as an expert only in another"
              + " Action", entry.id(), own.get().institution()), OWN_FOCAL_POINT);
    }
    return reason(OWN_FOCAL_POINT, Outcome.YES,
        String.format("'%s' is not a focal point of this Action", entry.id()), OWN_FOCAL_POINT);
  }

  private static Reason availability(Action action, List<ValidityPeriod> dates, RosterEntry entry) {
    if (dates.isEmpty()) {
      return reason(AVAILABILITY, Outcome.UNDETERMINED, String.format(
          "The Action has no dated activity, so the availability of '%s' was not checked",
          entry.id()), RAPID_MOBILISATION);
    }
    for (ValidityPeriod date : dates) {
      for (ValidityPeriod off : entry.unavailablePeriods()) {
        if (off.overlaps(date)) {
          return reason(AVAILABILITY, Outcome.NO, String.format(
              "'%s' is unavailable %s, which overlaps the activity dates %s", entry.id(), off,
              date), RAPID_MOBILISATION);
        }
      }
      for (Deployment deployment : entry.deployments()) {
        if (!deployment.isOn(action) && deployment.period().overlaps(date)) {
          return reason(AVAILABILITY, Outcome.NO, String.format(
              "'%s' is deployed on '%s' %s, which overlaps the activity dates %s", entry.id(),
              deployment.actionTitle(), deployment.period(), date), RAPID_MOBILISATION);
        }
      }
    }
    return reason(AVAILABILITY, Outcome.YES, String.format("'%s' is available on %s", entry.id(),
        dates.stream().map(ValidityPeriod::toString).collect(Collectors.joining(", "))), RAPID_MOBILISATION);
  }

  private static Criterion theme(Action action, RosterEntry entry) {
    List<SubTopic> topics = action.subTopics().stream().filter(entry.subTopics()::contains)
        .toList();
    List<ThematicArea> areas = action.thematicAreas().stream().filter(entry.areas()::contains)
        .toList();
    int points = topics.size() * POINTS_PER_SUB_TOPIC + areas.size() * POINTS_PER_AREA;
    String message = points == 0
        ? String.format("'%s' covers none of the Action's themes %s", entry.id(),
            action.thematicAreas())
        : String.format("'%s' covers sub-topics %s and areas %s of the Action: %+d", entry.id(),
            topics, areas, points);
    return new Criterion(points, reason(THEME, points > 0 ? Outcome.YES : Outcome.NO, message, THEME));
  }

  private static Criterion experience(List<ValidityPeriod> dates, RosterEntry entry) {
    Optional<LocalDate> first = dates.stream().map(ValidityPeriod::start).min(Comparator
        .naturalOrder());
    long count = entry.deployments().stream()
        .filter(d -> first.map(f -> d.endDate().isBefore(f)).orElse(true)).count();
    int points = (int) Math.min(count, MAX_EXPERIENCE_POINTS);
    String message = String.format("'%s' has %s earlier deployment%s: %+d", entry.id(), count,
        count == 1 ? "" : "s", points);
    return new Criterion(points,
        reason(EXPERIENCE, points > 0 ? Outcome.YES : Outcome.NO, message, EVALUATIONS));
  }

  private static Criterion peerFit(RosterEntry entry) {
    ExpertProfile profile = entry.expert().profile();
    if (profile == ExpertProfile.CIVIL_SERVANT) {
      return new Criterion(PEER_FIT_POINTS, reason(PEER_FIT, Outcome.YES, String.format(
          "'%s' is a civil servant, a peer of the partner administration: %+d", entry.id(),
          PEER_FIT_POINTS), PEER_FIT));
    }
    return new Criterion(0, reason(PEER_FIT, Outcome.NO, String.format(
        "'%s' has the profile %s, not a civil servant: +0", entry.id(), profile.code()), PEER_FIT));
  }

  private static Criterion balance(Action action, RosterEntry entry) {
    List<Expert> team = action.experts().stream().filter(e -> !e.id().equals(entry.id()))
        .toList();
    long eu = team.stream().filter(e -> e.origin() == ExpertOrigin.EU_MEMBER_STATE).count();
    long nonEu = team.size() - eu;
    ExpertOrigin origin = entry.expert().origin();
    String team0 = String.format("the team has %s EU and %s non-EU experts", eu, nonEu);
    if (origin == ExpertOrigin.EU_MEMBER_STATE && eu <= nonEu) {
      return new Criterion(BALANCE_POINTS, reason(BALANCE, Outcome.YES, String.format(
          "'%s' is an EU member-state expert and %s; expertise comes mainly from EU administrations:"
              + " %+d", entry.id(), team0, BALANCE_POINTS), BALANCE));
    }
    if (origin == ExpertOrigin.NON_EU && nonEu == 0 && eu > 0) {
      return new Criterion(BALANCE_POINTS, reason(BALANCE, Outcome.YES, String.format(
          "'%s' is a non-EU expert and %s; triangular cooperation adds a southern peer: %+d",
          entry.id(), team0, BALANCE_POINTS), REGIONAL_EXPERTS));
    }
    return new Criterion(0, reason(BALANCE, Outcome.NO, String.format(
        "'%s' is %s and %s: +0", entry.id(),
        origin == ExpertOrigin.EU_MEMBER_STATE ? "an EU member-state expert" : "a non-EU expert",
        team0), BALANCE));
  }

  private static Criterion evaluations(RosterEntry entry) {
    List<DeploymentEvaluation> evaluations = entry.evaluations();
    if (evaluations.isEmpty()) {
      return new Criterion(0, reason(EVALUATIONS, Outcome.UNDETERMINED,
          String.format("'%s' has no evaluation yet: +0", entry.id()), EVALUATIONS));
    }
    int n = evaluations.size();
    int sum = evaluations.stream().mapToInt(DeploymentEvaluation::score).sum();
    int rounded = (2 * sum + n) / (2 * n);
    int points = rounded - NEUTRAL_SCORE;
    return new Criterion(points, reason(EVALUATIONS, points >= 0 ? Outcome.YES : Outcome.NO,
        String.format("'%s' scored %s in total over %s evaluation%s (mean rounded half up: %s): %+d", entry.id(),
            sum, n, n == 1 ? "" : "s", rounded, points), EVALUATIONS));
  }

  /** A reason of rule {@code id}, citing the entry of rule {@code basis} in the {@link RuleCatalogue}. */
  private static Reason reason(RuleId id, Outcome outcome, String message, RuleId basis) {
    return Reason.builder().ruleId(id).outcome(outcome).message(message)
        .addLegalBasis(RuleCatalogue.standard().legalBasis(basis)).build();
  }

  private record Criterion(int points, Reason reason) {}

  private record Scored(RosterEntry entry, Decision eligibility, int points,
      List<Reason> reasons) {}
}
