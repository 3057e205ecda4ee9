package eu.mieux.model.decision;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link Reason}. */
class ReasonTest {

  @Provide
  Arbitrary<Reason> reasons() {
    return ModelArbitraries.reasons();
  }

  static Reason rebuild(Reason r) {
    return Reason.builder().ruleId(r.ruleId()).outcome(r.outcome()).message(r.message())
        .country(r.country()).addAllLegalBases(r.legalBases()).build();
  }

  @Property
  void everyGeneratedReasonRebuilds(@ForAll("reasons") Reason reason) {
    assertEquals(reason, rebuild(reason));
    assertEquals(reason.hashCode(), rebuild(reason).hashCode());
  }

  @Property
  void qualityIsTheWorstOfTheLegalBases(@ForAll("reasons") Reason reason) {
    DataQuality expected = reason.legalBases().stream().map(LegalBasis::quality)
        .max(Enum::compareTo).orElse(DataQuality.VERIFIED);
    assertEquals(expected, reason.quality());
  }

  @Property
  void rejectsBlankMessage(@ForAll("reasons") Reason reason) {
    assertRejected(() -> ((ImmutableReason) reason).withMessage("  "), "message");
  }
}
