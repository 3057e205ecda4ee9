package eu.mieux.model.decision;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import eu.mieux.model.internal.Invariants;

/**
 * The answer to "is this country covered by an EU instrument that makes it eligible for MIEUX on
 * this date?" (RULES.md R-EL1), with the coverage rows that decided it.
 *
 * <p>A decision holds for a span of dates, not for one date: the coverage data changes only on the
 * days a row starts or ends, so the answer, its rows and its reasons are the same on every day from
 * {@link #holdsFrom()} to {@link #holdsUntil()}. The rules return one shared decision for all those
 * days; {@link #holdsOn(LocalDate)} tells whether a date is one of them. The date a caller asked
 * about is the caller's: it is the {@code date()} of a {@link RequestDecision}, and the argument of
 * the check that returned this decision.
 *
 * <p>{@link #coverage()} lists the rows the policy accepted and whose period encloses that span;
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
   * Gets the first day on which this decision holds.
   *
   * @return the first day, or empty if the decision holds on every day up to {@link #holdsUntil()},
   *     as it does before the coverage data begins
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> holdsFrom();

  /**
   * Gets the last day on which this decision holds.
   *
   * @return the last day, or empty if the decision holds on every day from {@link #holdsFrom()}
   *     on, as it does after the coverage data ends
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> holdsUntil();

  /**
   * Tells whether this decision is the answer for a date: {@code holdsFrom <= date <= holdsUntil},
   * an empty end being unbounded.
   *
   * @param date  the date, not null
   * @return true if the decision holds on the date
   * @since 0.1.0
   */
  public final boolean holdsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (holdsFrom().isEmpty() || !date.isBefore(holdsFrom().get()))
        && (holdsUntil().isEmpty() || !date.isAfter(holdsUntil().get()));
  }

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
   * Gets the coverage rows used: accepted by the policy, with a period that encloses the days on
   * which the decision holds.
   *
   * @return the rows, in the order of the data
   */
  public abstract List<LegalBasis> coverage();

  /**
   * Gets the rows that apply on the days the decision holds but that the policy excluded for
   * their data quality.
   *
   * @return the rows set aside, possibly empty
   */
  public abstract List<LegalBasis> setAside();

  @Override
  public abstract List<Reason> reasons();

  @Value.Check
  void check() {
    holdsFrom().ifPresent(d -> Invariants.checkDocumentDate("holdsFrom", d));
    holdsUntil().ifPresent(d -> Invariants.checkDocumentDate("holdsUntil", d));
    checkState(!acceptedQualities().isEmpty(), "acceptedQualities must not be empty, but was %s",
        acceptedQualities());
    checkState((outcome() == Outcome.YES) == !instruments().isEmpty(),
        "instruments must be non-empty exactly when outcome is YES, but outcome was %s and instruments %s",
        outcome(), instruments());
    checkState(holdsFrom().isEmpty() || holdsUntil().isEmpty()
        || !holdsUntil().get().isBefore(holdsFrom().get()),
        "holdsUntil must not be before holdsFrom, but was %s before %s", holdsUntil(), holdsFrom());
    Optional<ValidityPeriod> span = holdsFrom().isPresent() && holdsUntil().isPresent()
        ? Optional.of(ValidityPeriod.of(holdsFrom().get(), holdsUntil().get())) : Optional.empty();
    for (LegalBasis row : coverage()) {
      checkState(row.period().isPresent() && span.isPresent() && row.period().get().encloses(span.get()),
          "coverage must only hold rows whose period encloses holdsFrom %s to holdsUntil %s, but held %s",
          holdsFrom(), holdsUntil(), row);
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
