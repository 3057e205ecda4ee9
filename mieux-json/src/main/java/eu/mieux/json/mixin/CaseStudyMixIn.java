package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.json.deser.DistinctElementsDeserializer;
import eu.mieux.model.action.Action;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import java.util.List;
import java.util.SortedSet;

/**
 * The JSON contract of {@link CaseStudy}: auto-detection off, every property named, reading through {@link CaseStudy.Builder}.
 *
 * <p>{@code credited} is written in the characteristics' natural order and refused on read if an element repeats.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"number", "title", "action", "evidence", "evidenceNotCredited", "credited", "source"})
@JsonDeserialize(builder = CaseStudy.Builder.class)
public abstract class CaseStudyMixIn {

  private CaseStudyMixIn() {}

  @JsonProperty("number")
  abstract int number();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("action")
  abstract Action action();

  @JsonProperty("evidence")
  abstract List<Evidence> evidence();

  @JsonProperty("evidenceNotCredited")
  abstract List<Evidence> evidenceNotCredited();

  @JsonProperty("credited")
  abstract SortedSet<GoodPracticeCharacteristic> credited();

  @JsonProperty("source")
  abstract String source();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("number")
    abstract Object number(int value);

    @JsonProperty("title")
    abstract Object title(String value);

    @JsonProperty("action")
    abstract Object action(Action value);

    @JsonProperty("evidence")
    abstract Object addAllEvidence(Iterable<? extends Evidence> value);

    @JsonProperty("evidenceNotCredited")
    abstract Object addAllEvidenceNotCredited(Iterable<? extends Evidence> value);

    @JsonProperty("credited")
    @JsonDeserialize(using = DistinctElementsDeserializer.class)
    abstract Object addAllCredited(Iterable<? extends GoodPracticeCharacteristic> value);

    @JsonProperty("source")
    abstract Object source(String value);
  }
}
