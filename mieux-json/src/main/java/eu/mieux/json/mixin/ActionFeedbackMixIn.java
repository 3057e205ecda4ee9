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
import eu.mieux.model.evaluation.ActionFeedback;
import eu.mieux.model.evaluation.ActionFeedbackSource;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON contract of {@link ActionFeedback}: auto-detection off, every property named, reading through {@link ActionFeedback.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"source", "receivedOn", "rating", "comment"})
@JsonDeserialize(builder = ActionFeedback.Builder.class)
public abstract class ActionFeedbackMixIn {

  private ActionFeedbackMixIn() {}

  @JsonProperty("source")
  abstract ActionFeedbackSource source();

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

    @JsonProperty("source")
    abstract Object source(ActionFeedbackSource value);

    @JsonProperty("receivedOn") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object receivedOn(LocalDate value);

    @JsonProperty("rating")
    abstract Object rating(int value);

    @JsonProperty("comment")
    abstract Object comment(String value);
  }
}
