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
import eu.mieux.model.evaluation.ActivityFeedback;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON contract of {@link ActivityFeedback}: auto-detection off, every property named, reading through {@link ActivityFeedback.Builder}.
 *
 * <p>{@code respondents} defaults to 1 in the model; it is always written and may be omitted on read.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"activityIndex", "respondents", "receivedOn", "rating", "comment"})
@JsonDeserialize(builder = ActivityFeedback.Builder.class)
public abstract class ActivityFeedbackMixIn {

  private ActivityFeedbackMixIn() {}

  @JsonProperty("activityIndex")
  abstract int activityIndex();

  @JsonProperty("respondents")
  abstract int respondents();

  @JsonProperty("receivedOn")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate receivedOn();

  @JsonProperty("rating")
  abstract Optional<Integer> rating();

  @JsonProperty("comment")
  abstract Optional<String> comment();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("activityIndex")
    abstract Object activityIndex(int value);

    @JsonProperty("respondents")
    abstract Object respondents(int value);

    @JsonProperty("receivedOn") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object receivedOn(LocalDate value);

    @JsonProperty("rating")
    abstract Object rating(int value);

    @JsonProperty("comment")
    abstract Object comment(String value);
  }
}
