package eu.mieux.model.roster;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ValidityPeriod;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import eu.mieux.model.internal.Quote;
import eu.mieux.model.internal.Invariants;

/**
 * The explained ranking of roster experts for an Action: eligible candidates first, best first,
 * then the ineligible ones with the reason they may not be deployed (RULES.md §7).
 *
 * <p>Invariants checked by {@code build()}: the ranks are 1, 2, 3 and so on in list order; no
 * eligible candidate follows an ineligible one; no expert twice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class ExpertRanking {

  ExpertRanking() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the activity dates the candidates were checked against, inclusive at both ends.
   *
   * @return the periods, possibly empty when the Action has no dated activity
   */
  public abstract List<ValidityPeriod> dates();

  /**
   * Gets every candidate, in rank order.
   *
   * @return the candidates, possibly empty
   */
  public abstract List<RankedCandidate> candidates();

  /**
   * Gets the candidates that may be deployed, best first.
   *
   * @return the eligible candidates
   */
  public List<RankedCandidate> eligible() {
    return candidates().stream().filter(RankedCandidate::isEligible).toList();
  }

  /**
   * Gets the candidates that may not be deployed, each with its reasons.
   *
   * @return the ineligible candidates
   */
  public List<RankedCandidate> ineligible() {
    return candidates().stream().filter(c -> !c.isEligible()).toList();
  }

  @Value.Check
  void check() {
    for (int i = 0; i < dates().size(); i++) {
      Invariants.checkDocumentPeriod("dates[" + i + "]", dates().get(i));
    }
    boolean seenIneligible = false;
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < candidates().size(); i++) {
      RankedCandidate candidate = candidates().get(i);
      checkState(candidate.rank() == i + 1, "candidates[%s].rank must be %s, but was %s", i, i + 1,
          candidate.rank());
      checkState(!(seenIneligible && candidate.isEligible()),
          "candidates[%s] must not be eligible after an ineligible candidate, but %s is", i,
          Quote.of(candidate.expertId()));
      checkState(ids.add(candidate.expertId()),
          "candidates must not repeat an expert, but candidates[%s] repeats %s", i,
          Quote.of(candidate.expertId()));
      seenIneligible |= !candidate.isEligible();
    }
  }

  /** A builder of {@link ExpertRanking}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableExpertRanking.Builder {
    /** Creates an empty builder; prefer {@link ExpertRanking#builder()}. */
    public Builder() {}
  }
}
