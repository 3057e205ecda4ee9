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
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.DeliverableType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON contract of {@link Deliverable}: auto-detection off, every property named, reading through {@link Deliverable.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"type", "title", "adoptedOn"})
@JsonDeserialize(builder = Deliverable.Builder.class)
public abstract class DeliverableMixIn {

  private DeliverableMixIn() {}

  @JsonProperty("type")
  abstract DeliverableType type();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("adoptedOn")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> adoptedOn();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("type")
    abstract Object type(DeliverableType value);

    @JsonProperty("title")
    abstract Object title(String value);

    @JsonProperty("adoptedOn") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object adoptedOn(LocalDate value);
  }
}
