package eu.mieux.model.action;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product an Action leaves behind, such as a manual, SOPs or a national policy (RULES.md §2.2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Deliverable {

  Deliverable() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a deliverable from its type and title.
   *
   * @param type  the deliverable type, not null
   * @param title  the title, not blank
   * @return the deliverable
   */
  public static Deliverable of(DeliverableType type, String title) {
    return builder().type(type).title(title).build();
  }

  /**
   * Gets the type of deliverable.
   *
   * @return the type
   */
  public abstract DeliverableType type();

  /**
   * Gets the title, such as {@code Guidelines on smuggling of migrants}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Gets the date the deliverable was adopted or validated by the partner, if known.
   *
   * @return the adoption date, or empty
   */
  public abstract Optional<LocalDate> adoptedOn();

  @Value.Check
  void check() {
    adoptedOn().ifPresent(d -> Invariants.checkDocumentDate("adoptedOn", d));
    Invariants.checkNotBlank("title", title());
  }

  /** A builder of {@link Deliverable}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableDeliverable.Builder {
    /** Creates an empty builder; prefer {@link Deliverable#builder()}. */
    public Builder() {}
  }
}
