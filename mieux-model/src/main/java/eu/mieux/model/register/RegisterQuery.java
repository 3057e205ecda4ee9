package eu.mieux.model.register;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Region;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A query of the knowledge register: every criterion given must hold (logical and); an empty query
 * selects every entry.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class RegisterQuery {

  RegisterQuery() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the thematic area an entry must have.
   *
   * @return the area, or empty for any
   */
  public abstract Optional<ThematicArea> thematicArea();

  /**
   * Gets the sub-topic an entry must have.
   *
   * @return the sub-topic, or empty for any
   */
  public abstract Optional<SubTopic> subTopic();

  /**
   * Gets the region an entry must be in.
   *
   * @return the region, or empty for any
   */
  public abstract Optional<Region> region();

  /**
   * Gets the country an entry must name.
   *
   * @return the country, or empty for any
   */
  public abstract Optional<Country> country();

  /**
   * Gets the good-practice characteristic an entry must be credited with.
   *
   * @return the characteristic, or empty for any
   */
  public abstract Optional<GoodPracticeCharacteristic> characteristic();

  /**
   * Gets the deliverable type an entry must have produced.
   *
   * @return the type, or empty for any
   */
  public abstract Optional<DeliverableType> deliverableType();

  /**
   * Checks if an entry meets every criterion of this query.
   *
   * @param entry  the entry, not null
   * @return true if the entry is selected
   */
  public boolean matches(RegisterEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return thematicArea().map(entry.thematicAreas()::contains).orElse(true)
        && subTopic().map(entry.subTopics()::contains).orElse(true)
        && region().map(entry.regions()::contains).orElse(true)
        && country().map(entry.countries()::contains).orElse(true)
        && characteristic().map(entry.characteristics()::contains).orElse(true)
        && deliverableType().map(entry.deliverableTypes()::contains).orElse(true);
  }

  /** A builder of {@link RegisterQuery}. */
  public static final class Builder extends ImmutableRegisterQuery.Builder {
    /** Creates an empty builder; prefer {@link RegisterQuery#builder()}. */
    public Builder() {}
  }
}
