package eu.mieux.rules.admissibility;

import eu.mieux.model.action.Action;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.model.ActionCode;
import eu.mieux.model.Phase;
import eu.mieux.model.action.ActionType;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.rules.DateInConflict;
import eu.mieux.rules.PhaseCalendar;
import eu.mieux.rules.catalogue.RuleCatalogue;
import eu.mieux.rules.eligibility.EuMembership;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.eligibility.RequesterEligibility;
import eu.mieux.rules.theme.ThematicScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses an Action against the rules on Actions, Activities and experts, reporting every finding at
 * once (RULES.md §2.1, §4.2, §4.3, §7).
 *
 * <p>Rules applied, in this order, each finding citing its entry in the {@link RuleCatalogue}:
 * <ul>
 *   <li>R-EL8 (error): every partner country is outside the EU on the start date;</li>
 *   <li>R-EL7 (error): the thematic areas are within the mandate on the request date, or the start
 *       date when the request date is unknown;</li>
 *   <li>M-PH1 (warning): the Action's phase is the phase the {@link PhaseCalendar} gives for that date;</li>
 *   <li>R-LC13 (warning): the code's year is the year the request was received;</li>
 *   <li>R-LC2 (warning): an approved or later Action has an Action Fiche drafted by all three parties;</li>
 *   <li>A1 (warning): the first Activity is a fact-finding mission;</li>
 *   <li>R-LC11 (warning): a closed or evaluated Action has six or seven Activities — typical, not
 *       mandatory (RULES.md §13 Q10);</li>
 *   <li>R-LC1 (warning): no Activity starts before the approval date recorded in the history;</li>
 *   <li>E5 (error): no focal point of the Action serves as an expert in it; (info) an expert who is a
 *       focal point of another Action of the portfolio is allowed and reported;</li>
 *   <li>E2 (info): the experts counted by origin and profile;</li>
 *   <li>R-EL3b (error): once civil-society organisations may request, a CSO on the requesting side
 *       (the requesting authority and the joint requesters) has a national or local government body
 *       beside it;</li>
 *   <li>R-LC15 (error): a holistic capacity development Action or a regional capacity development
 *       partnership starts in MIEUX+ or later (before, only classic Actions); a regional partnership
 *       has several partner countries or a regional organisation on its requesting side; (warning) a
 *       holistic Action with either of those looks like a regional partnership;</li>
 *   <li>R-LC14 (info or warning): an Action that continues another names one the portfolio shows
 *       interrupted (on hold or closed early); a warning when the portfolio shows it was not.</li>
 * </ul>
 * An Action closed early (R-LC14) is not expected to have six or seven Activities (R-LC11).
 * Activities outside the Action's own dates cannot occur: the model refuses to build such an Action.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionRules {

  static final RuleId OUTSIDE_EU = RuleId.of("R-EL8");
  static final RuleId PHASE = RuleId.of("M-PH1");
  static final RuleId CODE_YEAR = RuleId.of("R-LC13");
  static final RuleId FICHE = RuleId.of("R-LC2");
  static final RuleId FACT_FINDING_FIRST = RuleId.of("A1");
  static final RuleId ACTIVITY_COUNT = RuleId.of("R-LC11");
  static final RuleId AFTER_APPROVAL = RuleId.of("R-LC1");
  static final RuleId FOCAL_POINT_AS_EXPERT = RuleId.of("E5");
  static final RuleId EXPERT_MIX = RuleId.of("E2");

  static final RuleId ACTION_TYPE = RuleId.of("R-LC15");
  static final RuleId CONTINUATION = RuleId.of("R-LC14");

  private final ThematicScope thematicScope;
  private final PhaseCalendar phases;
  private final RequesterEligibility requesters;

  /**
   * Creates the rules with their settings and the default requester rule.
   *
   * @param thematicScope  the thematic mandate by date (R-EL7), not null
   * @param phases  the phase dates, not null
   */
  public ActionRules(ThematicScope thematicScope, PhaseCalendar phases) {
    this(thematicScope, phases, new RequesterEligibility(RulesConfig.EXTENDED_REQUESTERS_FROM));
  }

  /**
   * Creates the rules with their settings.
   *
   * @param thematicScope  the thematic mandate by date (R-EL7), not null
   * @param phases  the phase dates, not null
   * @param requesters  the requester rule, for the pairing of R-EL3b, not null
   */
  public ActionRules(ThematicScope thematicScope, PhaseCalendar phases, RequesterEligibility requesters) {
    this.thematicScope = Objects.requireNonNull(thematicScope, "thematicScope");
    this.phases = Objects.requireNonNull(phases, "phases");
    this.requesters = Objects.requireNonNull(requesters, "requesters");
  }

  /**
   * Creates the rules with the default settings.
   *
   * @return the rules
   */
  public static ActionRules standard() {
    return new ActionRules(ThematicScope.standard(), PhaseCalendar.standard());
  }

  /**
   * Assesses an Action on its own.
   *
   * @param action  the Action, not null
   * @return every finding, in rule order then field order
   */
  public Assessment assess(Action action) {
    return assess(action, List.of());
  }

  /**
   * Assesses an Action within a portfolio of other Actions, so that focal points serving as experts
   * elsewhere (E5) are recognised.
   *
   * @param action  the Action, not null
   * @param portfolio  other Actions, not null; the Action itself is ignored if present
   * @return every finding, in rule order then field order
   */
  public Assessment assess(Action action, Collection<Action> portfolio) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(portfolio, "portfolio");
    List<Finding> findings = new ArrayList<>();
    outsideEu(action, findings);
    thematicFit(action, findings);
    phase(action, findings);
    codeYear(action, findings);
    fiche(action, findings);
    factFindingFirst(action, findings);
    activityCount(action, findings);
    afterApproval(action, findings);
    focalPointsAsExperts(action, portfolio, findings);
    ExpertCounts counts = ExpertCounts.of(action);
    if (counts.total() > 0) {
      findings.add(finding(EXPERT_MIX, Severity.INFO, "/experts",
          counts.total() + " experts: " + counts));
    }
    csoPairing(action, findings);
    actionType(action, findings);
    continuation(action, portfolio, findings);
    return Assessment.builder().addAllFindings(findings).build();
  }

  private static void outsideEu(Action action, List<Finding> findings) {
    outsideEu(action.partnerCountries(), action.startDate(), findings);
  }

  /** R-EL8 for the partner countries of a request or an Action, at {@code /partnerCountries/i}. */
  static void outsideEu(List<Country> partnerCountries, LocalDate date, List<Finding> findings) {
    for (int i = 0; i < partnerCountries.size(); i++) {
      Country country = partnerCountries.get(i);
      if (EuMembership.standard().isMemberStateOn(country, date)) {
        findings.add(Finding.builder().ruleId(OUTSIDE_EU).severity(Severity.ERROR)
            .path("/partnerCountries/" + i).country(country)
            .message(String.format("%s is an EU member state on %s; an Action is carried out outside the EU",
                country.englishName(), date))
            .addLegalBasis(RuleCatalogue.standard().legalBasis(OUTSIDE_EU))
            .addLegalBasis(EuMembership.standard().membership(country).orElseThrow()).build());
      }
    }
  }

  private LocalDate referenceDate(Action action) {
    return action.requestReceivedOn().orElse(action.startDate());
  }

  private void thematicFit(Action action, List<Finding> findings) {
    LocalDate date = referenceDate(action);
    for (int i = 0; i < action.thematicAreas().size(); i++) {
      ThematicArea area = action.thematicAreas().get(i);
      Severity severity = thematicScope.severity(area, date);
      if (severity != Severity.INFO) {
        Reason reason = thematicScope.check(List.of(area), date).reasons().get(0);
        findings.add(Finding.builder().ruleId(ThematicScope.RULE).severity(severity).path("/thematicAreas/" + i)
            .message(reason.message()).addAllLegalBases(reason.legalBases()).build());
      }
    }
  }

  private void phase(Action action, List<Finding> findings) {
    LocalDate date = referenceDate(action);
    Optional<eu.mieux.model.Phase> expected = phases.phaseOn(date);
    if (expected.isPresent() && expected.get() != action.phase()) {
      findings.add(Finding.builder().ruleId(PHASE).severity(Severity.WARNING).path("/phase").message(
          "the Action is recorded under " + action.phase().label() + ", but " + date + " falls in "
              + expected.get().label() + " (" + phases.periodOf(expected.get()) + ")")
          .addLegalBasis(RuleCatalogue.standard().legalBasis(PHASE))
          .addLegalBasis(DateInConflict.PHASE_III_END.basis()).build());
    }
  }

  private static void codeYear(Action action, List<Finding> findings) {
    if (action.code().isPresent() && action.requestReceivedOn().isPresent()) {
      int codeYear = action.code().get().year().getValue();
      int requestYear = action.requestReceivedOn().get().getYear();
      if (codeYear != requestYear) {
        findings.add(finding(CODE_YEAR, Severity.WARNING, "/code", "code " + action.code().get() + " has year "
            + codeYear + ", but the request was received in " + requestYear));
      }
    }
  }

  private static void fiche(Action action, List<Finding> findings) {
    boolean approvedOrLater = !action.status().isPreImplementation() || action.status() == ActionStatus.APPROVED;
    boolean terminalBeforeApproval = action.status() == ActionStatus.DECLINED
        || action.status() == ActionStatus.WITHDRAWN;
    if (approvedOrLater && !terminalBeforeApproval
        && !action.fiche().map(f -> f.isDraftedByAllParties()).orElse(false)) {
      findings.add(finding(FICHE, Severity.WARNING, "/fiche", action.fiche().isPresent()
          ? "the Action Fiche of an approved Action does not record all three drafting parties"
          : "an approved Action has no Action Fiche recorded"));
    }
  }

  private static void factFindingFirst(Action action, List<Finding> findings) {
    if (!action.activities().isEmpty()) {
      Activity first = action.activities().get(0);
      for (Activity activity : action.activities()) {
        if (activity.startDate().isBefore(first.startDate())) {
          first = activity;
        }
      }
      if (first.type() != ActivityType.FACT_FINDING_MISSION) {
        int index = action.activities().indexOf(first);
        findings.add(finding(FACT_FINDING_FIRST, Severity.WARNING, "/activities/" + index + "/type",
            "the first Activity is a " + first.type().code() + ", not a fact-finding mission"));
      }
    }
  }

  private static void activityCount(Action action, List<Finding> findings) {
    int count = action.activities().size();
    boolean complete = action.status() == ActionStatus.IN_EVALUATION
        || action.status() == ActionStatus.CLOSED && !isClosedEarly(action);
    if (complete && (count < 6 || count > 7)) {
      findings.add(finding(ACTIVITY_COUNT, Severity.WARNING, "/activities",
          "the Action has " + count + " Activities; Actions typically group six or seven"));
    }
  }

  private static void afterApproval(Action action, List<Finding> findings) {
    Optional<LocalDate> approval = action.history().stream()
        .filter(change -> change.event() == LifecycleEvent.APPROVE)
        .map(StatusChange::date).findFirst();
    if (approval.isEmpty()) {
      return;
    }
    for (int i = 0; i < action.activities().size(); i++) {
      Activity activity = action.activities().get(i);
      if (activity.startDate().isBefore(approval.get())) {
        findings.add(finding(AFTER_APPROVAL, Severity.WARNING, "/activities/" + i + "/startDate",
            "the Activity starts on " + activity.startDate() + ", before the approval on " + approval.get()));
      }
    }
  }

  private static void focalPointsAsExperts(Action action, Collection<Action> portfolio, List<Finding> findings) {
    Set<String> ownFocalPoints = new HashSet<>();
    for (FocalPoint focalPoint : action.focalPoints()) {
      ownFocalPoints.add(focalPoint.personId());
    }
    Set<String> otherFocalPoints = new HashSet<>();
    for (Action other : portfolio) {
      if (!other.equals(action)) {
        for (FocalPoint focalPoint : other.focalPoints()) {
          otherFocalPoints.add(focalPoint.personId());
        }
      }
    }
    for (int i = 0; i < action.experts().size(); i++) {
      Expert expert = action.experts().get(i);
      if (ownFocalPoints.contains(expert.id())) {
        findings.add(finding(FOCAL_POINT_AS_EXPERT, Severity.ERROR, "/experts/" + i + "/id", String.format(
            "expert '%s' is a focal point of this Action; a focal point may serve as an expert only in "
                + "another Action", expert.id())));
      } else if (otherFocalPoints.contains(expert.id())) {
        findings.add(finding(FOCAL_POINT_AS_EXPERT, Severity.INFO, "/experts/" + i + "/id", String.format(
            "expert '%s' is a focal point of another Action and serves here as a peer expert", expert.id())));
      }
    }
  }

  private void csoPairing(Action action, List<Finding> findings) {
    List<RequestingBody> bodies = action.requestingBodies();
    List<RequesterKind> kinds = new ArrayList<>(bodies.size());
    for (RequestingBody body : bodies) {
      kinds.add(body.kind());
    }
    // R-EL3b concerns a civil-society organisation on the requesting side: without one, the joint
    // check finds nothing to report, and most Actions need not pay for its per-body reasons
    if (!kinds.contains(RequesterKind.CIVIL_SOCIETY_ORGANISATION)) {
      return;
    }
    for (Reason reason : requesters.checkJoint(kinds, referenceDate(action)).reasons()) {
      if (reason.ruleId().equals(RequesterEligibility.JOINT_RULE) && reason.outcome() == Outcome.NO) {
        findings.add(Finding.builder().ruleId(reason.ruleId()).severity(Severity.ERROR).path("/jointRequesters")
            .message(reason.message()).addAllLegalBases(reason.legalBases()).build());
      }
    }
  }

  private void actionType(Action action, List<Finding> findings) {
    ActionType type = action.actionType();
    if (type == ActionType.CLASSIC) {
      return;
    }
    LocalDate plus = phases.periodOf(Phase.MIEUX_PLUS).start();
    if (action.startDate().isBefore(plus)) {
      findings.add(finding(ACTION_TYPE, Severity.ERROR, "/actionType", String.format(
          "a %s Action starts on %s, before MIEUX+ began on %s; before MIEUX+ every Action is classic",
          type.code(), action.startDate(), plus)));
    }
    boolean regionalRequester = action.requestingBodies().stream()
        .anyMatch(b -> b.kind() == RequesterKind.REGIONAL_ORGANISATION);
    boolean regionalScope = action.partnerCountries().size() > 1 || regionalRequester;
    if (type == ActionType.REGIONAL_CAPACITY_DEVELOPMENT_PARTNERSHIP && !regionalScope) {
      findings.add(finding(ACTION_TYPE, Severity.ERROR, "/actionType", String.format(
          "a regional capacity development partnership must have several partner countries or a regional "
              + "organisation on its requesting side, but has one partner country (%s) and no regional requester",
          action.partnerCountries().get(0).alpha2())));
    }
    if (type == ActionType.HOLISTIC_CAPACITY_DEVELOPMENT && regionalScope) {
      findings.add(finding(ACTION_TYPE, Severity.WARNING, "/actionType", String.format(
          "a holistic capacity development Action works with one country's institutions, but this one has %s "
              + "partner countries%s: a regional capacity development partnership may fit better",
          action.partnerCountries().size(), regionalRequester ? " and a regional requester" : "")));
    }
  }

  private static void continuation(Action action, Collection<Action> portfolio, List<Finding> findings) {
    if (action.continues().isEmpty()) {
      return;
    }
    ActionCode earlier = action.continues().get();
    Optional<Action> found = portfolio.stream().filter(a -> a.code().equals(Optional.of(earlier))).findFirst();
    if (found.isEmpty()) {
      findings.add(finding(CONTINUATION, Severity.INFO, "/continues", String.format(
          "the Action continues %s, which is not in the portfolio, so its interruption is not checked", earlier)));
      return;
    }
    Action interrupted = found.get();
    boolean closedEarly = isClosedEarly(interrupted);
    if (closedEarly || interrupted.status() == ActionStatus.ON_HOLD) {
      findings.add(finding(CONTINUATION, Severity.INFO, "/continues", String.format(
          "the Action continues %s, which was %s", earlier, closedEarly ? "closed early" : "on hold")));
    } else {
      findings.add(finding(CONTINUATION, Severity.WARNING, "/continues", String.format(
          "the Action continues %s, but that Action is %s, not interrupted (on hold or closed early)", earlier,
          interrupted.status().code())));
    }
  }

  /**
   * Checks if the steering committee closed the Action early, without evaluation (R-LC14).
   *
   * @param action  the Action, not null
   * @return true if its history records {@code close_early}
   */
  static boolean isClosedEarly(Action action) {
    return action.history().stream().anyMatch(c -> c.event() == LifecycleEvent.CLOSE_EARLY);
  }

  /** A finding of a rule, citing the rule's entry in the {@link RuleCatalogue}. */
  static Finding finding(RuleId rule, Severity severity, String path, String message) {
    return Finding.builder().ruleId(rule).severity(severity).path(path).message(message)
        .addLegalBasis(RuleCatalogue.standard().legalBasis(rule)).build();
  }
}
