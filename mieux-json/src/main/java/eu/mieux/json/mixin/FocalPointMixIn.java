package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.action.FocalPoint;
import java.util.Optional;

/**
 * The JSON contract of {@link FocalPoint}: auto-detection off, every property named, reading through {@link FocalPoint.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"personId", "institution", "profile"})
@JsonDeserialize(builder = FocalPoint.Builder.class)
public abstract class FocalPointMixIn {

  private FocalPointMixIn() {}

  @JsonProperty("personId")
  abstract String personId();

  @JsonProperty("institution")
  abstract String institution();

  @JsonProperty("profile")
  abstract Optional<String> profile();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("personId")
    abstract Object personId(String value);

    @JsonProperty("institution")
    abstract Object institution(String value);

    @JsonProperty("profile")
    abstract Object profile(String value);
  }
}
