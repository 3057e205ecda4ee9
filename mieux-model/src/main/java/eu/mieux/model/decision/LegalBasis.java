package eu.mieux.model.decision;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Instrument;
import java.util.Optional;
import org.immutables.value.Value;
import eu.mieux.model.internal.Invariants;

/**
 * What backs a reason: a row of the coverage data, or a rule of the rule catalogue with the documents
 * it rests on.
 *
 * <p>For a coverage row, {@link #basis()} and {@link #source()} are the row's {@code basis} and
 * {@code source} columns verbatim, {@link #instrument()} its instrument (empty for {@code DAC_ODA}
 * reference rows) and {@link #period()} its validity. For a rule of the catalogue, {@code basis} is the
 * rule id and statement, and {@code source} the documents a reader can open, such as
 * {@code MIEUX annual report 2018, "Comment fonctionne MIEUX ?"}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class LegalBasis {

  LegalBasis() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a legal basis that cites a source document, verified.
   *
   * @param basis  what the text establishes, not blank
   * @param source  where it is written, such as 10-year report p. 11-16, not blank
   * @return the legal basis
   */
  public static LegalBasis ofCitation(String basis, String source) {
    return builder().basis(basis).source(source).quality(DataQuality.VERIFIED).build();
  }

  /**
   * Gets the instrument this basis grants coverage under.
   *
   * @return the instrument, or empty for reference data and citations
   */
  public abstract Optional<Instrument> instrument();

  /**
   * Gets the period in which this basis applies, inclusive at both ends.
   *
   * @return the period, or empty for a citation that has none
   */
  public abstract Optional<ValidityPeriod> period();

  /**
   * Gets what the basis establishes (the coverage row's {@code basis} column, verbatim).
   *
   * @return the text, not blank
   */
  public abstract String basis();

  /**
   * Gets where the basis comes from (the coverage row's {@code source} column, verbatim, with its
   * {@code unverified:} or {@code proxy:} prefix).
   *
   * @return the text, not blank
   */
  public abstract String source();

  /**
   * Gets how well the source backs the basis.
   *
   * @return the data quality
   */
  public abstract DataQuality quality();

  @Value.Check
  void check() {
    period().ifPresent(p -> Invariants.checkDocumentPeriod("period", p));
    Invariants.checkNotBlank("basis", basis());
    Invariants.checkNotBlank("source", source());
  }

  /** A builder of {@link LegalBasis}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableLegalBasis.Builder {
    /** Creates an empty builder; prefer {@link LegalBasis#builder()}. */
    public Builder() {}
  }
}
