package eu.mieux.iati;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import eu.mieux.model.Phase;
import eu.mieux.model.theme.CrsPurposeCode;
import eu.mieux.model.theme.SubTopic;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * The settings of the IATI export: who reports, who funds and manages, the language, currency and
 * hierarchy of the activities, and the optional links that the Actions themselves do not carry.
 *
 * <p>Defaults ({@link #standard()}):
 * <ul>
 *   <li>{@link #reportingOrganisation()}: ICMPD, ref {@value #ICMPD_REF}, type 40 (multilateral).
 *       ICMPD has no registered IATI organisation identifier; the default follows the {@code XI-IATI}
 *       pattern of organisations registered with IATI itself: set the id you publish under;</li>
 *   <li>{@link #funder()}: the European Union, ref {@code XM-DAC-918} (the DAC code of EU
 *       institutions), type 40;</li>
 *   <li>{@link #extendingOrganisations()}: the Commission's directorate-general that manages the
 *       programme, by date: DEVCO ({@code XI-IATI-EC_DEVCO}) before 16 January 2021, INTPA
 *       ({@code XI-IATI-EC_INTPA}) from then. Choice: DEVCO also stands for its predecessor
 *       EuropeAid before 2011;</li>
 *   <li>{@link #language()} {@code en}, {@link #currency()} {@code EUR}, {@link #hierarchy()} 2
 *       (an Action under a phase);</li>
 *   <li>no {@link #phaseParents()}, no {@link #secondarySectors()} (15190 only), no
 *       {@link #documentBase()} (no document links);</li>
 *   <li>own sector vocabularies for thematic areas (99) and sub-topics (98) at
 *       {@value #THEMATIC_AREA_VOCABULARY} and {@value #SUB_TOPIC_VOCABULARY}.</li>
 * </ul>
 *
 * <pre>{@code
 * IatiSettings settings = IatiSettings.builder()
 *     .reportingOrganisation(IatiOrganisation.of("XM-OCHA-ICMPD", "ICMPD", IatiOrganisationType.MULTILATERAL))
 *     .phaseParent(Phase.MIEUX_PLUS, "XM-OCHA-ICMPD-MIEUX-PLUS")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IatiSettings {

  /** The default reporting organisation identifier: {@code XI-IATI-ICMPD}. */
  public static final String ICMPD_REF = "XI-IATI-ICMPD";

  /** The first day on which DG INTPA, not DG DEVCO, manages the programme: 2021-01-16. */
  public static final LocalDate INTPA_FROM = LocalDate.of(2021, 1, 16);

  /** The default URI of the own sector vocabulary 99, MIEUX thematic areas. */
  public static final String THEMATIC_AREA_VOCABULARY = "https://schemas.mieux.eu/iati/v1/thematic-areas";

  /** The default URI of the own sector vocabulary 98, MIEUX sub-topics. */
  public static final String SUB_TOPIC_VOCABULARY = "https://schemas.mieux.eu/iati/v1/sub-topics";

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern IDENTIFIER = Pattern.compile("[^\\s/&|?]+");

  private static final IatiSettings STANDARD = builder().build();

  private final IatiOrganisation reportingOrganisation;
  private final IatiOrganisation funder;
  private final ImmutableSortedMap<LocalDate, IatiOrganisation> extendingOrganisations;
  private final String language;
  private final String currency;
  private final int hierarchy;
  private final ImmutableMap<Phase, String> phaseParents;
  private final ImmutableSetMultimap<SubTopic, CrsPurposeCode> secondarySectors;
  private final URI thematicAreaVocabulary;
  private final URI subTopicVocabulary;
  private final Optional<URI> documentBase;

  private IatiSettings(Builder builder) {
    this.reportingOrganisation = builder.reportingOrganisation;
    this.funder = builder.funder;
    this.extendingOrganisations = ImmutableSortedMap.copyOf(builder.extendingOrganisations);
    this.language = builder.language;
    this.currency = builder.currency;
    this.hierarchy = builder.hierarchy;
    this.phaseParents = Maps.immutableEnumMap(builder.phaseParents);
    this.secondarySectors = builder.secondarySectors.build();
    this.thematicAreaVocabulary = builder.thematicAreaVocabulary;
    this.subTopicVocabulary = builder.subTopicVocabulary;
    this.documentBase = builder.documentBase;
  }

  /**
   * Obtains the default settings described above.
   *
   * @return the default settings
   */
  public static IatiSettings standard() {
    return STANDARD;
  }

  /**
   * Starts a builder holding the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder().reportingOrganisation(reportingOrganisation).funder(funder)
        .extendingOrganisations(extendingOrganisations).language(language).currency(currency)
        .hierarchy(hierarchy).thematicAreaVocabulary(thematicAreaVocabulary)
        .subTopicVocabulary(subTopicVocabulary);
    phaseParents.forEach(builder::phaseParent);
    secondarySectors.asMap().forEach(builder::secondarySectors);
    builder.documentBase = documentBase;
    return builder;
  }

  /**
   * Gets the organisation that publishes the activities: {@code reporting-org}, also the
   * implementing {@code participating-org} (role 4) and the prefix of every {@code iati-identifier}.
   *
   * @return the reporting organisation
   */
  public IatiOrganisation reportingOrganisation() {
    return reportingOrganisation;
  }

  /**
   * Gets the funding organisation, {@code participating-org} role 1.
   *
   * @return the funder
   */
  public IatiOrganisation funder() {
    return funder;
  }

  /**
   * Gets the extending organisations (the managing directorate-general), each keyed by the first
   * day it manages the programme.
   *
   * @return the organisations by first day, not empty
   */
  public SortedMap<LocalDate, IatiOrganisation> extendingOrganisations() {
    return extendingOrganisations;
  }

  /**
   * Gets the extending organisation in charge on a date: the entry with the latest first day on or
   * before the date, or the first entry for a date before every first day.
   *
   * @param date  the date, not null
   * @return the organisation
   */
  public IatiOrganisation extendingOrganisationOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map.Entry<LocalDate, IatiOrganisation> entry = extendingOrganisations.floorEntry(date);
    return entry != null ? entry.getValue() : extendingOrganisations.firstEntry().getValue();
  }

  /**
   * Gets the default language of the narratives, written as {@code iati-activity/@xml:lang}.
   *
   * @return the ISO 639-1 code, two lower-case letters
   */
  public String language() {
    return language;
  }

  /**
   * Gets the default currency, written as {@code iati-activity/@default-currency}.
   *
   * @return the ISO 4217 code, three upper-case letters
   */
  public String currency() {
    return currency;
  }

  /**
   * Gets the hierarchy level of the activities: 1 for a top-level activity, 2 for an Action under a
   * phase activity.
   *
   * @return the level, at least 1
   */
  public int hierarchy() {
    return hierarchy;
  }

  /**
   * Gets the identifiers of the parent activities of the phases: an Action of a phase listed here
   * gets a {@code related-activity} of type 1 (parent).
   *
   * @return the IATI activity identifiers by phase, possibly empty
   */
  public Map<Phase, String> phaseParents() {
    return phaseParents;
  }

  /**
   * Gets the secondary CRS purpose codes of sub-topics, written beside 15190 as sector vocabulary 1
   * when the IATI Sector codelist allows the code on the Action's start date (15196 only from
   * 2019-01-01).
   *
   * @return the codes by sub-topic, 15190 never among them, possibly empty
   */
  public Map<SubTopic, Set<CrsPurposeCode>> secondarySectors() {
    return Multimaps.asMap(secondarySectors);
  }

  /**
   * Gets the URI of the own sector vocabulary 99 that lists the thematic areas.
   *
   * @return the vocabulary URI, absolute
   */
  public URI thematicAreaVocabulary() {
    return thematicAreaVocabulary;
  }

  /**
   * Gets the URI of the own sector vocabulary 98 that lists the sub-topics.
   *
   * @return the vocabulary URI, absolute
   */
  public URI subTopicVocabulary() {
    return subTopicVocabulary;
  }

  /**
   * Gets the base of the Actions' web pages: when set, each Action links its page, resolved as
   * {@code base + code}, as a web page (category A12) and its deliverables as results documents
   * (category A08) at that page.
   *
   * @return the base URI, absolute, or empty for no document links
   */
  public Optional<URI> documentBase() {
    return documentBase;
  }

  /**
   * A builder of {@link IatiSettings}, starting from the defaults.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {

    private IatiOrganisation reportingOrganisation = IatiOrganisation.of(ICMPD_REF,
        "International Centre for Migration Policy Development", IatiOrganisationType.MULTILATERAL);
    private IatiOrganisation funder =
        IatiOrganisation.of("XM-DAC-918", "European Union", IatiOrganisationType.MULTILATERAL);
    private SortedMap<LocalDate, IatiOrganisation> extendingOrganisations = ImmutableSortedMap.of(
        // DG DEVCO from the start: before the first key, the first entry applies anyway
        LocalDate.MIN, IatiOrganisation.of("XI-IATI-EC_DEVCO",
            "European Commission, Directorate-General for International Cooperation and Development",
            IatiOrganisationType.MULTILATERAL),
        INTPA_FROM, IatiOrganisation.of("XI-IATI-EC_INTPA",
            "European Commission, Directorate-General for International Partnerships",
            IatiOrganisationType.MULTILATERAL));
    private String language = "en";
    private String currency = "EUR";
    private int hierarchy = 2;
    private final Map<Phase, String> phaseParents = new java.util.EnumMap<>(Phase.class);
    private final ImmutableSetMultimap.Builder<SubTopic, CrsPurposeCode> secondarySectors =
        ImmutableSetMultimap.builder();
    private URI thematicAreaVocabulary = URI.create(THEMATIC_AREA_VOCABULARY);
    private URI subTopicVocabulary = URI.create(SUB_TOPIC_VOCABULARY);
    private Optional<URI> documentBase = Optional.empty();

    private Builder() {}

    /**
     * Sets the reporting organisation.
     *
     * @param organisation  the organisation, not null
     * @return this builder
     */
    public Builder reportingOrganisation(IatiOrganisation organisation) {
      this.reportingOrganisation = Objects.requireNonNull(organisation, "organisation");
      return this;
    }

    /**
     * Sets the funding organisation.
     *
     * @param organisation  the organisation, not null
     * @return this builder
     */
    public Builder funder(IatiOrganisation organisation) {
      this.funder = Objects.requireNonNull(organisation, "organisation");
      return this;
    }

    /**
     * Sets the extending organisations, each keyed by the first day it manages the programme.
     *
     * @param organisations  the organisations by first day, not empty
     * @return this builder
     * @throws IllegalArgumentException if the map is empty
     */
    public Builder extendingOrganisations(Map<LocalDate, IatiOrganisation> organisations) {
      Objects.requireNonNull(organisations, "organisations");
      checkArgument(!organisations.isEmpty(), "extendingOrganisations must not be empty, but was %s",
          organisations);
      this.extendingOrganisations = ImmutableSortedMap.copyOf(organisations);
      return this;
    }

    /**
     * Sets the default language.
     *
     * @param language  the ISO 639-1 code, two lower-case letters
     * @return this builder
     * @throws IllegalArgumentException if the code is not two lower-case letters
     */
    public Builder language(String language) {
      Objects.requireNonNull(language, "language");
      checkArgument(LANGUAGE.matcher(language).matches(),
          "language must be an ISO 639-1 code of two lower-case letters, but was '%s'", language);
      this.language = language;
      return this;
    }

    /**
     * Sets the default currency.
     *
     * @param currency  the ISO 4217 code, three upper-case letters
     * @return this builder
     * @throws IllegalArgumentException if the code is not three upper-case letters
     */
    public Builder currency(String currency) {
      Objects.requireNonNull(currency, "currency");
      checkArgument(CURRENCY.matcher(currency).matches(),
          "currency must be an ISO 4217 code of three upper-case letters, but was '%s'", currency);
      this.currency = currency;
      return this;
    }

    /**
     * Sets the hierarchy level.
     *
     * @param hierarchy  the level, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the level is below 1
     */
    public Builder hierarchy(int hierarchy) {
      checkArgument(hierarchy >= 1, "hierarchy must be at least 1, but was %s", hierarchy);
      this.hierarchy = hierarchy;
      return this;
    }

    /**
     * Sets the parent activity of a phase.
     *
     * @param phase  the phase, not null
     * @param identifier  the parent's IATI activity identifier: no whitespace, none of
     *     {@code / & | ?}
     * @return this builder
     * @throws IllegalArgumentException if the identifier is malformed
     */
    public Builder phaseParent(Phase phase, String identifier) {
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(identifier, "identifier");
      checkArgument(IDENTIFIER.matcher(identifier).matches(),
          "phaseParents[%s] must be non-empty, without whitespace or any of / & | ?, but was '%s'",
          phase.code(), identifier);
      phaseParents.put(phase, identifier);
      return this;
    }

    /**
     * Adds secondary CRS purpose codes, such as those of the rules module's
     * {@code CrsClassification}; 15190 itself is always written and ignored here.
     *
     * @param topic  the sub-topic, not null
     * @param codes  its secondary codes, not null
     * @return this builder
     */
    public Builder secondarySectors(SubTopic topic, Iterable<CrsPurposeCode> codes) {
      Objects.requireNonNull(topic, "topic");
      for (CrsPurposeCode code : codes) {
        if (code != CrsPurposeCode.MIGRATION) {
          secondarySectors.put(topic, code);
        }
      }
      return this;
    }

    /**
     * Sets the URI of the own vocabulary of thematic areas.
     *
     * @param uri  the URI, absolute
     * @return this builder
     * @throws IllegalArgumentException if the URI is not absolute
     */
    public Builder thematicAreaVocabulary(URI uri) {
      this.thematicAreaVocabulary = absolute("thematicAreaVocabulary", uri);
      return this;
    }

    /**
     * Sets the URI of the own vocabulary of sub-topics.
     *
     * @param uri  the URI, absolute
     * @return this builder
     * @throws IllegalArgumentException if the URI is not absolute
     */
    public Builder subTopicVocabulary(URI uri) {
      this.subTopicVocabulary = absolute("subTopicVocabulary", uri);
      return this;
    }

    /**
     * Sets the base of the Actions' web pages, which turns document links on.
     *
     * @param uri  the base, absolute, normally ending with {@code /}
     * @return this builder
     * @throws IllegalArgumentException if the URI is not absolute
     */
    public Builder documentBase(URI uri) {
      this.documentBase = Optional.of(absolute("documentBase", uri));
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public IatiSettings build() {
      return new IatiSettings(this);
    }

    private static URI absolute(String name, URI uri) {
      Objects.requireNonNull(uri, name);
      checkArgument(uri.isAbsolute(), "%s must be an absolute URI, but was '%s'", name, uri);
      return uri;
    }
  }
}
