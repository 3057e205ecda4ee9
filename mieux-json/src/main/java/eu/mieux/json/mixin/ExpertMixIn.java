package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import java.util.Optional;

/**
 * The JSON contract of {@link Expert}: auto-detection off, every property named, reading through {@link Expert.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"id", "name", "origin", "profile", "nationality", "institution"})
@JsonDeserialize(builder = Expert.Builder.class)
public abstract class ExpertMixIn {

  private ExpertMixIn() {}

  @JsonProperty("id")
  abstract String id();

  @JsonProperty("name")
  abstract Optional<String> name();

  @JsonProperty("origin")
  abstract ExpertOrigin origin();

  @JsonProperty("profile")
  abstract ExpertProfile profile();

  @JsonProperty("nationality")
  abstract Optional<Country> nationality();

  @JsonProperty("institution")
  abstract Optional<String> institution();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("origin")
    abstract Object origin(ExpertOrigin value);

    @JsonProperty("profile")
    abstract Object profile(ExpertProfile value);

    @JsonProperty("nationality")
    abstract Object nationality(Country value);

    @JsonProperty("institution")
    abstract Object institution(String value);
  }
}
