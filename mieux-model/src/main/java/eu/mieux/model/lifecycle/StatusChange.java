package eu.mieux.model.lifecycle;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One transition in an Action's history: the event, the states before and after, the date and, for a
 * steering-committee decision, why.
 *
 * <p>Invariants checked by {@code build()}: putting on hold, resuming and closing early record a
 * non-blank reason (R-LC14); only an approval records the EU Delegation's review (G-SC3).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class StatusChange {

  StatusChange() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a status change.
   *
   * @param event  the event, not null
   * @param from  the state before, not null
   * @param to  the state after, not null
   * @param date  the date of the event, not null
   * @return the status change
   */
  public static StatusChange of(LifecycleEvent event, ActionStatus from, ActionStatus to, LocalDate date) {
    return builder().event(event).from(from).to(to).date(date).build();
  }

  /**
   * Gets the event that caused the transition.
   *
   * @return the event
   */
  public abstract LifecycleEvent event();

  /**
   * Gets the state before the transition.
   *
   * @return the previous state
   */
  public abstract ActionStatus from();

  /**
   * Gets the state after the transition.
   *
   * @return the new state
   */
  public abstract ActionStatus to();

  /**
   * Gets the date of the event.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Gets why the transition happened, such as the political context that put Burundi I on hold.
   *
   * @return the reason, not blank; present for {@code put_on_hold}, {@code resume} and
   *     {@code close_early}, and for a closure the rules module applied
   */
  public abstract Optional<String> reason();

  /**
   * Checks if an approval was given after review with the EU Delegation (G-SC3).
   *
   * @return true if the approval records that review; false by default
   */
  @Value.Default
  public boolean reviewedByEuDelegation() {
    return false;
  }

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("date", date());
    reason().ifPresent(r -> Invariants.checkNotBlank("reason", r));
    checkState(!event().needsReason() || reason().isPresent(),
        "reason must be given for event %s (R-LC14), but was empty", event().code());
    checkState(!reviewedByEuDelegation() || event() == LifecycleEvent.APPROVE,
        "reviewedByEuDelegation must be false unless event is approve, but event was %s", event().code());
  }

  /** A builder of {@link StatusChange}. */
  public static final class Builder extends ImmutableStatusChange.Builder {
    /** Creates an empty builder; prefer {@link StatusChange#builder()}. */
    public Builder() {}
  }
}
