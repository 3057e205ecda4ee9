package eu.mieux.model.decision;

import eu.mieux.model.MieuxStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * All the findings of the rules applied to one document, every one at once (not fail-fast).
 *
 * <p>The document passes when no finding is an {@link Severity#ERROR}; warnings are advice and infos
 * explain what was checked and held. Findings are in a stable order: the order the rules are applied,
 * then the order of the document's fields.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Assessment {

  Assessment() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets every finding, in a stable order.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * Checks if no finding is an error: the assessment's answer is yes, as {@code isYes()} is for a
   * decision.
   *
   * @return true if the assessed document passes every blocking rule
   */
  public boolean isYes() {
    return findings().stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Checks if no finding is an error.
   *
   * @return true if the assessed document passes every blocking rule
   * @deprecated use {@link #isYes()}, the name decisions use
   */
  @Deprecated(since = "0.1.0")
  public boolean passes() {
    return isYes();
  }

  /**
   * Gets the findings of one severity, in order.
   *
   * @param severity  the severity to keep, not null
   * @return the findings of that severity
   */
  public List<Finding> findings(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /** A builder of {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    /** Creates an empty builder; prefer {@link Assessment#builder()}. */
    public Builder() {}
  }
}
