package eu.mieux.model.decision;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import eu.mieux.model.internal.Invariants;

/**
 * The answer to "may this body ask MIEUX for help for these countries on this date?", combining
 * the country rule (R-EL1) for each partner country, the requester rule (R-EL2, R-EL3) and the
 * programme window.
 *
 * <p>The outcome is {@code YES} when every part is {@code YES}, {@code NO} when any part is
 * {@code NO}, and {@code UNDETERMINED} otherwise. A multi-country (regional) request has one
 * {@link CountryDecision} per partner country, in the request's order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class RequestDecision implements Explained {

  RequestDecision() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the date the request was received, the date the rules were applied on.
   *
   * @return the as-of date
   */
  public abstract LocalDate date();

  @Override
  public abstract Outcome outcome();

  /**
   * Gets one country decision per partner country, in the request's order; each holds on
   * {@link #date()}.
   *
   * @return the country decisions
   */
  public abstract List<CountryDecision> countries();

  @Override
  public abstract List<Reason> reasons();

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("date", date());
    for (int i = 0; i < countries().size(); i++) {
      CountryDecision country = countries().get(i);
      checkState(country.holdsOn(date()),
          "countries[%s] must hold on date %s, but holds from %s until %s", i, date(),
          country.holdsFrom().map(Object::toString).orElse("the beginning"),
          country.holdsUntil().map(Object::toString).orElse("the end"));
    }
  }

  /** A builder of {@link RequestDecision}. */
  public static final class Builder extends ImmutableRequestDecision.Builder {
    /** Creates an empty builder; prefer {@link RequestDecision#builder()}. */
    public Builder() {}
  }
}
