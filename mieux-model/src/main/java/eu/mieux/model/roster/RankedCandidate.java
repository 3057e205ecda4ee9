package eu.mieux.model.roster;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.internal.Invariants;
import java.util.List;
import org.immutables.value.Value;
import eu.mieux.model.internal.Quote;

/**
 * One candidate expert in an {@link ExpertRanking}: their place, whether they may be deployed at
 * all, the points they earned and the reason for each criterion.
 *
 * <p>Invariants checked by {@code build()}: the rank is at least 1; the expert id is not blank; the
 * eligibility is {@code YES} or {@code NO} with at least one reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class RankedCandidate {

  RankedCandidate() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the place of the candidate, 1 for the best; ineligible candidates come after every
   * eligible one.
   *
   * @return the rank, at least 1
   */
  public abstract int rank();

  /**
   * Gets the id of the candidate expert.
   *
   * @return the id, not blank
   */
  public abstract String expertId();

  /**
   * Gets whether the candidate may be deployed, with the reasons (own focal point, E5;
   * availability).
   *
   * @return {@code YES} or {@code NO}, with reasons
   */
  public abstract Decision eligibility();

  /**
   * Gets the points the candidate earned over all criteria; 0 for an ineligible candidate.
   *
   * @return the points, possibly negative
   */
  public abstract int points();

  /**
   * Gets the reason for each ranking criterion, in a fixed order: theme, experience, peer fit,
   * team balance, evaluations.
   *
   * @return the reasons, empty for an ineligible candidate
   */
  public abstract List<Reason> reasons();

  /**
   * Checks if the candidate may be deployed.
   *
   * @return true if the eligibility is {@code YES}
   */
  public boolean isEligible() {
    return eligibility().isYes();
  }

  @Value.Check
  void check() {
    checkState(rank() >= 1, "rank must be at least 1, but was %s", rank());
    Invariants.checkNotBlank("expertId", expertId());
    checkState(eligibility().outcome() != Outcome.UNDETERMINED,
        "eligibility must be YES or NO, but was %s", eligibility().outcome());
    checkState(!eligibility().reasons().isEmpty(),
        "eligibility must have reasons, but had none for %s", Quote.of(expertId()));
  }

  /** A builder of {@link RankedCandidate}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableRankedCandidate.Builder {
    /** Creates an empty builder; prefer {@link RankedCandidate#builder()}. */
    public Builder() {}
  }
}
