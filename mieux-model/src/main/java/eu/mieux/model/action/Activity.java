package eu.mieux.model.action;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One individual element of an Action, such as a fact-finding mission or a study visit (RULES.md §2,
 * §2.1; annual report 2018).
 *
 * <p>Invariants checked by {@code build()}: the end date is not before the start date; the title, if
 * given, is not blank; no expert is listed twice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Activity {

  Activity() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the type of activity.
   *
   * @return the activity type
   */
  public abstract ActivityType type();

  /**
   * Gets a short title, such as {@code Study visit to the Netherlands}.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Gets the first day of the activity.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * Gets the last day of the activity.
   *
   * @return the end date, on or after the start date
   */
  public abstract LocalDate endDate();

  /**
   * Gets the country where the activity takes place; a study visit takes place in an EU member state.
   *
   * @return the country, or empty for remote activities or when unknown
   */
  public abstract Optional<Country> location();

  /**
   * Gets the ids of the experts deployed for this activity, as in {@code Expert.id()}.
   *
   * @return the expert ids, without duplicates, possibly empty
   */
  public abstract List<String> expertIds();

  /**
   * Gets the period of the activity, inclusive at both ends.
   *
   * @return the period from start date to end date
   */
  public ValidityPeriod period() {
    return ValidityPeriod.of(startDate(), endDate());
  }

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("startDate", startDate());
    Invariants.checkDocumentDate("endDate", endDate());
    checkState(!endDate().isBefore(startDate()),
        "endDate must be on or after startDate %s, but was %s", startDate(), endDate());
    title().ifPresent(t -> Invariants.checkNotBlank("title", t));
    Invariants.checkNoDuplicates("expertIds", expertIds());
  }

  /** A builder of {@link Activity}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableActivity.Builder {
    /** Creates an empty builder; prefer {@link Activity#builder()}. */
    public Builder() {}
  }
}
