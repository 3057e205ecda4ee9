package eu.mieux.rules.lifecycle;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Explained;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of applying a lifecycle event to an Action: the Action in its new state, or a refusal
 * that says which precondition failed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Transition implements Explained {

  private final Outcome outcome;
  private final Optional<Action> action;
  private final ImmutableList<Reason> reasons;

  private Transition(Outcome outcome, Optional<Action> action, List<Reason> reasons) {
    this.outcome = outcome;
    this.action = action;
    this.reasons = ImmutableList.copyOf(reasons);
  }

  static Transition applied(Action action, List<Reason> reasons) {
    return new Transition(Outcome.YES, Optional.of(Objects.requireNonNull(action, "action")), reasons);
  }

  static Transition refused(List<Reason> reasons) {
    return new Transition(Outcome.NO, Optional.empty(), reasons);
  }

  /**
   * Gets {@code YES} when the event was applied, {@code NO} when it was refused.
   *
   * @return the outcome
   */
  @Override
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Gets the Action in its new state, with the transition appended to its history.
   *
   * @return the new Action, or empty when the transition was refused
   */
  public Optional<Action> action() {
    return action;
  }

  /**
   * Gets why the event was applied or refused: for a refusal, every failed precondition.
   *
   * @return the reasons, not empty
   */
  @Override
  public List<Reason> reasons() {
    return reasons;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Transition other && outcome == other.outcome && action.equals(other.action)
        && reasons.equals(other.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, action, reasons);
  }

  @Override
  public String toString() {
    return "Transition{" + outcome + ", " + reasons + "}";
  }
}
