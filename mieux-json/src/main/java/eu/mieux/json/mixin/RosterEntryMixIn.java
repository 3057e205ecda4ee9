package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.RosterEntry;
import eu.mieux.model.theme.SubTopic;
import java.util.List;

/**
 * The JSON contract of {@link RosterEntry}: auto-detection off, every property named, reading through {@link RosterEntry.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"expert", "subTopics", "languages", "deployments", "unavailablePeriods"})
@JsonDeserialize(builder = RosterEntry.Builder.class)
public abstract class RosterEntryMixIn {

  private RosterEntryMixIn() {}

  @JsonProperty("expert")
  abstract Expert expert();

  @JsonProperty("subTopics")
  abstract List<SubTopic> subTopics();

  @JsonProperty("languages")
  abstract List<String> languages();

  @JsonProperty("deployments")
  abstract List<Deployment> deployments();

  @JsonProperty("unavailablePeriods")
  abstract List<ValidityPeriod> unavailablePeriods();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("expert")
    abstract Object expert(Expert value);

    @JsonProperty("subTopics")
    abstract Object addAllSubTopics(Iterable<? extends SubTopic> value);

    @JsonProperty("languages")
    abstract Object addAllLanguages(Iterable<String> value);

    @JsonProperty("deployments")
    abstract Object addAllDeployments(Iterable<? extends Deployment> value);

    @JsonProperty("unavailablePeriods")
    abstract Object addAllUnavailablePeriods(Iterable<? extends ValidityPeriod> value);
  }
}
