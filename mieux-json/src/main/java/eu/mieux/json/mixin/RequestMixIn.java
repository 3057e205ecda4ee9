package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.mieux.json.deser.IsoDateDeserializer;
import eu.mieux.json.ser.IsoDateSerializer;
import eu.mieux.model.ActionCode;
import eu.mieux.model.country.Country;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON contract of {@link Request}: auto-detection off, every property named, reading through {@link Request.Builder}.
 *
 * <p>{@code requestingBodies} is a list of one or more bodies (R-EL3b, joint requests). A document
 * written before joint requests, with a single {@code requestingBody} object, is still read: the body
 * becomes a list of one. Writing always uses {@code requestingBodies}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"requestingBodies", "partnerCountries", "receivedOn", "channel", "thematicAreas", "subTopics", "description", "followUpOf"})
@JsonDeserialize(builder = Request.Builder.class)
public abstract class RequestMixIn {

  private RequestMixIn() {}

  @JsonProperty("requestingBodies")
  abstract List<RequestingBody> requestingBodies();

  @JsonProperty("partnerCountries")
  abstract List<Country> partnerCountries();

  @JsonProperty("receivedOn")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate receivedOn();

  @JsonProperty("channel")
  abstract Channel channel();

  @JsonProperty("thematicAreas")
  abstract List<ThematicArea> thematicAreas();

  @JsonProperty("subTopics")
  abstract List<SubTopic> subTopics();

  @JsonProperty("description")
  abstract String description();

  @JsonProperty("followUpOf")
  abstract Optional<ActionCode> followUpOf();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("requestingBodies")
    abstract Object addAllRequestingBodies(Iterable<? extends RequestingBody> value);

    /** Documents written before joint requests give one body as {@code requestingBody}; it is read as a list of one. */
    @JsonProperty("requestingBody")
    abstract Object addRequestingBody(RequestingBody value);

    @JsonProperty("partnerCountries")
    abstract Object addAllPartnerCountries(Iterable<? extends Country> value);

    @JsonProperty("receivedOn") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object receivedOn(LocalDate value);

    @JsonProperty("channel")
    abstract Object channel(Channel value);

    @JsonProperty("thematicAreas")
    abstract Object addAllThematicAreas(Iterable<? extends ThematicArea> value);

    @JsonProperty("subTopics")
    abstract Object addAllSubTopics(Iterable<? extends SubTopic> value);

    @JsonProperty("description")
    abstract Object description(String value);

    @JsonProperty("followUpOf")
    abstract Object followUpOf(ActionCode value);
  }
}
