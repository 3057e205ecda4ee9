package eu.mieux.model.decision;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.country.Country;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import eu.mieux.model.internal.Quote;
import eu.mieux.model.internal.Invariants;

/**
 * One finding of an assessment: a rule, how much it weighs, where in the document it points, what it
 * says and what backs it.
 *
 * <p>The {@link #path()} is a JSON Pointer into the assessed document, such as
 * {@code /partnerCountries/1} or {@code /activities/0/type}; the empty string points at the whole
 * document.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Finding {

  Finding() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the rule, such as {@code R-EL1}.
   *
   * @return the rule id
   */
  public abstract RuleId ruleId();

  /**
   * Gets how much the finding weighs: an {@link Severity#ERROR} blocks.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Gets the JSON Pointer of the offending or explained field.
   *
   * @return the pointer, empty for the whole document, otherwise starting with {@code /}
   */
  public abstract String path();

  /**
   * Gets the English sentence of the finding.
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * Gets the country this finding is about, for multi-country documents.
   *
   * @return the country, or empty
   */
  public abstract Optional<Country> country();

  /**
   * Gets what backs the finding: coverage rows and rules of the rule catalogue, with their sources.
   *
   * @return the legal bases, possibly empty
   */
  public abstract List<LegalBasis> legalBases();

  /**
   * Gets what backs the finding.
   *
   * @return the legal bases, possibly empty
   * @deprecated use {@link #legalBases()}, the name {@link Reason} uses too
   */
  @Deprecated(since = "0.1.0")
  public List<LegalBasis> citations() {
    return legalBases();
  }

  @Value.Check
  void check() {
    checkState(path().isEmpty() || path().startsWith("/"),
        "path must be empty or start with '/', but was %s", Quote.of(path()));
    Invariants.checkNotBlank("message", message());
  }

  /** A builder of {@link Finding}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableFinding.Builder {
    /** Creates an empty builder; prefer {@link Finding#builder()}. */
    public Builder() {}

    /**
     * Adds a legal basis.
     *
     * @param legalBasis  the legal basis, not null
     * @return this builder
     * @deprecated use {@code addLegalBasis}
     */
    @Deprecated(since = "0.1.0")
    public Builder addCitation(LegalBasis legalBasis) {
      addLegalBasis(legalBasis);
      return this;
    }

    /**
     * Adds legal bases.
     *
     * @param legalBases  the legal bases, not null
     * @return this builder
     * @deprecated use {@code addAllLegalBases}
     */
    @Deprecated(since = "0.1.0")
    public Builder addAllCitations(Iterable<? extends LegalBasis> legalBases) {
      addAllLegalBases(legalBases);
      return this;
    }
  }
}
