package eu.mieux.model.decision;

import eu.mieux.model.MieuxStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of one rule: an outcome and the reasons for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Decision implements Explained {

  Decision() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a decision from its outcome and reasons.
   *
   * @param outcome  the answer, not null
   * @param reasons  the reasons, not null, no null element
   * @return the decision
   */
  public static Decision of(Outcome outcome, Iterable<Reason> reasons) {
    return builder().outcome(outcome).addAllReasons(reasons).build();
  }

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract List<Reason> reasons();

  /** A builder of {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder {
    /** Creates an empty builder; prefer {@link Decision#builder()}. */
    public Builder() {}
  }
}
