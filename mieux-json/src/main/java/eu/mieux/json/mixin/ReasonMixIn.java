package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * The JSON contract of {@link Reason}: auto-detection off, every property named.
 *
 * <p>Serialization only: {@code eu.mieux.json.deser.ReasonDeserializer} reads it, because the
 * derived {@code quality} has no builder initializer.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"ruleId", "outcome", "message", "country", "legalBases", "quality"})
public abstract class ReasonMixIn {

  private ReasonMixIn() {}

  @JsonProperty("ruleId")
  abstract RuleId ruleId();

  @JsonProperty("outcome")
  abstract Outcome outcome();

  @JsonProperty("message")
  abstract String message();

  @JsonProperty("country")
  abstract Optional<Country> country();

  @JsonProperty("legalBases")
  abstract List<LegalBasis> legalBases();

  @JsonProperty("quality")
  abstract DataQuality quality();
}
