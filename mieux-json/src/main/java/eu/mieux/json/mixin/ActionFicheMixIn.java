package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.json.deser.DistinctElementsDeserializer;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.CapacityLevel;
import eu.mieux.model.action.FicheParty;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The JSON contract of {@link ActionFiche}: auto-detection off, every property named, reading through {@link ActionFiche.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"draftedBy", "interventionLogic", "institutionalFramework", "plannedActivities", "capacityLevels"})
@JsonDeserialize(builder = ActionFiche.Builder.class)
public abstract class ActionFicheMixIn {

  private ActionFicheMixIn() {}

  @JsonProperty("draftedBy")
  abstract SortedSet<FicheParty> draftedBy();

  @JsonProperty("interventionLogic")
  abstract Optional<String> interventionLogic();

  @JsonProperty("institutionalFramework")
  abstract Optional<String> institutionalFramework();

  @JsonProperty("plannedActivities")
  abstract List<ActivityType> plannedActivities();

  @JsonProperty("capacityLevels")
  abstract SortedSet<CapacityLevel> capacityLevels();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("draftedBy")
    @JsonDeserialize(using = DistinctElementsDeserializer.class)
    abstract Object addAllDraftedBy(Iterable<? extends FicheParty> value);

    @JsonProperty("interventionLogic")
    abstract Object interventionLogic(String value);

    @JsonProperty("institutionalFramework")
    abstract Object institutionalFramework(String value);

    @JsonProperty("plannedActivities")
    abstract Object addAllPlannedActivities(Iterable<? extends ActivityType> value);

    @JsonProperty("capacityLevels")
    @JsonDeserialize(using = DistinctElementsDeserializer.class)
    abstract Object addAllCapacityLevels(Iterable<? extends CapacityLevel> value);
  }
}
