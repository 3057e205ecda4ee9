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
import eu.mieux.model.ActionCode;
import eu.mieux.model.evaluation.CriterionScore;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.EvaluationFramework;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON contract of {@link Evaluation}: auto-detection off, every property named, reading through {@link Evaluation.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"framework", "actionCode", "actionTitle", "evaluatedOn", "scores"})
@JsonDeserialize(builder = Evaluation.Builder.class)
public abstract class EvaluationMixIn {

  private EvaluationMixIn() {}

  @JsonProperty("framework")
  abstract EvaluationFramework framework();

  @JsonProperty("actionCode")
  abstract Optional<ActionCode> actionCode();

  @JsonProperty("actionTitle")
  abstract String actionTitle();

  @JsonProperty("evaluatedOn")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate evaluatedOn();

  @JsonProperty("scores")
  abstract List<CriterionScore> scores();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("framework")
    abstract Object framework(EvaluationFramework value);

    @JsonProperty("actionCode")
    abstract Object actionCode(ActionCode value);

    @JsonProperty("actionTitle")
    abstract Object actionTitle(String value);

    @JsonProperty("evaluatedOn") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object evaluatedOn(LocalDate value);

    @JsonProperty("scores")
    abstract Object addAllScores(Iterable<? extends CriterionScore> value);
  }
}
