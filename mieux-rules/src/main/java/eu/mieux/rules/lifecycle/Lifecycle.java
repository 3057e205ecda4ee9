package eu.mieux.rules.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
 * </pre>
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
      .buildOrThrow();

  /** Creates the lifecycle rules; they have no setting. */
  public Lifecycle() {}

  /**
   * Decides whether the event may be applied to the Action on the date, and applies it.
   *
   * @param action  the Action in its current state, not null
   * @param event  the event, not null
   * @param date  the date of the event, not null
   * @return the Action in its new state with the change appended to its history, or a refusal
   *     listing every failed precondition
   */
  public Transition transition(Action action, LifecycleEvent event, LocalDate date) {
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
    Action next = Action.builder().from(action)
        .status(edge.to())
        .addHistory(StatusChange.of(event, from, edge.to(), date))
        .build();
    RuleId rule = switch (event) {
      case DRAFT_FICHE -> FICHE_BY_THREE_PARTIES;
      case APPROVE -> STEERING_COMMITTEE_APPROVES;
      case START_IMPLEMENTATION -> IMPLEMENTATION_AFTER_APPROVAL;
      default -> STEP_APPLIED;
    };
    return Transition.applied(next, ImmutableList.of(Reason.builder()
        .ruleId(rule)
        .outcome(Outcome.YES)
        .message(String.format("%s moved the Action from %s (%s) to %s (%s) on %s",
            event.code(), from.code(), from.step(), edge.to().code(), edge.to().step(), date))
        .addLegalBasis(RuleCatalogue.standard().legalBasis(rule))
        .build()));
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
