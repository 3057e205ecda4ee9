package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.roster.RankedCandidate;
import java.util.List;

/**
 * The JSON contract of {@link RankedCandidate}: auto-detection off, every property named, reading through {@link RankedCandidate.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"rank", "expertId", "eligibility", "points", "reasons"})
@JsonDeserialize(builder = RankedCandidate.Builder.class)
public abstract class RankedCandidateMixIn {

  private RankedCandidateMixIn() {}

  @JsonProperty("rank")
  abstract int rank();

  @JsonProperty("expertId")
  abstract String expertId();

  @JsonProperty("eligibility")
  abstract Decision eligibility();

  @JsonProperty("points")
  abstract int points();

  @JsonProperty("reasons")
  abstract List<Reason> reasons();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("rank")
    abstract Object rank(int value);

    @JsonProperty("expertId")
    abstract Object expertId(String value);

    @JsonProperty("eligibility")
    abstract Object eligibility(Decision value);

    @JsonProperty("points")
    abstract Object points(int value);

    @JsonProperty("reasons")
    abstract Object addAllReasons(Iterable<? extends Reason> value);
  }
}
