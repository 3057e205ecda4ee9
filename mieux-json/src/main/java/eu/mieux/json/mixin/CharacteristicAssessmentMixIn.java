package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.practice.AssessmentStatus;
import eu.mieux.model.practice.CharacteristicAssessment;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.util.List;

/**
 * The JSON contract of {@link CharacteristicAssessment}: auto-detection off, every property named, reading through {@link CharacteristicAssessment.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"characteristic", "status", "evidence", "weight"})
@JsonDeserialize(builder = CharacteristicAssessment.Builder.class)
public abstract class CharacteristicAssessmentMixIn {

  private CharacteristicAssessmentMixIn() {}

  @JsonProperty("characteristic")
  abstract GoodPracticeCharacteristic characteristic();

  @JsonProperty("status")
  abstract AssessmentStatus status();

  @JsonProperty("evidence")
  abstract List<Evidence> evidence();

  @JsonProperty("weight")
  abstract int weight();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("characteristic")
    abstract Object characteristic(GoodPracticeCharacteristic value);

    @JsonProperty("status")
    abstract Object status(AssessmentStatus value);

    @JsonProperty("evidence")
    abstract Object addAllEvidence(Iterable<? extends Evidence> value);

    @JsonProperty("weight")
    abstract Object weight(int value);
  }
}
