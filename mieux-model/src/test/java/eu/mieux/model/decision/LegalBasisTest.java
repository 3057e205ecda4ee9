package eu.mieux.model.decision;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link LegalBasis}. */
class LegalBasisTest {

  @Provide
  Arbitrary<LegalBasis> bases() {
    return ModelArbitraries.legalBases();
  }

  static LegalBasis rebuild(LegalBasis b) {
    return LegalBasis.builder().instrument(b.instrument()).period(b.period()).basis(b.basis())
        .source(b.source()).quality(b.quality()).build();
  }

  @Property
  void everyGeneratedBasisRebuilds(@ForAll("bases") LegalBasis basis) {
    assertEquals(basis, rebuild(basis));
  }

  @Property
  void rejectsBlankBasis(@ForAll("bases") LegalBasis basis) {
    assertRejected(() -> ((ImmutableLegalBasis) basis).withBasis(" "), "basis");
  }

  @Property
  void rejectsBlankSource(@ForAll("bases") LegalBasis basis) {
    assertRejected(() -> ((ImmutableLegalBasis) basis).withSource(""), "source");
  }

  @Example
  void aCitationIsVerifiedWithoutInstrumentOrPeriod() {
    LegalBasis citation = LegalBasis.ofCitation("R-EL3", "001_7b772109f36aa110.txt:79-81");
    assertEquals(DataQuality.VERIFIED, citation.quality());
    assertEquals(java.util.Optional.empty(), citation.instrument());
    assertEquals(java.util.Optional.empty(), citation.period());
  }
}
