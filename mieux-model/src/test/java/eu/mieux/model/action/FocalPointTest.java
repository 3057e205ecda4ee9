package eu.mieux.model.action;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link FocalPoint}. */
class FocalPointTest {

  @Provide
  Arbitrary<FocalPoint> focalPoints() {
    return ModelArbitraries.focalPoints();
  }

  @Property
  void everyGeneratedFocalPointRebuilds(@ForAll("focalPoints") FocalPoint point) {
    assertEquals(point, FocalPoint.builder().personId(point.personId())
        .institution(point.institution()).profile(point.profile()).build());
  }

  @Property
  void rejectsBlankPersonId(@ForAll("focalPoints") FocalPoint point) {
    assertRejected(() -> ((ImmutableFocalPoint) point).withPersonId(""), "personId");
  }

  @Property
  void rejectsBlankInstitution(@ForAll("focalPoints") FocalPoint point) {
    assertRejected(() -> ((ImmutableFocalPoint) point).withInstitution(" "), "institution");
  }

  @Property
  void rejectsBlankProfile(@ForAll("focalPoints") FocalPoint point) {
    assertRejected(() -> ((ImmutableFocalPoint) point).withProfile("\r\n"), "profile");
  }
}
