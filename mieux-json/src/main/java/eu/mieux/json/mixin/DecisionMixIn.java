package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import java.util.List;

/**
 * The JSON contract of {@link Decision}: auto-detection off, every property named, reading through {@link Decision.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"outcome", "reasons"})
@JsonDeserialize(builder = Decision.Builder.class)
public abstract class DecisionMixIn {

  private DecisionMixIn() {}

  @JsonProperty("outcome")
  abstract Outcome outcome();

  @JsonProperty("reasons")
  abstract List<Reason> reasons();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("outcome")
    abstract Object outcome(Outcome value);

    @JsonProperty("reasons")
    abstract Object addAllReasons(Iterable<? extends Reason> value);
  }
}
