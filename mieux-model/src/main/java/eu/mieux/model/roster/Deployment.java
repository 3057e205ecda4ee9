package eu.mieux.model.roster;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deployment of an expert on an activity of an Action, as recorded in the Expert and Action
 * Roster (KM5; annual report 2018), with the evaluation made after it (E1).
 *
 * <p>The Action is named by its code when known ({@code 2016-16}) and always by its title, since
 * the texts give no code for many Actions (RULES.md §12).
 *
 * <p>Invariants checked by {@code build()}: the title is not blank; the end date is not before the
 * start date; the evaluation, if any, is dated on or after the end date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Deployment {

  Deployment() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the code of the Action, such as {@code 2016-16}.
   *
   * @return the code, or empty when the texts do not give it
   */
  public abstract Optional<ActionCode> actionCode();

  /**
   * Gets the title of the Action.
   *
   * @return the title, not blank
   */
  public abstract String actionTitle();

  /**
   * Gets the type of the activity the expert was deployed on.
   *
   * @return the activity type
   */
  public abstract ActivityType activityType();

  /**
   * Gets the first day of the deployment.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * Gets the last day of the deployment.
   *
   * @return the end date, on or after the start date
   */
  public abstract LocalDate endDate();

  /**
   * Gets the evaluation made after the deployment.
   *
   * @return the evaluation, or empty while none is recorded
   */
  public abstract Optional<DeploymentEvaluation> evaluation();

  /**
   * Gets the period of the deployment, inclusive at both ends.
   *
   * @return the period from start date to end date
   */
  public ValidityPeriod period() {
    return ValidityPeriod.of(startDate(), endDate());
  }

  /**
   * Checks if this deployment was on the given Action: same code when both have one, otherwise
   * same title.
   *
   * @param action  the Action, not null
   * @return true if the deployment names that Action
   */
  public boolean isOn(Action action) {
    Objects.requireNonNull(action, "action");
    return action.isNamedBy(actionCode(), actionTitle());
  }

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("startDate", startDate());
    Invariants.checkDocumentDate("endDate", endDate());
    Invariants.checkNotBlank("actionTitle", actionTitle());
    checkState(!endDate().isBefore(startDate()),
        "endDate must be on or after startDate %s, but was %s", startDate(), endDate());
    evaluation().ifPresent(e -> checkState(!e.evaluatedOn().isBefore(endDate()),
        "evaluation.evaluatedOn must be on or after endDate %s, but was %s", endDate(),
        e.evaluatedOn()));
  }

  /** A builder of {@link Deployment}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableDeployment.Builder {
    /** Creates an empty builder; prefer {@link Deployment#builder()}. */
    public Builder() {}
  }
}
