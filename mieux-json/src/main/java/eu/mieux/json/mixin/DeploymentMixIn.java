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
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.DeploymentEvaluation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON contract of {@link Deployment}: auto-detection off, every property named, reading through {@link Deployment.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"actionCode", "actionTitle", "activityType", "startDate", "endDate", "evaluation"})
@JsonDeserialize(builder = Deployment.Builder.class)
public abstract class DeploymentMixIn {

  private DeploymentMixIn() {}

  @JsonProperty("actionCode")
  abstract Optional<ActionCode> actionCode();

  @JsonProperty("actionTitle")
  abstract String actionTitle();

  @JsonProperty("activityType")
  abstract ActivityType activityType();

  @JsonProperty("startDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate startDate();

  @JsonProperty("endDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate endDate();

  @JsonProperty("evaluation")
  abstract Optional<DeploymentEvaluation> evaluation();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("actionCode")
    abstract Object actionCode(ActionCode value);

    @JsonProperty("actionTitle")
    abstract Object actionTitle(String value);

    @JsonProperty("activityType")
    abstract Object activityType(ActivityType value);

    @JsonProperty("startDate") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object startDate(LocalDate value);

    @JsonProperty("endDate") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object endDate(LocalDate value);

    @JsonProperty("evaluation")
    abstract Object evaluation(DeploymentEvaluation value);
  }
}
