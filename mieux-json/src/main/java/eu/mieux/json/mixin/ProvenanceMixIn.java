package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.decision.Provenance;
import java.util.Map;
import java.util.SortedMap;

/**
 * The JSON contract of {@link Provenance}: auto-detection off, every property named, reading through {@link Provenance.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"libraryVersion", "coverageData", "settings"})
@JsonDeserialize(builder = Provenance.Builder.class)
public abstract class ProvenanceMixIn {

  private ProvenanceMixIn() {}

  @JsonProperty("libraryVersion")
  abstract String libraryVersion();

  @JsonProperty("coverageData")
  abstract String coverageData();

  @JsonProperty("settings")
  abstract SortedMap<String, String> settings();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("libraryVersion")
    abstract Object libraryVersion(String value);

    @JsonProperty("coverageData")
    abstract Object coverageData(String value);

    @JsonProperty("settings")
    abstract Object putAllSettings(Map<String, ? extends String> value);
  }
}
