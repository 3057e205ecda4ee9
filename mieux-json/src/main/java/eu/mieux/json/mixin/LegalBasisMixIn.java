package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import java.util.Optional;

/**
 * The JSON contract of {@link LegalBasis}: auto-detection off, every property named, reading through {@link LegalBasis.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"instrument", "period", "basis", "source", "quality"})
@JsonDeserialize(builder = LegalBasis.Builder.class)
public abstract class LegalBasisMixIn {

  private LegalBasisMixIn() {}

  @JsonProperty("instrument")
  abstract Optional<Instrument> instrument();

  @JsonProperty("period")
  abstract Optional<ValidityPeriod> period();

  @JsonProperty("basis")
  abstract String basis();

  @JsonProperty("source")
  abstract String source();

  @JsonProperty("quality")
  abstract DataQuality quality();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("instrument")
    abstract Object instrument(Instrument value);

    @JsonProperty("period")
    abstract Object period(ValidityPeriod value);

    @JsonProperty("basis")
    abstract Object basis(String value);

    @JsonProperty("source")
    abstract Object source(String value);

    @JsonProperty("quality")
    abstract Object quality(DataQuality value);
  }
}
