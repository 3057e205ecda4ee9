package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.decision.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The JSON contract of {@link Finding}: auto-detection off, every property named, reading through {@link Finding.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"ruleId", "severity", "path", "message", "country", "legalBases"})
@JsonDeserialize(builder = Finding.Builder.class)
public abstract class FindingMixIn {

  private FindingMixIn() {}

  @JsonProperty("ruleId")
  abstract RuleId ruleId();

  @JsonProperty("severity")
  abstract Severity severity();

  @JsonProperty("path")
  abstract String path();

  @JsonProperty("message")
  abstract String message();

  @JsonProperty("country")
  abstract Optional<Country> country();

  @JsonProperty("legalBases")
  abstract List<LegalBasis> legalBases();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("ruleId")
    abstract Object ruleId(RuleId value);

    @JsonProperty("severity")
    abstract Object severity(Severity value);

    @JsonProperty("path")
    abstract Object path(String value);

    @JsonProperty("message")
    abstract Object message(String value);

    @JsonProperty("country")
    abstract Object country(Country value);

    @JsonProperty("legalBases")
    abstract Object addAllLegalBases(Iterable<? extends LegalBasis> value);
  }
}
