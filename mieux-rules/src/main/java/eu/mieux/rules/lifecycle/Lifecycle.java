package eu.mieux.rules.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.rules.catalogue.RuleCatalogue;
import eu.mieux.rules.governance.SteeringCommittee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a lifecycle event may move an Action to its next state, from request to closure
 * (RULES.md §4.1, steps L1-L11, and the rules R-LC1 to R-LC3).
 *
 * <p>The machine:
 * <pre>
 * REQUEST_RECEIVED --draft_fiche--&gt; FICHE_DRAFTED --adapt_to_priorities--&gt; ADAPTED_TO_PRIORITIES
 * FICHE_DRAFTED | ADAPTED_TO_PRIORITIES --approve--&gt; APPROVED --start_implementation--&gt; IN_IMPLEMENTATION
 * IN_IMPLEMENTATION --start_evaluation--&gt; IN_EVALUATION --close--&gt; CLOSED
 * REQUEST_RECEIVED | FICHE_DRAFTED | ADAPTED_TO_PRIORITIES --decline--&gt; DECLINED
 * any state before implementation --withdraw--&gt; WITHDRAWN
 * APPROVED | IN_IMPLEMENTATION --put_on_hold--&gt; ON_HOLD --resume--&gt; the state the hold interrupted
 * IN_IMPLEMENTATION | ON_HOLD --close_early--&gt; CLOSED
 * </pre>
 *
 * <p>Holds and early closures (R-LC14, RULES.md §15.4): the steering committee put Actions on hold
 * during implementation and later closed them without evaluation (Burundi I and II, 2015-2017;
 * Ukraine II, on hold from February 2022). {@code put_on_hold}, {@code resume} and
 * {@code close_early} are steering-committee decisions and must give a reason, which the history
 * records with the date; {@code close} records a reason of its own, so an Action never reaches
 * {@code closed} without one. A later Action may continue an interrupted one
 * ({@link Action#continues()}; Mexico IV continued Mexico III).
 *
 * <p>Approval (R-LC3, G-SC2, G-SC3) names the committee's members on the date, from
 * {@link SteeringCommittee}, and may record that the EU Delegation reviewed the Action.
 *
 * <p>Preconditions: drafting and approval need an Action Fiche drafted by all three parties
 * (R-LC2); implementation starts only after approval (R-LC1); an event's date is
 * not before the last transition's date; closed, declined and withdrawn Actions take no event.
 *
 * <p>Choice (RULES.md §13 Q21): the texts do not say whether adaptation to priorities (L4) comes
 * before approval or in parallel with drafting, so approval is allowed from both
 * {@code FICHE_DRAFTED} and {@code ADAPTED_TO_PRIORITIES}. Choice (§13 Q19): no formal closure is
 * described; closing requires the evaluation and sharing of results (L9) to have started.
 *
 * <pre>{@code
 * Transition t = new Lifecycle().transition(action, LifecycleEvent.APPROVE, LocalDate.of(2016, 5, 1));
 * if (t.isYes()) { action = t.action().orElseThrow(); } else { t.reasons().forEach(System.out::println); }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Lifecycle {

  /** Lifecycle rule: an event that does not apply in the Action's state (this library's rule). */
  public static final RuleId NOT_ALLOWED = RuleId.of("M-LC1");
  /** Lifecycle rule: events are recorded in date order (this library's rule). */
  public static final RuleId DATE_ORDER = RuleId.of("M-LC2");
  /** R-LC1: implementation starts only after approval. */
  public static final RuleId IMPLEMENTATION_AFTER_APPROVAL = RuleId.of("R-LC1");
  /** R-LC2: the Action Fiche is drafted by the MIEUX team, the steering committee and the partner. */
  public static final RuleId FICHE_BY_THREE_PARTIES = RuleId.of("R-LC2");
  /** R-LC3: the steering committee approves. */
  public static final RuleId STEERING_COMMITTEE_APPROVES = RuleId.of("R-LC3");
  /** Lifecycle rule: a step of RULES.md §4.1 applied in order (this library's rule). */
  public static final RuleId STEP_APPLIED = RuleId.of("M-LC3");

  /** R-LC14: holds, resumptions and early closures by the steering committee. */
  public static final RuleId HOLD_AND_EARLY_CLOSURE = RuleId.of("R-LC14");
  /** The reason {@code close} records when none is given. */
  public static final String CLOSED_AFTER_EVALUATION =
      "closed after the evaluation and sharing of results (L9-L10)";

  private static final ImmutableMap<LifecycleEvent, Edge> EDGES = ImmutableMap.<LifecycleEvent, Edge>builder()
      .put(LifecycleEvent.DRAFT_FICHE, new Edge(EnumSet.of(ActionStatus.REQUEST_RECEIVED), ActionStatus.FICHE_DRAFTED))
      .put(LifecycleEvent.ADAPT_TO_PRIORITIES,
          new Edge(EnumSet.of(ActionStatus.FICHE_DRAFTED), ActionStatus.ADAPTED_TO_PRIORITIES))
      .put(LifecycleEvent.APPROVE, new Edge(
          EnumSet.of(ActionStatus.FICHE_DRAFTED, ActionStatus.ADAPTED_TO_PRIORITIES), ActionStatus.APPROVED))
      .put(LifecycleEvent.DECLINE, new Edge(EnumSet.of(ActionStatus.REQUEST_RECEIVED,
          ActionStatus.FICHE_DRAFTED, ActionStatus.ADAPTED_TO_PRIORITIES), ActionStatus.DECLINED))
      .put(LifecycleEvent.WITHDRAW, new Edge(EnumSet.of(ActionStatus.REQUEST_RECEIVED,
          ActionStatus.FICHE_DRAFTED, ActionStatus.ADAPTED_TO_PRIORITIES, ActionStatus.APPROVED),
          ActionStatus.WITHDRAWN))
      .put(LifecycleEvent.START_IMPLEMENTATION,
          new Edge(EnumSet.of(ActionStatus.APPROVED), ActionStatus.IN_IMPLEMENTATION))
      .put(LifecycleEvent.START_EVALUATION,
          new Edge(EnumSet.of(ActionStatus.IN_IMPLEMENTATION), ActionStatus.IN_EVALUATION))
      .put(LifecycleEvent.CLOSE, new Edge(EnumSet.of(ActionStatus.IN_EVALUATION), ActionStatus.CLOSED))
      .put(LifecycleEvent.PUT_ON_HOLD, new Edge(EnumSet.of(ActionStatus.APPROVED, ActionStatus.IN_IMPLEMENTATION),
          ActionStatus.ON_HOLD))
      // the state resume returns to is read from the history; ON_HOLD stands in for it here
      .put(LifecycleEvent.RESUME, new Edge(EnumSet.of(ActionStatus.ON_HOLD), ActionStatus.ON_HOLD))
      .put(LifecycleEvent.CLOSE_EARLY, new Edge(EnumSet.of(ActionStatus.IN_IMPLEMENTATION, ActionStatus.ON_HOLD),
          ActionStatus.CLOSED))
      .buildOrThrow();

  private final SteeringCommittee committee;

  /** Creates the lifecycle rules with the shipped steering-committee table. */
  public Lifecycle() {
    this(SteeringCommittee.standard());
  }

  /**
   * Creates the lifecycle rules with a steering-committee table.
   *
   * @param committee  the committee's members by date, not null
   */
  public Lifecycle(SteeringCommittee committee) {
    this.committee = Objects.requireNonNull(committee, "committee");
  }

  /**
   * Decides whether the event may be applied to the Action on the date, and applies it, with no
   * reason of the caller's (events that need one, {@code put_on_hold}, {@code resume} and
   * {@code close_early}, are refused).
   *
   * @param action  the Action in its current state, not null
   * @param event  the event, not null
   * @param date  the date of the event, not null
   * @return the Action in its new state with the change appended to its history, or a refusal
   *     listing every failed precondition
   */
  public Transition transition(Action action, LifecycleEvent event, LocalDate date) {
    return apply(action, event, date, Optional.empty(), false);
  }

  /**
   * Decides whether the event may be applied to the Action on the date, and applies it, recording why
   * it happened.
   *
   * @param action  the Action in its current state, not null
   * @param event  the event, not null
   * @param date  the date of the event, not null
   * @param reason  why, such as the steering committee's grounds for a hold, not null, not blank
   * @return the Action in its new state with the change and its reason appended to its history, or a
   *     refusal listing every failed precondition
   */
  public Transition transition(Action action, LifecycleEvent event, LocalDate date, String reason) {
    Objects.requireNonNull(reason, "reason");
    return apply(action, event, date, Optional.of(reason), false);
  }

  /**
   * Decides whether the steering committee may approve the Action on the date after review with the
   * EU Delegation (G-SC3), and records that review with the approval.
   *
   * @param action  the Action in its current state, not null
   * @param date  the date of the approval, not null
   * @return the approved Action, or a refusal listing every failed precondition
   */
  public Transition approveAfterDelegationReview(Action action, LocalDate date) {
    return apply(action, LifecycleEvent.APPROVE, date, Optional.empty(), true);
  }

  private Transition apply(Action action, LifecycleEvent event, LocalDate date, Optional<String> reason,
      boolean reviewed) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
    ActionStatus from = action.status();
    Edge edge = EDGES.get(event);
    List<Reason> refusals = new ArrayList<>();
    if (!edge.from().contains(from)) {
      refusals.add(notAllowed(event, from, edge));
    }
    if ((event == LifecycleEvent.DRAFT_FICHE || event == LifecycleEvent.APPROVE) && !hasCompleteFiche(action)) {
      refusals.add(missingParties(action));
    }
    Optional<String> given = reason.filter(r -> !r.isBlank());
    if (reason.isPresent() && given.isEmpty()) {
      refusals.add(refusal(HOLD_AND_EARLY_CLOSURE, String.format(
          "the reason for %s must not be blank, but was '%s'", event.code(), reason.get())));
    } else if (event.needsReason() && given.isEmpty()) {
      refusals.add(refusal(HOLD_AND_EARLY_CLOSURE, String.format(
          "%s is a steering-committee decision whose reason the history records, but no reason was given",
          event.code())));
    }
    ActionStatus to = edge.to();
    if (event == LifecycleEvent.RESUME && from == ActionStatus.ON_HOLD) {
      Optional<ActionStatus> interrupted = interrupted(action);
      if (interrupted.isEmpty()) {
        refusals.add(refusal(HOLD_AND_EARLY_CLOSURE,
            "resume returns to the state the hold interrupted, but the history records no put_on_hold"));
      } else {
        to = interrupted.get();
      }
    }
    if (!action.history().isEmpty()) {
      LocalDate last = action.history().get(action.history().size() - 1).date();
      if (date.isBefore(last)) {
        refusals.add(refusal(DATE_ORDER, String.format(
            "%s on %s is before the last transition on %s; events are recorded in date order",
            event.code(), date, last)));
      }
    }
    if (!refusals.isEmpty()) {
      return Transition.refused(refusals);
    }
    Optional<String> recorded = given.isPresent() || event != LifecycleEvent.CLOSE ? given
        : Optional.of(CLOSED_AFTER_EVALUATION);
    Action next = Action.builder().from(action)
        .status(to)
        .addHistory(StatusChange.builder().event(event).from(from).to(to).date(date).reason(recorded)
            .reviewedByEuDelegation(reviewed).build())
        .build();
    Reason.Builder applied = Reason.builder().outcome(Outcome.YES);
    String message = String.format("%s moved the Action from %s (%s) to %s (%s) on %s",
        event.code(), from.code(), from.step(), to.code(), to.step(), date)
        + recorded.map(r -> ": " + r).orElse("");
    switch (event) {
      case DRAFT_FICHE:
        applied.ruleId(FICHE_BY_THREE_PARTIES).addLegalBasis(basis(FICHE_BY_THREE_PARTIES));
        break;
      case APPROVE:
        applied.ruleId(STEERING_COMMITTEE_APPROVES).addLegalBasis(basis(STEERING_COMMITTEE_APPROVES))
            .addAllLegalBases(committee.basesOn(date));
        message += "; the steering committee on that date: " + committee.membersOn(date).stream()
            .map(m -> m.code()).collect(Collectors.joining(", "));
        if (reviewed) {
          applied.addLegalBasis(SteeringCommittee.DELEGATION_REVIEW_BASIS);
          message += "; reviewed with the EU Delegation (G-SC3)";
        }
        break;
      case START_IMPLEMENTATION:
        applied.ruleId(IMPLEMENTATION_AFTER_APPROVAL).addLegalBasis(basis(IMPLEMENTATION_AFTER_APPROVAL));
        break;
      case PUT_ON_HOLD:
      case RESUME:
      case CLOSE_EARLY:
        applied.ruleId(HOLD_AND_EARLY_CLOSURE).addLegalBasis(basis(HOLD_AND_EARLY_CLOSURE));
        break;
      default:
        applied.ruleId(STEP_APPLIED).addLegalBasis(basis(STEP_APPLIED));
    }
    return Transition.applied(next, ImmutableList.of(applied.message(message).build()));
  }

  private static Optional<ActionStatus> interrupted(Action action) {
    for (int i = action.history().size() - 1; i >= 0; i--) {
      StatusChange change = action.history().get(i);
      if (change.event() == LifecycleEvent.PUT_ON_HOLD) {
        return Optional.of(change.from());
      }
    }
    return Optional.empty();
  }

  private static LegalBasis basis(RuleId rule) {
    return RuleCatalogue.standard().legalBasis(rule);
  }

  /**
   * Gets the events that the state admits, whatever their other preconditions.
   *
   * @param status  the current state, not null
   * @return the events allowed from that state, in declaration order
   */
  public Set<LifecycleEvent> eventsFrom(ActionStatus status) {
    Objects.requireNonNull(status, "status");
    return EDGES.entrySet().stream().filter(e -> e.getValue().from().contains(status))
        .map(java.util.Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  private static boolean hasCompleteFiche(Action action) {
    return action.fiche().map(ActionFiche::isDraftedByAllParties).orElse(false);
  }

  private static Reason missingParties(Action action) {
    Set<FicheParty> missing = EnumSet.allOf(FicheParty.class);
    action.fiche().ifPresent(f -> missing.removeAll(f.draftedBy()));
    String detail = action.fiche().isPresent()
        ? "the Action Fiche was drafted without " + missing.stream().map(FicheParty::code)
            .collect(Collectors.joining(", "))
        : "the Action has no Action Fiche";
    return refusal(FICHE_BY_THREE_PARTIES,
        detail + "; the MIEUX team, the steering committee and the partner authority must all draft it");
  }

  private static Reason notAllowed(LifecycleEvent event, ActionStatus from, Edge edge) {
    if (event == LifecycleEvent.START_IMPLEMENTATION && from.isPreImplementation()) {
      return refusal(IMPLEMENTATION_AFTER_APPROVAL, String.format(
          "implementation cannot start while the Action is %s (%s): it starts only after approval",
          from.code(), from.step()));
    }
    String allowed = edge.from().stream().map(ActionStatus::code).collect(Collectors.joining(", "));
    return refusal(NOT_ALLOWED, String.format("%s does not apply to an Action that is %s (%s); it applies to: %s",
        event.code(), from.code(), from.step(), allowed));
  }

  private static Reason refusal(RuleId rule, String message) {
    return Reason.builder().ruleId(rule).outcome(Outcome.NO).message(message)
        .addLegalBasis(RuleCatalogue.standard().legalBasis(rule)).build();
  }

  private record Edge(Set<ActionStatus> from, ActionStatus to) {
    Edge {
      from = ImmutableSet.copyOf(from);
    }
  }
}
