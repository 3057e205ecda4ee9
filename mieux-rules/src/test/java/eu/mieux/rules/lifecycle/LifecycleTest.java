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

class LifecycleTest {

  private static final LocalDate D = LocalDate.of(2016, 7, 1);
  private final Lifecycle lifecycle = new Lifecycle();

  private static Action withFiche(Action action, FicheParty... parties) {
    return Action.builder().from(action).fiche(ActionFiche.builder().addDraftedBy(parties).build()).build();
  }

  private Action apply(Action action, LifecycleEvent event, LocalDate date) {
    Transition t = lifecycle.transition(action, event, date);
    assertThat(t.reasons()).as(t.toString()).allMatch(r -> r.outcome() == Outcome.YES);
    return t.action().orElseThrow();
  }

  @Test
  void requestToClosureKeepsTheWholeHistory() {
    Action action = withFiche(SeedActions.costaRicaIIRequested(), FicheParty.values());
    action = apply(action, LifecycleEvent.DRAFT_FICHE, D);
    action = apply(action, LifecycleEvent.ADAPT_TO_PRIORITIES, D.plusDays(10));
    action = apply(action, LifecycleEvent.APPROVE, D.plusDays(30));
    action = apply(action, LifecycleEvent.START_IMPLEMENTATION, D.plusDays(60));
    action = apply(action, LifecycleEvent.START_EVALUATION, D.plusDays(400));
    action = apply(action, LifecycleEvent.CLOSE, D.plusDays(500));

    assertThat(action.status()).isEqualTo(ActionStatus.CLOSED);
    assertThat(action.history()).extracting(StatusChange::to).containsExactly(ActionStatus.FICHE_DRAFTED,
        ActionStatus.ADAPTED_TO_PRIORITIES, ActionStatus.APPROVED, ActionStatus.IN_IMPLEMENTATION,
        ActionStatus.IN_EVALUATION, ActionStatus.CLOSED);
    assertThat(action.history().get(2).date()).isEqualTo(D.plusDays(30));
  }

  @Test
  void anAppliedStepCitesTheRuleThatHeld() {
    Action requested = withFiche(SeedActions.costaRicaIIRequested(), FicheParty.values());
    Transition drafted = lifecycle.transition(requested, LifecycleEvent.DRAFT_FICHE, D);
    assertThat(drafted.reasons()).extracting(r -> r.ruleId().id()).containsExactly("R-LC2");
    Transition approved = lifecycle.transition(drafted.action().orElseThrow(), LifecycleEvent.APPROVE, D);
    assertThat(approved.reasons()).extracting(r -> r.ruleId().id()).containsExactly("R-LC3");
    Transition withdrawn = lifecycle.transition(requested, LifecycleEvent.WITHDRAW, D);
    assertThat(withdrawn.reasons()).extracting(r -> r.ruleId().id()).containsExactly("M-LC3");
  }

  @Test
  void approvalMayFollowTheFicheDirectly() {
    Action action = apply(withFiche(SeedActions.costaRicaIIRequested(), FicheParty.values()),
        LifecycleEvent.DRAFT_FICHE, D);
    assertThat(apply(action, LifecycleEvent.APPROVE, D).status()).isEqualTo(ActionStatus.APPROVED);
  }

  @Test
  void implementationBeforeApprovalIsRefusedWithRLc1() {
    Action action = apply(withFiche(SeedActions.costaRicaIIRequested(), FicheParty.values()),
        LifecycleEvent.DRAFT_FICHE, D);
    Transition t = lifecycle.transition(action, LifecycleEvent.START_IMPLEMENTATION, D);
    assertThat(t.outcome()).isEqualTo(Outcome.NO);
    assertThat(t.action()).isEmpty();
    assertThat(t.reasons()).extracting(r -> r.ruleId().id()).containsExactly("R-LC1");
    assertThat(t.reasons().get(0).message()).contains("only after approval").contains("fiche_drafted");
  }

  @Test
  void ficheWithoutTheSteeringCommitteeIsRefusedWithRLc2() {
    Action action = withFiche(SeedActions.costaRicaIIRequested(), FicheParty.MIEUX_TEAM, FicheParty.PARTNER_AUTHORITY);
    Transition t = lifecycle.transition(action, LifecycleEvent.DRAFT_FICHE, D);
    assertThat(t.outcome()).isEqualTo(Outcome.NO);
    assertThat(t.reasons()).singleElement().satisfies(r -> {
      assertThat(r.ruleId().id()).isEqualTo("R-LC2");
      assertThat(r.message()).contains("steering_committee");
      assertThat(r.legalBases().get(0).source()).contains("MIEUX annual report 2018, \"Glossaire de MIEUX\"");
    });
  }

  @Test
  void missingFicheIsRefusedWithRLc2() {
    Transition t = lifecycle.transition(SeedActions.costaRicaIIRequested(), LifecycleEvent.DRAFT_FICHE, D);
    assertThat(t.reasons()).singleElement().satisfies(r -> assertThat(r.message()).contains("no Action Fiche"));
  }

  @Test
  void everyFailedPreconditionIsReportedAtOnce() {
    Action noFiche = SeedActions.costaRicaIIRequested();
    Transition t = lifecycle.transition(noFiche, LifecycleEvent.APPROVE, D);
    assertThat(t.reasons()).extracting(r -> r.ruleId().id()).containsExactly("M-LC1", "R-LC2");
  }

  @Test
  void closedActionsTakeNoEvent() {
    Action closed = SeedActions.costaRicaII();
    for (LifecycleEvent event : LifecycleEvent.values()) {
      Transition t = lifecycle.transition(closed, event, D);
      assertThat(t.outcome()).as(event.code()).isEqualTo(Outcome.NO);
    }
    assertThat(lifecycle.eventsFrom(ActionStatus.CLOSED)).isEmpty();
  }

  @Test
  void eventsOutOfDateOrderAreRefused() {
    Action drafted = apply(withFiche(SeedActions.costaRicaIIRequested(), FicheParty.values()),
        LifecycleEvent.DRAFT_FICHE, D);
    Transition t = lifecycle.transition(drafted, LifecycleEvent.APPROVE, D.minusDays(1));
    assertThat(t.reasons()).extracting(r -> r.ruleId().id()).containsExactly("M-LC2");
  }

  @Test
  void withdrawalIsPossibleUntilImplementation() {
    assertThat(lifecycle.eventsFrom(ActionStatus.APPROVED)).contains(LifecycleEvent.WITHDRAW);
    assertThat(lifecycle.eventsFrom(ActionStatus.IN_IMPLEMENTATION)).doesNotContain(LifecycleEvent.WITHDRAW);
    assertThat(lifecycle.eventsFrom(ActionStatus.REQUEST_RECEIVED))
        .containsExactly(LifecycleEvent.DRAFT_FICHE, LifecycleEvent.DECLINE, LifecycleEvent.WITHDRAW);
  }

  @Property(tries = 300)
  void anySequenceOfEventsKeepsAConsistentHistory(@ForAll("events") List<LifecycleEvent> events) {
    Action action = withFiche(SeedActions.costaRicaIIRequested(), FicheParty.values());
    LocalDate date = D;
    int applied = 0;
    for (LifecycleEvent event : events) {
      date = date.plusDays(3);
      Transition t = lifecycle.transition(action, event, date);
      if (t.isYes()) {
        Action next = t.action().orElseThrow();
        assertThat(next.history()).hasSize(action.history().size() + 1);
        assertThat(next.history().get(next.history().size() - 1).from()).isEqualTo(action.status());
        action = next;
        applied++;
      } else {
        assertThat(t.action()).isEmpty();
        assertThat(t.reasons()).isNotEmpty().allMatch(r -> r.outcome() == Outcome.NO);
        assertThat(lifecycle.eventsFrom(action.status()).contains(event)
            && action.fiche().map(ActionFiche::isDraftedByAllParties).orElse(false)
            && !event.needsReason()).isFalse();
      }
    }
    assertThat(action.history()).hasSize(applied);
    if (applied > 0) {
      assertThat(action.history().get(applied - 1).to()).isEqualTo(action.status());
    }
  }

  @Provide
  Arbitrary<List<LifecycleEvent>> events() {
    return Arbitraries.of(LifecycleEvent.class).list().ofMaxSize(12);
  }
}
