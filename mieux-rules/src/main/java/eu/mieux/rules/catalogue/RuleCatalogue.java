package eu.mieux.rules.catalogue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.RuleId;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule catalogue: each rule id once, with its topic, statement and sources.
 *
 * <p>The shipped catalogue, {@link #standard()}, is read from {@code rules.csv} in this package the
 * first time it is needed, and only then. Its columns are {@code id}, {@code topic},
 * {@code statement} and {@code sources}, the sources separated by {@code " ; "}.
 *
 * <pre>{@code
 * LegalBasis basis = RuleCatalogue.standard().legalBasis(RuleId.of("R-EL8"));
 * basis.basis();   // "R-EL8: an Action is carried out in a country outside the EU"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleCatalogue {

  /** The name of the shipped catalogue, beside this class. */
  public static final String RESOURCE = "rules.csv";

  private static final List<String> COLUMNS = List.of("id", "topic", "statement", "sources");

  private final ImmutableMap<RuleId, CatalogueRule> rules;

  private RuleCatalogue(ImmutableMap<RuleId, CatalogueRule> rules) {
    this.rules = rules;
  }

  /**
   * Gets the catalogue shipped with the library.
   *
   * @return the catalogue, read once on first use
   */
  public static RuleCatalogue standard() {
    return Standard.CATALOGUE;
  }

  /**
   * Obtains a catalogue from CSV text.
   *
   * @param reader  the CSV text with the header {@code id,topic,statement,sources}, not null; not
   *     closed
   * @param sourceName  the name to cite in error messages, such as {@code rules.csv}, not null
   * @return the catalogue, in the order of the rows
   * @throws IllegalArgumentException if the header differs, a field is blank or malformed, or an id
   *     appears twice; the message starts with {@code sourceName:line:}
   * @throws UncheckedIOException if the reader fails
   */
  public static RuleCatalogue read(Reader reader, String sourceName) {
    return of(DataTable.read(reader, sourceName, COLUMNS));
  }

  private static RuleCatalogue of(DataTable table) {
    Map<RuleId, CatalogueRule> rules = new LinkedHashMap<>();
    Map<RuleId, Long> lines = new LinkedHashMap<>();
    for (DataTable.Row row : table.rows()) {
      RuleId id = row.optional("id", RuleId::parse).orElseThrow(() -> row.error("id", "id must not be blank, but was ''"));
      List<String> sources = row.list("sources");
      if (sources.isEmpty()) {
        throw row.error("sources", "sources must not be empty, but was " + sources);
      }
      Long first = lines.putIfAbsent(id, row.line());
      if (first != null) {
        throw row.error("id", String.format("id must appear once, but '%s' is also on line %s", id, first));
      }
      rules.put(id, CatalogueRule.builder().id(id).topic(row.text("topic")).statement(row.text("statement"))
          .addAllSources(sources).build());
    }
    return new RuleCatalogue(ImmutableMap.copyOf(rules));
  }

  /**
   * Gets every rule, in the order of the catalogue.
   *
   * @return the rules
   */
  public List<CatalogueRule> rules() {
    return ImmutableList.copyOf(rules.values());
  }

  /**
   * Finds a rule by its id.
   *
   * @param id  the rule id, not null
   * @return the rule, or empty if the catalogue has no such id
   */
  public Optional<CatalogueRule> find(RuleId id) {
    return Optional.ofNullable(rules.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Gets a rule by its id.
   *
   * @param id  the rule id, not null
   * @return the rule
   * @throws IllegalArgumentException if the catalogue has no such id
   */
  public CatalogueRule rule(RuleId id) {
    CatalogueRule rule = rules.get(Objects.requireNonNull(id, "id"));
    checkArgument(rule != null, "id must be in the rule catalogue, but was '%s'", id);
    return rule;
  }

  /**
   * Gets the legal basis that findings and reasons applying a rule cite.
   *
   * @param id  the rule id, not null
   * @return the rule's legal basis
   * @throws IllegalArgumentException if the catalogue has no such id
   */
  public LegalBasis legalBasis(RuleId id) {
    return rule(id).legalBasis();
  }

  private static final class Standard {
    static final RuleCatalogue CATALOGUE = of(DataTable.readResource(RuleCatalogue.class, RESOURCE, COLUMNS));
  }
}
