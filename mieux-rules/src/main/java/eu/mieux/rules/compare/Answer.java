package eu.mieux.rules.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Explained;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The answer to one {@link Question} under one setting: the outcome and the reasons that explain it.
 *
 * <p>For a country question the reasons are those of the decision that agree with its outcome; for
 * a request or an Action, the warning and error findings, and the outcome is {@code YES} when no
 * finding is an error. Two answers are the same when their outcomes and their rule verdicts (the
 * rule ids of the reasons that do not hold, or the warning and error findings' rule ids, severities
 * and paths) are the same:
 * a message that only quotes a setting, such as the programme window, is no difference, and neither
 * is a rule that holds under one setting and is not applied under the other.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Answer {

  private final Outcome outcome;
  private final ImmutableList<String> reasons;
  private final ImmutableSortedSet<String> verdicts;

  private Answer(Outcome outcome, List<String> reasons, Set<String> verdicts) {
    this.outcome = outcome;
    this.reasons = ImmutableList.copyOf(reasons);
    this.verdicts = ImmutableSortedSet.copyOf(verdicts);
  }

  static Answer of(Explained decision) {
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    ImmutableSortedSet.Builder<String> verdicts = ImmutableSortedSet.naturalOrder();
    for (Reason reason : decision.reasons()) {
      if (reason.outcome() != Outcome.YES) {
        verdicts.add(reason.ruleId() + " " + reason.outcome() + reason.country().map(c -> " " + c.alpha2()).orElse(""));
      }
      if (decision.outcome() == Outcome.YES || reason.outcome() != Outcome.YES) {
        reasons.add(reason.ruleId() + ": " + reason.message());
      }
    }
    return new Answer(decision.outcome(), reasons.build(), verdicts.build());
  }

  static Answer of(Assessment assessment) {
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    ImmutableSortedSet.Builder<String> verdicts = ImmutableSortedSet.naturalOrder();
    for (Finding finding : assessment.findings()) {
      if (finding.severity() != Severity.INFO) {
        verdicts.add(finding.ruleId() + " " + finding.severity() + " " + finding.path());
        reasons.add(finding.ruleId() + " " + finding.severity().code() + " " + finding.path() + ": "
            + finding.message());
      }
    }
    List<String> all = reasons.build();
    return new Answer(assessment.isYes() ? Outcome.YES : Outcome.NO,
        all.isEmpty() ? List.of("no warning or error") : all, verdicts.build());
  }

  /**
   * Gets the outcome.
   *
   * @return {@code YES}, {@code NO} or {@code UNDETERMINED}
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Gets the reasons that explain the outcome, each starting with its rule id.
   *
   * @return the reasons, not empty for a request or an Action
   */
  public List<String> reasons() {
    return reasons;
  }

  /**
   * Checks if this answer differs from another: another outcome, or other rule verdicts.
   *
   * @param other  the other answer, not null
   * @return true if they differ
   */
  public boolean differsFrom(Answer other) {
    Objects.requireNonNull(other, "other");
    return outcome != other.outcome || !verdicts.equals(other.verdicts);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Answer other && outcome == other.outcome && reasons.equals(other.reasons)
        && verdicts.equals(other.verdicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, reasons, verdicts);
  }

  /**
   * Returns the outcome and reasons, such as {@code NO [R-EL3b: ...]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return outcome + " " + reasons;
  }
}
