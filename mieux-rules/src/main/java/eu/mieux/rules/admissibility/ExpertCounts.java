package eu.mieux.rules.admissibility;

import com.google.common.collect.ImmutableSortedMap;
import eu.mieux.model.action.Action;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The experts of one Action counted by origin and by profile, as the reports count them
 * (RULES.md §7 E2, E4; §11.5: EU member-state governmental, non-EU governmental, non-governmental).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpertCounts {

  private final ImmutableSortedMap<ExpertOrigin, Integer> byOrigin;
  private final ImmutableSortedMap<ExpertProfile, Integer> byProfile;
  private final int euGovernmental;
  private final int nonEuGovernmental;
  private final int nonGovernmental;

  private ExpertCounts(Action action) {
    Map<ExpertOrigin, Integer> origins = new EnumMap<>(ExpertOrigin.class);
    Map<ExpertProfile, Integer> profiles = new EnumMap<>(ExpertProfile.class);
    int euGov = 0;
    int nonEuGov = 0;
    int nonGov = 0;
    for (Expert expert : action.experts()) {
      origins.merge(expert.origin(), 1, Integer::sum);
      profiles.merge(expert.profile(), 1, Integer::sum);
      if (!expert.profile().isGovernmental()) {
        nonGov++;
      } else if (expert.origin() == ExpertOrigin.EU_MEMBER_STATE) {
        euGov++;
      } else {
        nonEuGov++;
      }
    }
    this.byOrigin = ImmutableSortedMap.copyOf(origins);
    this.byProfile = ImmutableSortedMap.copyOf(profiles);
    this.euGovernmental = euGov;
    this.nonEuGovernmental = nonEuGov;
    this.nonGovernmental = nonGov;
  }

  /**
   * Obtains the counts of an Action's experts.
   *
   * @param action  the Action, not null
   * @return the counts
   */
  public static ExpertCounts of(Action action) {
    return new ExpertCounts(Objects.requireNonNull(action, "action"));
  }

  /**
   * Gets the number of experts by origin; origins with no expert are absent.
   *
   * @return the counts, in declaration order
   */
  public Map<ExpertOrigin, Integer> byOrigin() {
    return byOrigin;
  }

  /**
   * Gets the number of experts by profile; profiles with no expert are absent.
   *
   * @return the counts, in declaration order
   */
  public Map<ExpertProfile, Integer> byProfile() {
    return byProfile;
  }

  /**
   * Gets the number of governmental experts from EU member states.
   *
   * @return the count
   */
  public int euGovernmental() {
    return euGovernmental;
  }

  /**
   * Gets the number of governmental experts from non-EU countries.
   *
   * @return the count
   */
  public int nonEuGovernmental() {
    return nonEuGovernmental;
  }

  /**
   * Gets the number of non-governmental experts (NGO, academic, international organisation ...).
   *
   * @return the count
   */
  public int nonGovernmental() {
    return nonGovernmental;
  }

  /**
   * Gets the total number of experts.
   *
   * @return the count
   */
  public int total() {
    return euGovernmental + nonEuGovernmental + nonGovernmental;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExpertCounts other && byOrigin.equals(other.byOrigin) && byProfile.equals(other.byProfile);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byOrigin, byProfile);
  }

  /**
   * Returns the counts as the reports give them, such as {@code 3 EU member-state governmental,
   * 1 non-EU governmental, 0 non-governmental}.
   *
   * @return a readable summary
   */
  @Override
  public String toString() {
    return euGovernmental + " EU member-state governmental, " + nonEuGovernmental + " non-EU governmental, "
        + nonGovernmental + " non-governmental";
  }
}
