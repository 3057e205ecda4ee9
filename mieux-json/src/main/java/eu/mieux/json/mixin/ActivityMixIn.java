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
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.country.Country;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON contract of {@link Activity}: auto-detection off, every property named, reading through {@link Activity.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"type", "title", "startDate", "endDate", "location", "expertIds"})
@JsonDeserialize(builder = Activity.Builder.class)
public abstract class ActivityMixIn {

  private ActivityMixIn() {}

  @JsonProperty("type")
  abstract ActivityType type();

  @JsonProperty("title")
  abstract Optional<String> title();

  @JsonProperty("startDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate startDate();

  @JsonProperty("endDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate endDate();

  @JsonProperty("location")
  abstract Optional<Country> location();

  @JsonProperty("expertIds")
  abstract List<String> expertIds();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("type")
    abstract Object type(ActivityType value);

    @JsonProperty("title")
    abstract Object title(String value);

    @JsonProperty("startDate") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object startDate(LocalDate value);

    @JsonProperty("endDate") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object endDate(LocalDate value);

    @JsonProperty("location")
    abstract Object location(Country value);

    @JsonProperty("expertIds")
    abstract Object addAllExpertIds(Iterable<String> value);
  }
}
