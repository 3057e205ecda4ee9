package eu.mieux.model.action;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link Deliverable}. */
class DeliverableTest {

  @Provide
  Arbitrary<Deliverable> deliverables() {
    return ModelArbitraries.deliverables();
  }

  @Property
  void everyGeneratedDeliverableRebuilds(@ForAll("deliverables") Deliverable deliverable) {
    assertEquals(deliverable, Deliverable.builder().type(deliverable.type())
        .title(deliverable.title()).adoptedOn(deliverable.adoptedOn()).build());
    if (deliverable.adoptedOn().isEmpty()) {
      assertEquals(deliverable, Deliverable.of(deliverable.type(), deliverable.title()));
    }
  }

  @Property
  void rejectsBlankTitle(@ForAll("deliverables") Deliverable deliverable) {
    assertRejected(() -> ((ImmutableDeliverable) deliverable).withTitle("\t"), "title");
  }
}
