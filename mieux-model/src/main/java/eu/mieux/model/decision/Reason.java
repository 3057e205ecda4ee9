package eu.mieux.model.decision;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.country.Country;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import eu.mieux.model.internal.Invariants;

/**
 * One explained step of a decision: which rule was applied, what it concluded and on what basis.
 *
 * <p>The {@link #message()} is one English sentence built from the structured fields; callers should
 * read {@link #ruleId()}, {@link #outcome()}, {@link #country()} and {@link #legalBases()} rather than
 * parse it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Reason {

  Reason() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the rule this reason applies, such as {@code R-EL1}.
   *
   * @return the rule id
   */
  public abstract RuleId ruleId();

  /**
   * Gets what the rule concluded on its own.
   *
   * @return the outcome of this step
   */
  public abstract Outcome outcome();

  /**
   * Gets the English sentence that explains this step.
   *
   * @return the sentence, not blank
   */
  public abstract String message();

  /**
   * Gets the country this reason is about, for multi-country decisions.
   *
   * @return the country, or empty when the reason is not about one country
   */
  public abstract Optional<Country> country();

  /**
   * Gets what backs this reason, in the order it was applied.
   *
   * @return the legal bases, possibly empty
   */
  public abstract List<LegalBasis> legalBases();

  /**
   * Gets the worst quality among the legal bases.
   *
   * @return the data quality, {@link DataQuality#VERIFIED} when there is no legal basis
   */
  @Value.Derived
  @Value.Auxiliary
  public DataQuality quality() {
    DataQuality worst = DataQuality.VERIFIED;
    for (LegalBasis basis : legalBases()) {
      worst = worst.worst(basis.quality());
    }
    return worst;
  }

  @Value.Check
  void check() {
    Invariants.checkNotBlank("message", message());
  }

  /** A builder of {@link Reason}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableReason.Builder {
    /** Creates an empty builder; prefer {@link Reason#builder()}. */
    public Builder() {}
  }
}
