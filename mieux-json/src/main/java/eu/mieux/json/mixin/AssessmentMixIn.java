package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import java.util.List;

/**
 * The JSON contract of {@link Assessment}: auto-detection off, every property named, reading through {@link Assessment.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"findings"})
@JsonDeserialize(builder = Assessment.Builder.class)
public abstract class AssessmentMixIn {

  private AssessmentMixIn() {}

  @JsonProperty("findings")
  abstract List<Finding> findings();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("findings")
    abstract Object addAllFindings(Iterable<? extends Finding> value);
  }
}
