package eu.mieux.model.evaluation;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fact an evaluator relies on to score a criterion, with where it comes from.
 *
 * <p>Invariants checked by {@code build()}: the statement and source are not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class EvaluationEvidence {

  EvaluationEvidence() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains evidence from a statement and its source.
   *
   * @param statement  the fact, in English, not blank
   * @param source  where it comes from, such as 10-year report p. 65-78, not blank
   * @return the evidence
   */
  public static EvaluationEvidence of(String statement, String source) {
    return builder().statement(statement).source(source).build();
  }

  /**
   * Gets the fact.
   *
   * @return the statement, not blank
   */
  public abstract String statement();

  /**
   * Gets where the fact comes from: a report, a feedback record, a page of a published document.
   *
   * @return the source, not blank
   */
  public abstract String source();

  /**
   * Gets the date of the fact.
   *
   * @return the date, or empty when not recorded
   */
  public abstract Optional<LocalDate> date();

  @Value.Check
  void check() {
    date().ifPresent(d -> Invariants.checkDocumentDate("date", d));
    Invariants.checkNotBlank("statement", statement());
    Invariants.checkNotBlank("source", source());
  }

  /** A builder of {@link EvaluationEvidence}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableEvaluationEvidence.Builder {
    /** Creates an empty builder; prefer {@link EvaluationEvidence#builder()}. */
    public Builder() {}
  }
}
