package eu.mieux.model.action;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The Action Fiche: the first participatory exercise of an Action, drafted jointly by the MIEUX team,
 * the steering committee and the partner authority (RULES.md §2; annual report 2018, 10-year report p. 11-16).
 *
 * <p>It holds the intervention logic, the partner country's institutional framework on migration and
 * an overview of the planned activities. Whether all three parties took part is a rule (R-LC2)
 * checked by the lifecycle, not an invariant: a fiche drafted without the steering committee can be
 * represented, and is refused at approval.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class ActionFiche {

  ActionFiche() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the parties that took part in drafting the fiche.
   *
   * @return the parties, in declaration order
   */
  @Value.NaturalOrder
  public abstract SortedSet<FicheParty> draftedBy();

  /**
   * Gets the intervention logic.
   *
   * @return the text, or empty if not recorded
   */
  public abstract Optional<String> interventionLogic();

  /**
   * Gets the description of the partner country's institutional framework on migration.
   *
   * @return the text, or empty if not recorded
   */
  public abstract Optional<String> institutionalFramework();

  /**
   * Gets the overview of planned activities, in their logical sequence.
   *
   * @return the planned activity types, possibly empty
   */
  public abstract List<ActivityType> plannedActivities();

  /**
   * Gets the capacity levels the fiche addresses.
   *
   * @return the levels, in declaration order
   */
  @Value.NaturalOrder
  public abstract SortedSet<CapacityLevel> capacityLevels();

  /**
   * Checks if all three parties took part in drafting (R-LC2).
   *
   * @return true if the MIEUX team, the steering committee and the partner authority all took part
   */
  public boolean isDraftedByAllParties() {
    return draftedBy().size() == FicheParty.values().length;
  }

  @Value.Check
  void check() {
    interventionLogic().ifPresent(t -> Invariants.checkNotBlank("interventionLogic", t));
    institutionalFramework().ifPresent(t -> Invariants.checkNotBlank("institutionalFramework", t));
  }

  /** A builder of {@link ActionFiche}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableActionFiche.Builder {
    /** Creates an empty builder; prefer {@link ActionFiche#builder()}. */
    public Builder() {}
  }
}
