package eu.mieux.model.register;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.internal.Invariants;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import eu.mieux.model.internal.Quote;

/**
 * One entry of the knowledge register (KM4; 001:163-166): a case study or a real Action, with what
 * it can be found by and where the texts describe it.
 *
 * <p>Invariants checked by {@code build()}: the title is not blank; at least one legal basis; no
 * duplicates in any list; every sub-topic under one of the thematic areas; each URL slug of the form
 * {@code <id>-<slug>}, such as {@code 182-kenya-data-management}; the last year, if both are known,
 * not before the first; a case-study number, 1 to 16, exactly for {@link RegisterEntryKind#CASE_STUDY}
 * entries.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class RegisterEntry {

  private static final Pattern SLUG = Pattern.compile("[0-9]+-[a-z0-9]+(-[a-z0-9]+)*");

  RegisterEntry() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets what the entry records.
   *
   * @return the kind
   */
  public abstract RegisterEntryKind kind();

  /**
   * Gets the title, in English.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Gets the case study's number in 003, for a case-study entry.
   *
   * @return the number, 1 to 16, or empty for an Action entry
   */
  public abstract Optional<Integer> caseStudyNumber();

  /**
   * Gets the Action code, such as {@code 2016-16} (R-LC13).
   *
   * @return the code, or empty when the texts give none
   */
  public abstract Optional<ActionCode> code();

  /**
   * Gets the id-slug of each page at {@code https://www.mieux-initiative.eu/en/actions/<id-slug>}.
   *
   * @return the slugs, possibly empty
   */
  public abstract List<String> urlSlugs();

  /**
   * Gets the partner countries.
   *
   * @return the countries, possibly empty for a regional organisation
   */
  public abstract List<Country> countries();

  /**
   * Gets the reporting regions (RULES.md §10.1).
   *
   * @return the regions
   */
  public abstract List<Region> regions();

  /**
   * Gets the first year of the Action.
   *
   * @return the year, or empty when unknown
   */
  public abstract Optional<Year> firstYear();

  /**
   * Gets the last year of the Action.
   *
   * @return the year, or empty when unknown or ongoing
   */
  public abstract Optional<Year> lastYear();

  /**
   * Gets the thematic areas.
   *
   * @return the areas, not empty
   */
  public abstract List<ThematicArea> thematicAreas();

  /**
   * Gets the sub-topics, each under one of the thematic areas.
   *
   * @return the sub-topics, possibly empty
   */
  public abstract List<SubTopic> subTopics();

  /**
   * Gets the good-practice characteristics credited (case studies only; RULES.md §6.3).
   *
   * @return the characteristics, in number order, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<GoodPracticeCharacteristic> characteristics();

  /**
   * Gets the types of the deliverables the Action left behind.
   *
   * @return the types, possibly empty
   */
  public abstract List<DeliverableType> deliverableTypes();

  /**
   * Gets where the texts describe the entry.
   *
   * @return the citations, not empty
   */
  public abstract List<LegalBasis> legalBases();

  @Value.Check
  void check() {
    Invariants.checkNotBlank("title", title());
    checkState(!legalBases().isEmpty(), "legalBases must not be empty, but was %s for %s",
        legalBases(), Quote.of(title()));
    checkState(!thematicAreas().isEmpty(), "thematicAreas must not be empty, but was %s for %s",
        thematicAreas(), Quote.of(title()));
    Invariants.checkNoDuplicates("urlSlugs", urlSlugs());
    Invariants.checkNoDuplicates("countries", countries());
    Invariants.checkNoDuplicates("regions", regions());
    Invariants.checkNoDuplicates("thematicAreas", thematicAreas());
    Invariants.checkNoDuplicates("subTopics", subTopics());
    Invariants.checkNoDuplicates("deliverableTypes", deliverableTypes());
    for (int i = 0; i < urlSlugs().size(); i++) {
      checkState(SLUG.matcher(urlSlugs().get(i)).matches(),
          "urlSlugs[%s] must look like '182-kenya-data-management', but was %s", i,
          Quote.of(urlSlugs().get(i)));
    }
    for (int i = 0; i < subTopics().size(); i++) {
      checkState(thematicAreas().contains(subTopics().get(i).area()),
          "subTopics[%s] must belong to one of thematicAreas %s, but %s belongs to %s", i,
          thematicAreas(), subTopics().get(i), subTopics().get(i).area());
    }
    if (firstYear().isPresent() && lastYear().isPresent()) {
      checkState(!lastYear().get().isBefore(firstYear().get()),
          "lastYear must not be before firstYear %s, but was %s", firstYear().get(),
          lastYear().get());
    }
    checkState(caseStudyNumber().isPresent() == (kind() == RegisterEntryKind.CASE_STUDY),
        "caseStudyNumber must be given exactly for case studies, but was %s for kind %s",
        caseStudyNumber(), kind());
    caseStudyNumber().ifPresent(n -> checkState(n >= 1 && n <= 16,
        "caseStudyNumber must be between 1 and 16, but was %s", n));
  }

  /** A builder of {@link RegisterEntry}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableRegisterEntry.Builder {
    /** Creates an empty builder; prefer {@link RegisterEntry#builder()}. */
    public Builder() {}
  }
}
