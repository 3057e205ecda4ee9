package eu.mieux.model.roster;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import eu.mieux.model.internal.Quote;

/**
 * The Expert and Action Roster (EAR): MIEUX's internal, non-public database of experts (KM5;
 * annual report 2018, 10-year report p. 11-16).
 *
 * <p>Invariant checked by {@code build()}: no expert id twice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Roster {

  Roster() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a roster of the given entries.
   *
   * @param members  the entries, not null, no expert id twice
   * @return the roster
   * @throws IllegalStateException if an expert id repeats
   */
  public static Roster of(Iterable<RosterEntry> members) {
    return builder().addAllMembers(members).build();
  }

  /**
   * Gets the entries, in the order given.
   *
   * @return the entries, no expert id twice, possibly empty
   */
  public abstract List<RosterEntry> members();

  /**
   * Finds the entry of an expert.
   *
   * @param expertId  the expert id, not null
   * @return the entry, or empty if the expert is not in the roster
   */
  public Optional<RosterEntry> member(String expertId) {
    Objects.requireNonNull(expertId, "expertId");
    return members().stream().filter(m -> m.id().equals(expertId)).findFirst();
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < members().size(); i++) {
      checkState(ids.add(members().get(i).id()),
          "members must not repeat an expert id, but members[%s] repeats %s", i,
          Quote.of(members().get(i).id()));
    }
  }

  /** A builder of {@link Roster}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableRoster.Builder {
    /** Creates an empty builder; prefer {@link Roster#builder()}. */
    public Builder() {}
  }
}
