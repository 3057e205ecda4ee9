package eu.mieux.rules.catalogue;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.RuleId;
import java.util.List;
import org.immutables.value.Value;

/**
 * One entry of the rule catalogue: a rule id, the topic it belongs to, what the rule says and the
 * documents it rests on.
 *
 * <p>A source names what a reader can find: a document's title and year with its section and pages
 * (such as {@code MIEUX annual report 2018, "Comment fonctionne MIEUX ?"}), a legal act with its
 * article, or the URL of a public page.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class CatalogueRule {

  CatalogueRule() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the rule id, such as {@code R-EL1}.
   *
   * @return the id
   */
  public abstract RuleId id();

  /**
   * Gets the topic the rule belongs to, such as {@code Eligibility}.
   *
   * @return the topic, not blank
   */
  public abstract String topic();

  /**
   * Gets what the rule says, in one English sentence or a few.
   *
   * @return the statement, not blank
   */
  public abstract String statement();

  /**
   * Gets the documents the rule rests on, in the order the catalogue gives them.
   *
   * @return the sources, not empty, none blank
   */
  public abstract List<String> sources();

  /**
   * Gets the legal basis that findings and reasons applying this rule cite: the id and statement as
   * {@link LegalBasis#basis()}, the sources joined by {@code "; "} as {@link LegalBasis#source()}.
   *
   * @return the legal basis, verified
   */
  @Value.Derived
  @Value.Auxiliary
  public LegalBasis legalBasis() {
    return LegalBasis.ofCitation(id() + ": " + statement(), String.join("; ", sources()));
  }

  @Value.Check
  void check() {
    checkState(!topic().isBlank(), "topic must not be blank, but was '%s'", topic());
    checkState(!statement().isBlank(), "statement must not be blank, but was '%s'", statement());
    checkState(!sources().isEmpty(), "sources must not be empty, but was %s", sources());
    for (String source : sources()) {
      checkState(!source.isBlank(), "sources must not hold a blank source, but was %s", sources());
    }
  }

  /** A builder of {@link CatalogueRule}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCatalogueRule.Builder {
    /** Creates an empty builder; prefer {@link CatalogueRule#builder()}. */
    public Builder() {}
  }
}
