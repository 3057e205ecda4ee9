package eu.mieux.rules.catalogue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  private static final Splitter SOURCES = Splitter.on(" ; ").trimResults().omitEmptyStrings();

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
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Map<RuleId, CatalogueRule> rules = new LinkedHashMap<>();
    Map<RuleId, Long> lines = new LinkedHashMap<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord row : csv) {
        long line = row.getStartingLineNumber();
        checkArgument(row.getHeader().equals(COLUMNS), "%s:1: header must be %s, but was %s",
            sourceName, COLUMNS, row.getHeader());
        CatalogueRule rule = rule(row, sourceName, line);
        Long first = lines.putIfAbsent(rule.id(), line);
        checkArgument(first == null, "%s:%s: column id: id must appear once, but '%s' is also on line %s",
            sourceName, line, rule.id(), first);
        rules.put(rule.id(), rule);
      }
    } catch (CsvParseException e) {
      throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
    }
    return new RuleCatalogue(ImmutableMap.copyOf(rules));
  }

  private static CatalogueRule rule(NamedCsvRecord row, String sourceName, long line) {
    RuleId id;
    try {
      id = RuleId.parse(row.getField("id"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          String.format("%s:%s: column id: %s", sourceName, line, e.getMessage()), e);
    }
    List<String> sources = SOURCES.splitToList(row.getField("sources"));
    checkArgument(!sources.isEmpty(), "%s:%s: column sources: sources must not be empty, but was %s",
        sourceName, line, sources);
    return CatalogueRule.builder().id(id)
        .topic(notBlank(row, "topic", sourceName, line))
        .statement(notBlank(row, "statement", sourceName, line))
        .addAllSources(sources)
        .build();
  }

  private static String notBlank(NamedCsvRecord row, String column, String sourceName, long line) {
    String value = row.getField(column);
    checkArgument(!value.isBlank(), "%s:%s: column %s: %s must not be blank, but was '%s'", sourceName,
        line, column, column, value);
    return value;
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
    static final RuleCatalogue CATALOGUE = readResource();

    private static RuleCatalogue readResource() {
      InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " must be on the class path beside "
            + RuleCatalogue.class.getName() + ", but was not found");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return read(reader, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }
}
