package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.practice.CharacteristicAssessment;
import eu.mieux.model.practice.GoodPracticeAssessment;
import java.util.List;

/**
 * The JSON contract of {@link GoodPracticeAssessment}: auto-detection off, every property named, reading through {@link GoodPracticeAssessment.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"action", "characteristics", "candidateThreshold", "outcome", "reasons"})
@JsonDeserialize(builder = GoodPracticeAssessment.Builder.class)
public abstract class GoodPracticeAssessmentMixIn {

  private GoodPracticeAssessmentMixIn() {}

  @JsonProperty("action")
  abstract Action action();

  @JsonProperty("characteristics")
  abstract List<CharacteristicAssessment> characteristics();

  @JsonProperty("candidateThreshold")
  abstract int candidateThreshold();

  @JsonProperty("outcome")
  abstract Outcome outcome();

  @JsonProperty("reasons")
  abstract List<Reason> reasons();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("action")
    abstract Object action(Action value);

    @JsonProperty("characteristics")
    abstract Object addAllCharacteristics(Iterable<? extends CharacteristicAssessment> value);

    @JsonProperty("candidateThreshold")
    abstract Object candidateThreshold(int value);

    @JsonProperty("outcome")
    abstract Object outcome(Outcome value);

    @JsonProperty("reasons")
    abstract Object addAllReasons(Iterable<? extends Reason> value);
  }
}
