package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.evaluation.CriterionScore;
import eu.mieux.model.evaluation.EvaluationCriterion;
import eu.mieux.model.evaluation.EvaluationEvidence;
import java.util.List;

/**
 * The JSON contract of {@link CriterionScore}: auto-detection off, every property named, reading through {@link CriterionScore.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"criterion", "score", "evidence", "explanation"})
@JsonDeserialize(builder = CriterionScore.Builder.class)
public abstract class CriterionScoreMixIn {

  private CriterionScoreMixIn() {}

  @JsonProperty("criterion")
  abstract EvaluationCriterion criterion();

  @JsonProperty("score")
  abstract int score();

  @JsonProperty("evidence")
  abstract List<EvaluationEvidence> evidence();

  @JsonProperty("explanation")
  abstract String explanation();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("criterion")
    abstract Object criterion(EvaluationCriterion value);

    @JsonProperty("score")
    abstract Object score(int value);

    @JsonProperty("evidence")
    abstract Object addAllEvidence(Iterable<? extends EvaluationEvidence> value);

    @JsonProperty("explanation")
    abstract Object explanation(String value);
  }
}
