package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.RankedCandidate;
import java.util.List;

/**
 * The JSON contract of {@link ExpertRanking}: auto-detection off, every property named, reading through {@link ExpertRanking.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"dates", "candidates"})
@JsonDeserialize(builder = ExpertRanking.Builder.class)
public abstract class ExpertRankingMixIn {

  private ExpertRankingMixIn() {}

  @JsonProperty("dates")
  abstract List<ValidityPeriod> dates();

  @JsonProperty("candidates")
  abstract List<RankedCandidate> candidates();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("dates")
    abstract Object addAllDates(Iterable<? extends ValidityPeriod> value);

    @JsonProperty("candidates")
    abstract Object addAllCandidates(Iterable<? extends RankedCandidate> value);
  }
}
