package eu.mieux.model.action;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.testing.ModelArbitraries;
import java.util.EnumSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link ActionFiche}, {@link Deliverable} and {@link FocalPoint}. */
class ActionFicheTest {

  @Provide
  Arbitrary<ActionFiche> fiches() {
    return ModelArbitraries.actionFiches();
  }

  @Property
  void everyGeneratedFicheRebuilds(@ForAll("fiches") ActionFiche fiche) {
    ActionFiche copy = ActionFiche.builder().addAllDraftedBy(fiche.draftedBy())
        .interventionLogic(fiche.interventionLogic())
        .institutionalFramework(fiche.institutionalFramework())
        .addAllPlannedActivities(fiche.plannedActivities())
        .addAllCapacityLevels(fiche.capacityLevels()).build();
    assertEquals(fiche, copy);
    assertEquals(fiche.draftedBy().equals(EnumSet.allOf(FicheParty.class)),
        fiche.isDraftedByAllParties());
  }

  @Property
  void rejectsBlankInterventionLogic(@ForAll("fiches") ActionFiche fiche) {
    assertRejected(() -> ((ImmutableActionFiche) fiche).withInterventionLogic(" "),
        "interventionLogic");
  }

  @Property
  void rejectsBlankInstitutionalFramework(@ForAll("fiches") ActionFiche fiche) {
    assertRejected(() -> ((ImmutableActionFiche) fiche).withInstitutionalFramework(""),
        "institutionalFramework");
  }
}
