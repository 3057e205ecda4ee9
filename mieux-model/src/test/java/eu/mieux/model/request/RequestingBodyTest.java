package eu.mieux.model.request;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.country.Country;
import eu.mieux.model.testing.ModelArbitraries;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link RequestingBody}. */
class RequestingBodyTest {

  @Provide
  Arbitrary<RequestingBody> bodies() {
    return ModelArbitraries.requestingBodies();
  }

  static RequestingBody rebuild(RequestingBody b) {
    return RequestingBody.builder().name(b.name()).acronym(b.acronym()).kind(b.kind())
        .country(b.country()).build();
  }

  @Property
  void everyGeneratedBodySatisfiesItsInvariants(@ForAll("bodies") RequestingBody body) {
    assertEquals(body, rebuild(body));
    assertFalse(body.name().isBlank());
    body.acronym().ifPresent(a -> assertFalse(a.isBlank()));
    assertTrue(body.country().isPresent() || body.kind() == RequesterKind.REGIONAL_ORGANISATION);
  }

  @Property
  void rejectsBlankName(@ForAll("bodies") RequestingBody body) {
    assertRejected(() -> ((ImmutableRequestingBody) body).withName(" \t"), "name");
  }

  @Property
  void rejectsBlankAcronym(@ForAll("bodies") RequestingBody body) {
    assertRejected(() -> ((ImmutableRequestingBody) body).withAcronym(""), "acronym");
  }

  @Property
  void rejectsMissingCountryUnlessRegionalOrganisation(@ForAll("bodies") RequestingBody body,
      @ForAll RequesterKind kind) {
    ImmutableRequestingBody copy = ((ImmutableRequestingBody) body);
    if (kind == RequesterKind.REGIONAL_ORGANISATION) {
      assertTrue(copy.withKind(kind).withCountry(Optional.empty()).country().isEmpty());
    } else {
      IllegalStateException e = assertRejected(
          () -> copy.withCountry(Country.UA).withKind(kind).withCountry(Optional.empty()), "country");
      assertTrue(e.getMessage().contains("kind"), e.getMessage());
    }
  }

  @Example
  void ofBuildsANationalAuthority() {
    RequestingBody body =
        RequestingBody.of("Ministry of Interior", RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.BY);
    assertEquals(Optional.of(Country.BY), body.country());
    assertTrue(body.acronym().isEmpty());
  }
}
