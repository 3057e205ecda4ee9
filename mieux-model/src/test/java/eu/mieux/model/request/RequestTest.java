package eu.mieux.model.request;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.country.Country;
import eu.mieux.model.testing.ModelArbitraries;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

/** Properties of {@link Request}: generated values are valid, and each invariant rejects a violation. */
class RequestTest {

  @Provide
  Arbitrary<Request> requests() {
    return ModelArbitraries.requests();
  }

  /** Rebuilds a request attribute by attribute through the public builder. */
  static Request rebuild(Request r) {
    return Request.builder()
        .addAllRequestingBodies(r.requestingBodies())
        .addAllPartnerCountries(r.partnerCountries())
        .receivedOn(r.receivedOn())
        .channel(r.channel())
        .addAllThematicAreas(r.thematicAreas())
        .addAllSubTopics(r.subTopics())
        .description(r.description())
        .followUpOf(r.followUpOf())
        .build();
  }

  @Property
  void everyGeneratedRequestSatisfiesItsInvariants(@ForAll("requests") Request request) {
    assertEquals(request, rebuild(request));
    assertEquals(request.hashCode(), rebuild(request).hashCode());
    assertFalse(request.partnerCountries().isEmpty());
    assertEquals(request.partnerCountries().size(), new HashSet<>(request.partnerCountries()).size());
    assertEquals(request.thematicAreas().size(), new HashSet<>(request.thematicAreas()).size());
    assertEquals(request.subTopics().size(), new HashSet<>(request.subTopics()).size());
    request.subTopics().forEach(t -> assertTrue(request.thematicAreas().contains(t.area())));
    assertFalse(request.description().isBlank());
    assertEquals(request.partnerCountries().size() > 1, request.isMultiCountry());
  }

  @Property
  void rejectsEmptyPartnerCountries(@ForAll("requests") Request request) {
    assertRejected(() -> ((ImmutableRequest) request).withPartnerCountries(), "partnerCountries");
  }

  @Property
  void rejectsDuplicatePartnerCountry(@ForAll("requests") Request request) {
    List<Country> partners = new ArrayList<>(request.partnerCountries());
    partners.add(partners.get(0));
    assertRejected(() -> ((ImmutableRequest) request).withPartnerCountries(partners),
        "partnerCountries");
  }

  @Property
  void rejectsDuplicateThematicArea(@ForAll("requests") Request request,
      @ForAll ThematicArea area) {
    List<ThematicArea> areas = new ArrayList<>(request.thematicAreas());
    areas.add(areas.isEmpty() ? area : areas.get(0));
    areas.add(areas.get(0));
    assertRejected(() -> ((ImmutableRequest) request).withThematicAreas(areas), "thematicAreas");
  }

  @Property
  void rejectsDuplicateSubTopic(@ForAll("requests") Request request, @ForAll SubTopic topic) {
    List<ThematicArea> areas = new ArrayList<>(request.thematicAreas());
    if (!areas.contains(topic.area())) {
      areas.add(topic.area());
    }
    assertRejected(() -> ((ImmutableRequest) request).withThematicAreas(areas)
        .withSubTopics(topic, topic), "subTopics");
  }

  @Property
  void rejectsSubTopicOfAnotherArea(@ForAll("requests") Request request, @ForAll SubTopic topic) {
    List<ThematicArea> areas = new ArrayList<>(request.thematicAreas());
    areas.remove(topic.area());
    List<SubTopic> topics = request.subTopics().stream().filter(t -> areas.contains(t.area()))
        .toList();
    List<SubTopic> withForeign = new ArrayList<>(topics);
    withForeign.add(topic);
    IllegalStateException e = assertRejected(() -> ((ImmutableRequest) request)
        .withSubTopics(topics).withThematicAreas(areas).withSubTopics(withForeign), "subTopics");
    assertTrue(e.getMessage().contains("thematicAreas"), e.getMessage());
  }

  @Property
  void rejectsBlankDescription(@ForAll("requests") Request request,
      @ForAll @Chars({' ', '\t', '\n', '\r', '\u2003'}) @StringLength(max = 5) String blank) {
    assertRejected(() -> ((ImmutableRequest) request).withDescription(blank), "description");
  }

  @Example
  void multiCountryRequestFromTheFirstRegionalRequest() {
    Request request = Request.builder()
        .addRequestingBody(RequestingBody.builder().name("ASEAN partners")
            .kind(RequesterKind.REGIONAL_ORGANISATION).build())
        .addPartnerCountries(Country.ID, Country.PH, Country.VN)
        .receivedOn(LocalDate.of(2012, 3, 1))
        .channel(Channel.MIEUX_TEAM)
        .description("Joint regional request")
        .build();
    assertTrue(request.isMultiCountry());
    assertTrue(request.followUpOf().isEmpty());
  }
}
