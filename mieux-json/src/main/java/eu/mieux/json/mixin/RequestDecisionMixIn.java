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
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RequestDecision;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON contract of {@link RequestDecision}: auto-detection off, every property named, reading through {@link RequestDecision.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"date", "outcome", "countries", "reasons"})
@JsonDeserialize(builder = RequestDecision.Builder.class)
public abstract class RequestDecisionMixIn {

  private RequestDecisionMixIn() {}

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate date();

  @JsonProperty("outcome")
  abstract Outcome outcome();

  @JsonProperty("countries")
  abstract List<CountryDecision> countries();

  @JsonProperty("reasons")
  abstract List<Reason> reasons();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("date") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object date(LocalDate value);

    @JsonProperty("outcome")
    abstract Object outcome(Outcome value);

    @JsonProperty("countries")
    abstract Object addAllCountries(Iterable<? extends CountryDecision> value);

    @JsonProperty("reasons")
    abstract Object addAllReasons(Iterable<? extends Reason> value);
  }
}
