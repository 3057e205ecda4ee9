package eu.mieux.model.request;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ActionCode;
import eu.mieux.model.country.Country;
import eu.mieux.model.internal.Invariants;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for MIEUX expertise (RULES.md §2; lifecycle steps L1-L2).
 *
 * <p>A request names one partner country, or several for a multi-country request (R-EL4; the first
 * multi-country Action, Argentina-Brazil, began in November 2011, and the first regional one came in
 * 2012 from Indonesia, the Philippines and Viet Nam, R-EL4b). It is sent by one requesting body, or by
 * several in a joint request (R-EL3b, R-EL3e: Niger III, Togo III, Tajikistan IV). A follow-up request
 * names the Action it continues (L11).
 *
 * <p>Invariants checked by {@code build()}: at least one requesting body and no duplicates; at least
 * one partner country and no duplicates; no
 * duplicate thematic area or sub-topic; every sub-topic belongs to one of the thematic areas; a
 * non-blank description.
 *
 * <pre>{@code
 * Request request = Request.builder()
 *     .addRequestingBody(RequestingBody.of("Ministry of Interior", RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.BY))
 *     .addPartnerCountry(Country.BY)
 *     .receivedOn(LocalDate.of(2016, 2, 1))
 *     .channel(Channel.MIEUX_TEAM)
 *     .addThematicArea(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY)
 *     .description("Labour migration legislation")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Request {

  Request() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the bodies that sent the request: one, or several for a joint request (R-EL3b).
   *
   * @return the requesting bodies, in the order given, not empty, without duplicates
   */
  public abstract List<RequestingBody> requestingBodies();

  /**
   * Checks if several bodies sent the request together (R-EL3b, R-EL3e).
   *
   * @return true if there are two or more requesting bodies
   */
  public boolean isJoint() {
    return requestingBodies().size() > 1;
  }

  /**
   * Gets the partner countries the request is for: one, or several for a regional request.
   *
   * @return the countries, in the order given, not empty, without duplicates
   */
  public abstract List<Country> partnerCountries();

  /**
   * Gets the date the request was received by the MIEUX team or the EU Delegation.
   *
   * @return the date received
   */
  public abstract LocalDate receivedOn();

  /**
   * Gets who received the request.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Gets the thematic areas of the request.
   *
   * @return the areas, without duplicates, possibly empty when not yet classified
   */
  public abstract List<ThematicArea> thematicAreas();

  /**
   * Gets the sub-topics of the request, each under one of {@link #thematicAreas()}.
   *
   * @return the sub-topics, without duplicates, possibly empty
   */
  public abstract List<SubTopic> subTopics();

  /**
   * Gets what the requesting body asks for.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Gets the Action this request follows up (L11), for a sequel Action (II, III, ...).
   *
   * @return the code of the earlier Action, or empty for a first request
   */
  public abstract Optional<ActionCode> followUpOf();

  /**
   * Checks if this is a joint request for more than one country (R-EL4).
   *
   * @return true if there are two or more partner countries
   */
  public boolean isMultiCountry() {
    return partnerCountries().size() > 1;
  }

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("receivedOn", receivedOn());
    checkState(!requestingBodies().isEmpty(), "requestingBodies must not be empty, but was %s",
        requestingBodies());
    Invariants.checkNoDuplicates("requestingBodies", requestingBodies());
    checkState(!partnerCountries().isEmpty(), "partnerCountries must not be empty, but was %s",
        partnerCountries());
    Invariants.checkNoDuplicates("partnerCountries", partnerCountries());
    Invariants.checkNoDuplicates("thematicAreas", thematicAreas());
    Invariants.checkSubTopics(subTopics(), thematicAreas());
    Invariants.checkNotBlank("description", description());
  }

  /** A builder of {@link Request}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableRequest.Builder {
    /** Creates an empty builder; prefer {@link Request#builder()}. */
    public Builder() {}
  }
}
