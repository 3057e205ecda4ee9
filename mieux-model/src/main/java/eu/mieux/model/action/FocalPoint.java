package eu.mieux.model.action;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner-country contact person for an Action, usually a civil servant, head of unit or director
 * (RULES.md §2; R-LC9). A focal point may serve as an expert in another Action (E5): the
 * {@link #personId()} is in the same namespace as {@code Expert.id()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class FocalPoint {

  FocalPoint() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the person's id, shared with the expert roster.
   *
   * @return the id, not blank
   */
  public abstract String personId();

  /**
   * Gets the institution the focal point works for, such as {@code DATIP}.
   *
   * @return the institution, not blank
   */
  public abstract String institution();

  /**
   * Gets the focal point's profile, operational or strategic (R-LC9, Thailand).
   *
   * @return the profile, or empty if not recorded
   */
  public abstract Optional<String> profile();

  @Value.Check
  void check() {
    Invariants.checkNotBlank("personId", personId());
    Invariants.checkNotBlank("institution", institution());
    profile().ifPresent(p -> Invariants.checkNotBlank("profile", p));
  }

  /** A builder of {@link FocalPoint}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableFocalPoint.Builder {
    /** Creates an empty builder; prefer {@link FocalPoint#builder()}. */
    public Builder() {}
  }
}
