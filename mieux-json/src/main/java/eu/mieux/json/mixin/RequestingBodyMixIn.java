package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.country.Country;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import java.util.Optional;

/**
 * The JSON contract of {@link RequestingBody}: auto-detection off, every property named, reading through {@link RequestingBody.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"name", "acronym", "kind", "country"})
@JsonDeserialize(builder = RequestingBody.Builder.class)
public abstract class RequestingBodyMixIn {

  private RequestingBodyMixIn() {}

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("acronym")
  abstract Optional<String> acronym();

  @JsonProperty("kind")
  abstract RequesterKind kind();

  @JsonProperty("country")
  abstract Optional<Country> country();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("acronym")
    abstract Object acronym(String value);

    @JsonProperty("kind")
    abstract Object kind(RequesterKind value);

    @JsonProperty("country")
    abstract Object country(Country value);
  }
}
