package eu.mieux.model.practice;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One observed fact that an Action has a characteristic of a good practice: its
 * {@link EvidenceKind}, a short factual statement in English and where it is written.
 *
 * <p>The statement quotes facts, not sentences: {@code "Four focal points named: two in DATIP, two
 * in DSDW"}. The source names the document and lines, such as
 * 10-year report p. 97-100, so that a reader can check it.
 *
 * <p>Invariants checked by {@code build()}: statement and source are not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Evidence {

  Evidence() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains evidence from its kind, statement and source, without a date.
   *
   * @param kind  the kind of evidence, not null
   * @param statement  the fact, in English, not blank
   * @param source  where it is written, such as 10-year report p. 97-100, not blank
   * @return the evidence
   * @throws IllegalStateException if the statement or the source is blank
   */
  public static Evidence of(EvidenceKind kind, String statement, String source) {
    return builder().kind(kind).statement(statement).source(source).build();
  }

  /**
   * Gets the kind of evidence.
   *
   * @return the kind
   */
  public abstract EvidenceKind kind();

  /**
   * Gets the fact, a short statement in English.
   *
   * @return the statement, not blank
   */
  public abstract String statement();

  /**
   * Gets where the fact is written: document and lines.
   *
   * @return the source, not blank
   */
  public abstract String source();

  /**
   * Gets the date the fact happened, when the source gives it to the day.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Gets the characteristic this evidence supports, the one of its kind.
   *
   * @return the characteristic
   */
  public GoodPracticeCharacteristic characteristic() {
    return kind().characteristic();
  }

  @Value.Check
  void check() {
    date().ifPresent(d -> Invariants.checkDocumentDate("date", d));
    Invariants.checkNotBlank("statement", statement());
    Invariants.checkNotBlank("source", source());
  }

  /** A builder of {@link Evidence}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableEvidence.Builder {
    /** Creates an empty builder; prefer {@link Evidence#builder()}. */
    public Builder() {}
  }
}
