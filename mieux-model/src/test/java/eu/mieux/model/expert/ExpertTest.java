package eu.mieux.model.expert;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link Expert}. */
class ExpertTest {

  @Provide
  Arbitrary<Expert> experts() {
    return ModelArbitraries.experts();
  }

  @Property
  void everyGeneratedExpertRebuilds(@ForAll("experts") Expert expert) {
    assertEquals(expert, Expert.builder().id(expert.id()).name(expert.name())
        .origin(expert.origin()).profile(expert.profile()).nationality(expert.nationality())
        .institution(expert.institution()).build());
  }

  @Property
  void rejectsBlankId(@ForAll("experts") Expert expert) {
    assertRejected(() -> ((ImmutableExpert) expert).withId(" "), "id");
  }

  @Property
  void rejectsBlankName(@ForAll("experts") Expert expert) {
    assertRejected(() -> ((ImmutableExpert) expert).withName(""), "name");
  }

  @Property
  void rejectsBlankInstitution(@ForAll("experts") Expert expert) {
    assertRejected(() -> ((ImmutableExpert) expert).withInstitution("\t"), "institution");
  }
}
