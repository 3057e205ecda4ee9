package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.mieux.json.deser.DistinctElementsDeserializer;
import eu.mieux.json.deser.IsoDateDeserializer;
import eu.mieux.json.ser.IsoDateSerializer;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The JSON contract of {@link CountryDecision}: auto-detection off, every property named, reading through {@link CountryDecision.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"country", "holdsFrom", "holdsUntil", "outcome", "instruments", "acceptedQualities", "coverage", "setAside", "reasons"})
@JsonDeserialize(builder = CountryDecision.Builder.class)
public abstract class CountryDecisionMixIn {

  private CountryDecisionMixIn() {}

  @JsonProperty("country")
  abstract Country country();

  @JsonProperty("holdsFrom")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> holdsFrom();

  @JsonProperty("holdsUntil")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> holdsUntil();

  @JsonProperty("outcome")
  abstract Outcome outcome();

  @JsonProperty("instruments")
  abstract SortedSet<Instrument> instruments();

  @JsonProperty("acceptedQualities")
  abstract SortedSet<DataQuality> acceptedQualities();

  @JsonProperty("coverage")
  abstract List<LegalBasis> coverage();

  @JsonProperty("setAside")
  abstract List<LegalBasis> setAside();

  @JsonProperty("reasons")
  abstract List<Reason> reasons();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("country")
    abstract Object country(Country value);

    @JsonProperty("holdsFrom") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object holdsFrom(LocalDate value);

    @JsonProperty("holdsUntil") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object holdsUntil(LocalDate value);

    @JsonProperty("outcome")
    abstract Object outcome(Outcome value);

    @JsonProperty("instruments")
    @JsonDeserialize(using = DistinctElementsDeserializer.class)
    abstract Object addAllInstruments(Iterable<? extends Instrument> value);

    @JsonProperty("acceptedQualities")
    @JsonDeserialize(using = DistinctElementsDeserializer.class)
    abstract Object addAllAcceptedQualities(Iterable<? extends DataQuality> value);

    @JsonProperty("coverage")
    abstract Object addAllCoverage(Iterable<? extends LegalBasis> value);

    @JsonProperty("setAside")
    abstract Object addAllSetAside(Iterable<? extends LegalBasis> value);

    @JsonProperty("reasons")
    abstract Object addAllReasons(Iterable<? extends Reason> value);
  }
}
