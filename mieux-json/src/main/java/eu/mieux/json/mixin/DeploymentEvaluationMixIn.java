package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.mieux.json.deser.IsoDateDeserializer;
import eu.mieux.json.ser.IsoDateSerializer;
import eu.mieux.model.roster.DeploymentEvaluation;
import java.time.LocalDate;

/**
 * The JSON contract of {@link DeploymentEvaluation}: auto-detection off, every property named, reading through {@link DeploymentEvaluation.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"evaluatedOn", "score", "comment"})
@JsonDeserialize(builder = DeploymentEvaluation.Builder.class)
public abstract class DeploymentEvaluationMixIn {

  private DeploymentEvaluationMixIn() {}

  @JsonProperty("evaluatedOn")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate evaluatedOn();

  @JsonProperty("score")
  abstract int score();

  @JsonProperty("comment")
  abstract String comment();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("evaluatedOn") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object evaluatedOn(LocalDate value);

    @JsonProperty("score")
    abstract Object score(int value);

    @JsonProperty("comment")
    abstract Object comment(String value);
  }
}
