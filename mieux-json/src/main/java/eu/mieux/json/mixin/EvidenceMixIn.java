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
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.EvidenceKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON contract of {@link Evidence}: auto-detection off, every property named, reading through {@link Evidence.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"kind", "statement", "source", "date"})
@JsonDeserialize(builder = Evidence.Builder.class)
public abstract class EvidenceMixIn {

  private EvidenceMixIn() {}

  @JsonProperty("kind")
  abstract EvidenceKind kind();

  @JsonProperty("statement")
  abstract String statement();

  @JsonProperty("source")
  abstract String source();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> date();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("kind")
    abstract Object kind(EvidenceKind value);

    @JsonProperty("statement")
    abstract Object statement(String value);

    @JsonProperty("source")
    abstract Object source(String value);

    @JsonProperty("date") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object date(LocalDate value);
  }
}
