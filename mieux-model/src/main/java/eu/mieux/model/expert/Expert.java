package eu.mieux.model.expert;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.country.Country;
import eu.mieux.model.internal.Invariants;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A competent professional MIEUX deploys to carry out the activities of an Action: usually a civil
 * servant of an EU member state, or of a non-EU country for a "southern" expert (RULES.md §2, §7).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Expert {

  Expert() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the expert's id in the Expert and Action Roster, shared with focal points (E5).
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Gets the expert's display name.
   *
   * @return the name, or empty when withheld
   */
  public abstract Optional<String> name();

  /**
   * Gets whether the expert comes from an EU member state or a non-EU country.
   *
   * @return the origin
   */
  public abstract ExpertOrigin origin();

  /**
   * Gets the expert's professional profile.
   *
   * @return the profile
   */
  public abstract ExpertProfile profile();

  /**
   * Gets the expert's nationality or home country.
   *
   * @return the country, or empty if not recorded
   */
  public abstract Optional<Country> nationality();

  /**
   * Gets the institution the expert works for, such as {@code Portuguese Immigration and Borders Service}.
   *
   * @return the institution, or empty
   */
  public abstract Optional<String> institution();

  @Value.Check
  void check() {
    Invariants.checkNotBlank("id", id());
    name().ifPresent(n -> Invariants.checkNotBlank("name", n));
    institution().ifPresent(n -> Invariants.checkNotBlank("institution", n));
  }

  /** A builder of {@link Expert}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableExpert.Builder {
    /** Creates an empty builder; prefer {@link Expert#builder()}. */
    public Builder() {}
  }
}
