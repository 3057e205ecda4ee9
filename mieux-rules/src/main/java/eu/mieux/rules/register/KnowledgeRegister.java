package eu.mieux.rules.register;

import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterQuery;
import java.util.List;
import java.util.Objects;

/**
 * The knowledge register: "a systematic, exhaustive categorisation of MIEUX expertise collected
 * since 2009 from practices, processes and case studies" (KM4; annual report 2018), queryable by thematic
 * area, sub-topic, region, country, good-practice characteristic and deliverable type.
 *
 * <p>{@link #standard()} ships 44 entries as data, each with its citations: the 16 case studies of
 * 003 ({@code CaseStudies.all()}) and the 28 real Actions of RULES.md §12. How the data was built:
 * <ul>
 *   <li>Case studies keep their title, Action code, countries, years, thematic area, credited
 *       characteristics (the panels of 003) and deliverable types from {@code CaseStudies}; the
 *       citation is the panel's lines. Their sub-topics are added here from each study's topic
 *       [derived], and a sub-topic outside the study's area adds its area (Cabo Verde IV's local
 *       integration is horizontal).</li>
 *   <li>Actions keep the code, URL id-slugs, countries and years of RULES.md §12, and cite its
 *       lines. Where §12 is ambiguous the entry says so in its title: Peru III is 2016-18 in 003 but
 *       2017-04 in 001; 2012-02 has a labour-migration slug but is cited for the 2017 Mauritius M&amp;D
 *       policy; 2016-01 has two URLs (RULES.md §13 Q16). Areas, sub-topics and deliverable types are
 *       read from the theme column, §2.2 and §11.4 [derived]; a year the row does not give is empty;
 *       COMESA, a regional organisation, names no country.</li>
 *   <li>Regions (RULES.md §10.1) come from the 2018 regional country lists (annual report 2018,
 *       annual report 2018) and, for countries not listed there, from geography
 *       [derived]. Case studies and Actions are separate entries, so Kenya II is found both as case
 *       study 10 and as Action 2016-16.</li>
 * </ul>
 *
 * <pre>{@code
 * List<RegisterEntry> found = KnowledgeRegister.standard().query(RegisterQuery.builder()
 *     .thematicArea(ThematicArea.MIGRATION_AND_DEVELOPMENT)
 *     .characteristic(GoodPracticeCharacteristic.ENDORSEMENT).build());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KnowledgeRegister {

  private final List<RegisterEntry> entries;

  private KnowledgeRegister(List<RegisterEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Obtains a register of the given entries.
   *
   * @param entries  the entries, not null, no null element
   * @return the register, keeping the order given
   */
  public static KnowledgeRegister of(List<RegisterEntry> entries) {
    return new KnowledgeRegister(Objects.requireNonNull(entries, "entries"));
  }

  /**
   * Gets the register shipped with the library: 16 case studies, then 28 Actions.
   *
   * @return the register, the same instance on every call
   */
  public static KnowledgeRegister standard() {
    return Standard.REGISTER;
  }

  /**
   * Gets every entry.
   *
   * @return the entries, in register order
   */
  public List<RegisterEntry> entries() {
    return entries;
  }

  /**
   * Finds the entries a query selects.
   *
   * @param query  the query, not null
   * @return the entries meeting every criterion of the query, in register order
   */
  public List<RegisterEntry> query(RegisterQuery query) {
    Objects.requireNonNull(query, "query");
    return entries.stream().filter(query::matches).toList();
  }

  private static final class Standard {
    static final KnowledgeRegister REGISTER = new KnowledgeRegister(StandardRegister.entries());
  }
}
