package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.roster.RosterEntry;
import java.util.List;

/**
 * The JSON contract of {@link Roster}: auto-detection off, every property named, reading through {@link Roster.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"members"})
@JsonDeserialize(builder = Roster.Builder.class)
public abstract class RosterMixIn {

  private RosterMixIn() {}

  @JsonProperty("members")
  abstract List<RosterEntry> members();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("members")
    abstract Object addAllMembers(Iterable<? extends RosterEntry> value);
  }
}
