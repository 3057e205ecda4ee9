package eu.mieux.model.lifecycle;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One transition in an Action's history: the event, the states before and after, and the date.
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

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("date", date());
  }

  /** A builder of {@link StatusChange}. */
  public static final class Builder extends ImmutableStatusChange.Builder {
    /** Creates an empty builder; prefer {@link StatusChange#builder()}. */
    public Builder() {}
  }
}
