package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.evaluation.Review;
import eu.mieux.model.evaluation.ReviewFrequency;

/**
 * The JSON contract of {@link Review}: auto-detection off, every property named, reading through {@link Review.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"frequency", "period"})
@JsonDeserialize(builder = Review.Builder.class)
public abstract class ReviewMixIn {

  private ReviewMixIn() {}

  @JsonProperty("frequency")
  abstract ReviewFrequency frequency();

  @JsonProperty("period")
  abstract ValidityPeriod period();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("frequency")
    abstract Object frequency(ReviewFrequency value);

    @JsonProperty("period")
    abstract Object period(ValidityPeriod value);
  }
}
