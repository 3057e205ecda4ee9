package eu.mieux.model.decision;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The answer to "is this country covered by an EU instrument that makes it eligible for MIEUX on
 * this date?" (RULES.md R-EL1), with the coverage rows that decided it.
 *
 * <p>{@link #coverage()} lists the rows the policy accepted and whose period contains the date;
 * {@link #setAside()} lists the rows that would have applied but the policy excluded for their data
 * quality. {@link #instruments()} is in the canonical order DCI, EDF, ENPI, ENI, OAD, NDICI.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class CountryDecision implements Explained {

  CountryDecision() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the country the decision is about.
   *
   * @return the country
   */
  public abstract Country country();

  /**
   * Gets the date the decision is about.
   *
   * @return the as-of date
   */
  public abstract LocalDate date();

  @Override
  public abstract Outcome outcome();

  /**
   * Gets the instruments that cover the country on the date, under the policy.
   *
   * @return the instruments in canonical order, empty unless the outcome is {@code YES}
   */
  @Value.NaturalOrder
  public abstract SortedSet<Instrument> instruments();

  /**
   * Gets the data qualities the policy accepted.
   *
   * @return the accepted qualities, not empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<DataQuality> acceptedQualities();

  /**
   * Gets the coverage rows used: accepted by the policy, with a period that contains the date.
   *
   * @return the rows, in the order of the data
   */
  public abstract List<LegalBasis> coverage();

  /**
   * Gets the rows that apply on the date but that the policy excluded for their data quality.
   *
   * @return the rows set aside, possibly empty
   */
  public abstract List<LegalBasis> setAside();

  @Override
  public abstract List<Reason> reasons();

  /**
   * Returns a copy of this decision for another date, with the same outcome, rows and reasons.
   *
   * <p>Used by the rules to reuse one decision for all the dates of a period in which the data does
   * not change; {@code build()}'s invariants are checked again for the new date.
   *
   * @param date  the new as-of date, not null
   * @return a decision equal to this one except for its date
   * @throws IllegalStateException if a coverage row's period does not contain the new date
   * @since 0.1.0
   */
  public abstract CountryDecision withDate(LocalDate date);

  @Value.Check
  void check() {
    checkState(!acceptedQualities().isEmpty(), "acceptedQualities must not be empty, but was %s",
        acceptedQualities());
    checkState((outcome() == Outcome.YES) == !instruments().isEmpty(),
        "instruments must be non-empty exactly when outcome is YES, but outcome was %s and instruments %s",
        outcome(), instruments());
    LocalDate date = date();
    for (LegalBasis row : coverage()) {
      // no lambda: this check runs on every copy made by withDate, the rules' hot path
      checkState(row.period().isPresent() && row.period().get().contains(date),
          "coverage must only hold rows whose period contains date %s, but held %s", date, row);
      checkState(acceptedQualities().contains(row.quality()),
          "coverage must only hold rows of an accepted quality %s, but held %s", acceptedQualities(), row);
    }
  }

  /** A builder of {@link CountryDecision}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCountryDecision.Builder {
    /** Creates an empty builder; prefer {@link CountryDecision#builder()}. */
    public Builder() {}
  }
}
