package eu.mieux.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.rules.SeedActions;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Holds, resumptions and early closures by the steering committee (RULES.md §15.4 R-LC14: Burundi I
 * and II put on hold for the political context and closed, 2015-2017; Ukraine II on hold from
 * February 2022; Mexico IV continued Mexico III), and approval by the committee of the day (G-SC2,
 * G-SC3).
 */
class HoldAndEarlyClosureTest {

  private static final LocalDate D = LocalDate.of(2015, 3, 1);
  private final Lifecycle lifecycle = new Lifecycle();

  private Action inImplementation() {
    Action action = Action.builder().from(SeedActions.costaRicaIIRequested())
        .fiche(ActionFiche.builder().addDraftedBy(FicheParty.values()).build()).build();
    action = apply(action, LifecycleEvent.DRAFT_FICHE, D, null);
    action = apply(action, LifecycleEvent.APPROVE, D.plusDays(10), null);
    return apply(action, LifecycleEvent.START_IMPLEMENTATION, D.plusDays(20), null);
  }

  private Action apply(Action action, LifecycleEvent event, LocalDate date, String reason) {
    Transition t = reason == null ? lifecycle.transition(action, event, date)
        : lifecycle.transition(action, event, date, reason);
    assertThat(t.outcome()).as(t.toString()).isEqualTo(Outcome.YES);
    return t.action().orElseThrow();
  }

  /** R-LC14, Burundi I: on hold during implementation, then closed without evaluation. */
  @Test
  void burundiIsPutOnHoldThenClosedEarly() {
    Action held = apply(inImplementation(), LifecycleEvent.PUT_ON_HOLD, LocalDate.of(2015, 5, 1),
        "political context");
    assertThat(held.status()).isEqualTo(ActionStatus.ON_HOLD);
    Transition closed = lifecycle.transition(held, LifecycleEvent.CLOSE_EARLY, LocalDate.of(2017, 1, 15),
        "the context did not allow implementation to resume");
    assertThat(closed.reasons()).extracting(r -> r.ruleId().id()).containsExactly("R-LC14");
    assertThat(closed.reasons().get(0).legalBases().get(0).source()).contains("99-burundi-i");
    Action action = closed.action().orElseThrow();
    assertThat(action.status()).isEqualTo(ActionStatus.CLOSED);
    StatusChange hold = action.history().get(3);
    assertThat(hold.event()).isEqualTo(LifecycleEvent.PUT_ON_HOLD);
    assertThat(hold.reason()).contains("political context");
    assertThat(hold.date()).isEqualTo(LocalDate.of(2015, 5, 1));
    assertThat(action.history().get(4).reason()).contains("the context did not allow implementation to resume");
    assertThat(action.history()).extracting(StatusChange::event).doesNotContain(LifecycleEvent.START_EVALUATION);
  }

  /** R-LC14, Ukraine II: a hold from an approved Action resumes to approval, then implementation starts. */
  @Test
  void resumeReturnsToTheStateTheHoldInterrupted() {
    Action action = Action.builder().from(SeedActions.costaRicaIIRequested())
        .fiche(ActionFiche.builder().addDraftedBy(FicheParty.values()).build()).build();
    action = apply(action, LifecycleEvent.DRAFT_FICHE, D, null);
    action = apply(action, LifecycleEvent.APPROVE, D, null);
    action = apply(action, LifecycleEvent.PUT_ON_HOLD, LocalDate.of(2022, 2, 24), "war");
    action = apply(action, LifecycleEvent.RESUME, LocalDate.of(2023, 1, 10), "activities possible online");
    assertThat(action.status()).isEqualTo(ActionStatus.APPROVED);
    Action running = apply(inImplementation(), LifecycleEvent.PUT_ON_HOLD, D.plusDays(30), "COVID-19");
    assertThat(apply(running, LifecycleEvent.RESUME, D.plusDays(90), "travel resumed").status())
        .isEqualTo(ActionStatus.IN_IMPLEMENTATION);
  }

  /** R-LC14: a hold, a resumption and an early closure are decisions whose reason the history records. */
  @Test
  void aHoldWithoutReasonIsRefused() {
    Transition t = lifecycle.transition(inImplementation(), LifecycleEvent.PUT_ON_HOLD, D.plusDays(40));
    assertThat(t.outcome()).isEqualTo(Outcome.NO);
    assertThat(t.reasons()).singleElement().satisfies(r -> {
      assertThat(r.ruleId().id()).isEqualTo("R-LC14");
      assertThat(r.message()).contains("put_on_hold").contains("no reason was given");
    });
    assertThat(lifecycle.transition(inImplementation(), LifecycleEvent.CLOSE_EARLY, D.plusDays(40), " ")
        .reasons()).extracting(r -> r.ruleId().id()).containsExactly("R-LC14");
  }

  /** Illegal transitions keep being refused with every failed precondition (R-LC14, M-LC1, M-LC2). */
  @Test
  void everyFailedPreconditionIsReported() {
    Transition t = lifecycle.transition(SeedActions.costaRicaIIRequested(), LifecycleEvent.CLOSE_EARLY,
        LocalDate.of(2000, 1, 1));
    assertThat(t.reasons()).extracting(r -> r.ruleId().id()).contains("M-LC1", "R-LC14");
    Action evaluating = apply(inImplementation(), LifecycleEvent.START_EVALUATION, D.plusDays(300), null);
    assertThat(lifecycle.transition(evaluating, LifecycleEvent.PUT_ON_HOLD, D.plusDays(310), "late")
        .reasons()).extracting(r -> r.ruleId().id()).containsExactly("M-LC1");
    assertThat(lifecycle.eventsFrom(ActionStatus.ON_HOLD))
        .containsExactlyInAnyOrder(LifecycleEvent.RESUME, LifecycleEvent.CLOSE_EARLY);
    assertThat(lifecycle.eventsFrom(ActionStatus.APPROVED)).contains(LifecycleEvent.PUT_ON_HOLD)
        .doesNotContain(LifecycleEvent.CLOSE_EARLY);
  }

  /** R-LC14: resume needs the history to say what the hold interrupted. */
  @Test
  void resumeWithoutARecordedHoldIsRefused() {
    Action held = Action.builder().from(SeedActions.costaRicaIIRequested()).status(ActionStatus.ON_HOLD).build();
    assertThat(lifecycle.transition(held, LifecycleEvent.RESUME, D, "resumed").reasons())
        .singleElement().satisfies(r -> assertThat(r.message()).contains("no put_on_hold"));
  }

  /** G-SC2: approval names the committee of the day; G-SC3: the EU Delegation's review is recorded. */
  @Test
  void approvalNamesTheCommitteeOfTheDay() {
    Action drafted = apply(Action.builder().from(SeedActions.costaRicaIIRequested())
        .fiche(ActionFiche.builder().addDraftedBy(FicheParty.values()).build()).build(),
        LifecycleEvent.DRAFT_FICHE, LocalDate.of(2021, 3, 1), null);
    Transition approved = lifecycle.approveAfterDelegationReview(drafted, LocalDate.of(2021, 3, 1));
    assertThat(approved.reasons().get(0).message()).contains("dg_intpa").contains("dg_near")
        .contains("icmpd_mieux_team").doesNotContain("dg_devco").contains("EU Delegation");
    assertThat(approved.reasons().get(0).legalBases()).anySatisfy(b -> assertThat(b.basis()).startsWith("G-SC3"));
    assertThat(approved.action().orElseThrow().history().get(1).reviewedByEuDelegation()).isTrue();
    Transition in2016 = lifecycle.transition(Action.builder().from(drafted).history(List.of())
        .status(ActionStatus.FICHE_DRAFTED).build(), LifecycleEvent.APPROVE, LocalDate.of(2016, 3, 1));
    assertThat(in2016.reasons().get(0).message()).contains("dg_devco").doesNotContain("dg_intpa");
  }

  /** R-LC14 as an invariant: whatever the events, the lifecycle never reaches closed without a recorded reason. */
  @Property(tries = 300)
  void closedAlwaysHasARecordedReason(@ForAll("events") List<LifecycleEvent> events,
      @ForAll("reasons") List<String> reasons) {
    Action action = Action.builder().from(SeedActions.costaRicaIIRequested())
        .fiche(ActionFiche.builder().addDraftedBy(FicheParty.values()).build()).build();
    LocalDate date = D;
    for (int i = 0; i < events.size(); i++) {
      date = date.plusDays(5);
      String reason = reasons.get(i % reasons.size());
      Transition t = reason.isEmpty() ? lifecycle.transition(action, events.get(i), date)
          : lifecycle.transition(action, events.get(i), date, reason);
      if (t.isYes()) {
        action = t.action().orElseThrow();
      } else {
        assertThat(t.reasons()).isNotEmpty().allMatch(r -> r.outcome() == Outcome.NO);
      }
      for (StatusChange change : action.history()) {
        if (change.to() == ActionStatus.CLOSED || change.event().needsReason()) {
          assertThat(change.reason()).as(change.toString()).isPresent().get().matches(r -> !r.isBlank());
        }
      }
    }
  }

  @Provide
  Arbitrary<List<LifecycleEvent>> events() {
    return Arbitraries.of(LifecycleEvent.class).list().ofMinSize(1).ofMaxSize(14);
  }

  @Provide
  Arbitrary<List<String>> reasons() {
    return Arbitraries.of("", "steering committee decision", "  ").list().ofMinSize(1).ofMaxSize(4);
  }
}
