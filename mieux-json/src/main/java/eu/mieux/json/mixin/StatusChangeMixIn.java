package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.mieux.json.deser.IsoDateDeserializer;
import eu.mieux.json.ser.IsoDateSerializer;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON contract of {@link StatusChange}: auto-detection off, every property named, reading through {@link StatusChange.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"event", "from", "to", "date", "reason", "reviewedByEuDelegation"})
@JsonDeserialize(builder = StatusChange.Builder.class)
public abstract class StatusChangeMixIn {

  private StatusChangeMixIn() {}

  @JsonProperty("event")
  abstract LifecycleEvent event();

  @JsonProperty("from")
  abstract ActionStatus from();

  @JsonProperty("to")
  abstract ActionStatus to();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate date();

  @JsonProperty("reason")
  abstract Optional<String> reason();

  @JsonProperty("reviewedByEuDelegation") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  abstract boolean reviewedByEuDelegation();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("event")
    abstract Object event(LifecycleEvent value);

    @JsonProperty("from")
    abstract Object from(ActionStatus value);

    @JsonProperty("to")
    abstract Object to(ActionStatus value);

    @JsonProperty("date") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object date(LocalDate value);

    @JsonProperty("reason")
    abstract Object reason(String value);

    @JsonProperty("reviewedByEuDelegation")
    abstract Object reviewedByEuDelegation(boolean value);
  }
}
