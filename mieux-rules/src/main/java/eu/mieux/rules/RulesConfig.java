package eu.mieux.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.request.RequesterKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of the rules where the texts are ambiguous (RULES.md §13): the programme window,
 * the date from which extended requesters may ask, and the data-quality {@link Policy}.
 *
 * <p>Choice (programme window, RULES.md §13 Q1 and §15.3 M-PW2): by default MIEUX runs from the
 * start of MIEUX I, the pilot start of the 2018 annual report, to the end of MIEUX+, the end the
 * programme's own page and ICMPD give: the span of {@link PhaseCalendar#standard()}
 * ({@code phases.csv}; {@link DateInConflict#PROGRAMME_END} explains the choice and gives the
 * 15-years article's other reading for {@code programmeEnd}). The seeds plan MIEUX+ to end in April
 * 2023: {@code programmeEnd(PLANNED_PROGRAMME_END)} uses that end.
 *
 * <p>Choice (end of phase III, §15.3 M-PH2): {@link DateInConflict#PHASE_III_END}, the end of MIEUX III
 * in the phase calendar by default; {@code phaseIIIEnd} with its other reading for the programme's
 * later article.
 *
 * <p>The default programme window and phases are read from {@code phases.csv} when first asked for,
 * not when the settings are built, so that a country check never reads that table.
 *
 * <p>Choice (joint requests, §15.1 R-EL3b): a civil-society organisation requests only jointly with a
 * government body ({@link #csoOnlyJointly()}, true by default); set it false to read the seeds alone.
 *
 * <p>Choice (R-EL7 before 2012, §15.2): an area other than irregular migration before
 * {@link #allThematicAreasFrom()} is a warning naming the conflict between the seeds and the record;
 * {@link #strictEarlyMandate()} true makes it an error, as the seeds read.
 *
 * <p>Choice (extended requesters, RULES.md §13 Q13 and Q14): local authorities, ombudspersons,
 * parliaments, judicial authorities and civil-society organisations may request from 2016-01-01
 * ("since January 2016", annual report 2018, 10-year report p. 11-16), judged on
 * the date the request was received. MIEUX III started in December 2015
 * (annual report 2018); set {@code extendedRequestersFrom(2015-12-01)} for that
 * reading.
 *
 * <p>Choice (policy): {@link Policy#standard()}, every row of the coverage data.
 *
 * <p>Choice (phases, RULES.md §13 Q1): {@link PhaseCalendar#standard()}; see its javadoc for the
 * boundaries and their sources.
 *
 * <p>Choice (thematic mandate, R-EL7 and §13 Q1): every thematic area is accepted from 2012-01-01
 * ({@link #ALL_THEMATIC_AREAS_FROM}); before, MIEUX I accepted irregular migration only.
 *
 * <p>Choice (graduated countries, R-EL5 and §13 Q13): no country is on the list by default. In
 * phase III MIEUX served countries that had recently left EU development cooperation (Brazil,
 * Mexico, Peru; 10-year report p. 39-48); the coverage data keeps them covered through the
 * DCI, whose 2014 bilateral graduation did not end regional and thematic coverage
 * (ELIGIBILITY-NOTES.md §3), so they need no exception. A country on
 * {@link #graduatedCountries()} that the data does not cover is reported by request admissibility
 * as an R-EL5 warning instead of an R-EL1 error.
 *
 * <p>Choice (requester kinds before 2016, R-EL2 and §13 Q14): national public authorities and
 * regional organisations may always request ({@link #coreRequesterKinds()}); add a kind to admit it
 * before {@link #extendedRequestersFrom()}.
 *
 * <pre>{@code
 * RulesConfig config = RulesConfig.builder()
 *     .programmeEnd(RulesConfig.PLANNED_PROGRAMME_END)
 *     .policy(Policy.strict())
 *     .build();
 * }</pre>
 *
 * <p>Choice (not an Immutables value, issue 13): the programme window and the phases default to
 * {@code phases.csv}, which must be read only when first asked for, so that a country check never
 * reads it; an Immutables {@code @Value.Default} is computed when {@code build()} runs, and
 * {@code programmeEnd} and {@code phaseIIIEnd} derive a new phase calendar from the builder's current
 * one, which a generated builder does not expose. Hidden optional attributes with lazy accessors and
 * hand-written {@code equals} would need as much code as this class and a less readable builder.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RulesConfig {

  /**
   * The last day of MIEUX+ as planned in the 10-year report 'Créer des liens' (2020), "Les
   * perspectives", p. 169: 2023-04-30. Pass it to {@link Builder#programmeEnd(LocalDate)}.
   *
   * @since 0.2.0
   */
  public static final LocalDate PLANNED_PROGRAMME_END = LocalDate.of(2023, 4, 30);

  /** The first day on which extended requesters may request (R-EL3): 2016-01-01. */
  public static final LocalDate EXTENDED_REQUESTERS_FROM = LocalDate.of(2016, 1, 1);

  /** The first day on which every thematic area is accepted (R-EL7): 2012-01-01. */
  public static final LocalDate ALL_THEMATIC_AREAS_FROM = eu.mieux.rules.theme.ThematicScope.DEFAULT_ALL_AREAS_FROM;

  private static final RulesConfig STANDARD = builder().build();

  // empty: the default, from PhaseCalendar.standard(), read on first use
  private final Optional<ValidityPeriod> programmeWindow;
  private final LocalDate extendedRequestersFrom;
  private final Policy policy;
  private final Optional<PhaseCalendar> phases;
  private final LocalDate allThematicAreasFrom;
  private final ImmutableSortedSet<Country> graduatedCountries;
  private final ImmutableSortedSet<RequesterKind> coreRequesterKinds;
  private final boolean csoOnlyJointly;
  private final boolean strictEarlyMandate;

  private RulesConfig(Builder builder) {
    this.programmeWindow = builder.programmeWindow;
    this.extendedRequestersFrom = builder.extendedRequestersFrom;
    this.policy = builder.policy;
    this.phases = builder.phases;
    this.allThematicAreasFrom = builder.allThematicAreasFrom;
    this.graduatedCountries = builder.graduatedCountries;
    this.coreRequesterKinds = builder.coreRequesterKinds;
    this.csoOnlyJointly = builder.csoOnlyJointly;
    this.strictEarlyMandate = builder.strictEarlyMandate;
  }

  /**
   * Obtains the default settings: the programme window and phases of {@link PhaseCalendar#standard()},
   * {@link #EXTENDED_REQUESTERS_FROM} and {@link Policy#standard()}.
   *
   * @return the default settings
   */
  public static RulesConfig standard() {
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
    Builder builder = new Builder();
    builder.programmeWindow = programmeWindow;
    builder.phases = phases;
    return builder.extendedRequestersFrom(extendedRequestersFrom).policy(policy)
        .allThematicAreasFrom(allThematicAreasFrom).graduatedCountries(graduatedCountries)
        .coreRequesterKinds(coreRequesterKinds).csoOnlyJointly(csoOnlyJointly)
        .strictEarlyMandate(strictEarlyMandate);
  }

  /**
   * Gets the period in which MIEUX accepts requests (rule M-PW1), inclusive at both ends.
   *
   * @return the programme window; by default the span of {@link #phases()}
   */
  public ValidityPeriod programmeWindow() {
    return programmeWindow.orElseGet(() -> phases().span());
  }

  /**
   * Gets the first day on which extended requesters may request (R-EL3).
   *
   * @return the date, inclusive
   */
  public LocalDate extendedRequestersFrom() {
    return extendedRequestersFrom;
  }

  /**
   * Gets the data-quality policy of the country rule.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * Gets the dates of the programme's phases.
   *
   * @return the phase calendar; by default {@link PhaseCalendar#standard()}
   */
  public PhaseCalendar phases() {
    return phases.orElseGet(PhaseCalendar::standard);
  }

  /**
   * Gets the first day on which every thematic area is accepted (R-EL7).
   *
   * @return the date, inclusive
   */
  public LocalDate allThematicAreasFrom() {
    return allThematicAreasFrom;
  }

  /**
   * Gets the countries that MIEUX served although EU development cooperation no longer covered them
   * (R-EL5).
   *
   * @return the countries, in code order, empty by default
   */
  public Set<Country> graduatedCountries() {
    return graduatedCountries;
  }

  /**
   * Gets the kinds of requesting body that may request at any date (R-EL2; RULES.md §13 Q14).
   *
   * @return the kinds, national public authorities and regional organisations by default
   */
  public Set<RequesterKind> coreRequesterKinds() {
    return coreRequesterKinds;
  }

  /**
   * Checks if a civil-society organisation requests only jointly with a government body (R-EL3b).
   *
   * @return true by default
   */
  public boolean csoOnlyJointly() {
    return csoOnlyJointly;
  }

  /**
   * Checks if R-EL7 refuses areas other than irregular migration before
   * {@link #allThematicAreasFrom()} (the seeds' reading) instead of warning (RULES.md §15.2).
   *
   * @return false by default
   */
  public boolean strictEarlyMandate() {
    return strictEarlyMandate;
  }

  /**
   * Returns a copy of these settings with another policy.
   *
   * @param policy  the policy, not null
   * @return the new settings
   */
  public RulesConfig withPolicy(Policy policy) {
    return toBuilder().policy(policy).build();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RulesConfig other && programmeWindow().equals(other.programmeWindow())
        && extendedRequestersFrom.equals(other.extendedRequestersFrom) && policy.equals(other.policy)
        && phases().equals(other.phases()) && allThematicAreasFrom.equals(other.allThematicAreasFrom)
        && graduatedCountries.equals(other.graduatedCountries)
        && coreRequesterKinds.equals(other.coreRequesterKinds) && csoOnlyJointly == other.csoOnlyJointly
        && strictEarlyMandate == other.strictEarlyMandate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(programmeWindow(), extendedRequestersFrom, policy, phases(), allThematicAreasFrom,
        graduatedCountries, coreRequesterKinds, csoOnlyJointly, strictEarlyMandate);
  }

  /**
   * Returns the settings, such as
   * {@code RulesConfig[programmeWindow=2008-12-01/2024-03-31, extendedRequestersFrom=2016-01-01, policy=Policy[VERIFIED, UNVERIFIED, PROXY]]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "RulesConfig[programmeWindow=" + programmeWindow() + ", extendedRequestersFrom="
        + extendedRequestersFrom + ", policy=" + policy + ", phases=" + phases()
        + ", allThematicAreasFrom=" + allThematicAreasFrom + ", graduatedCountries=" + graduatedCountries
        + ", coreRequesterKinds=" + coreRequesterKinds + ", csoOnlyJointly=" + csoOnlyJointly
        + ", strictEarlyMandate=" + strictEarlyMandate + "]";
  }

  /** A builder of {@link RulesConfig}, starting from the defaults. */
  public static final class Builder {
    private Optional<ValidityPeriod> programmeWindow = Optional.empty();
    private LocalDate extendedRequestersFrom = EXTENDED_REQUESTERS_FROM;
    private Policy policy = Policy.standard();
    private Optional<PhaseCalendar> phases = Optional.empty();
    private LocalDate allThematicAreasFrom = ALL_THEMATIC_AREAS_FROM;
    private ImmutableSortedSet<Country> graduatedCountries = ImmutableSortedSet.of();
    private ImmutableSortedSet<RequesterKind> coreRequesterKinds =
        ImmutableSortedSet.copyOf(java.util.EnumSet.of(RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
            RequesterKind.REGIONAL_ORGANISATION));
    private boolean csoOnlyJointly = true;
    private boolean strictEarlyMandate = false;

    private Builder() {}

    /**
     * Sets whether a civil-society organisation requests only jointly with a government body (R-EL3b).
     *
     * @param csoOnlyJointly  true to apply R-EL3b (the default)
     * @return this builder
     */
    public Builder csoOnlyJointly(boolean csoOnlyJointly) {
      this.csoOnlyJointly = csoOnlyJointly;
      return this;
    }

    /**
     * Sets whether R-EL7 refuses areas other than irregular migration before
     * {@code allThematicAreasFrom} (RULES.md §15.2).
     *
     * @param strictEarlyMandate  true for an error, false (the default) for a warning
     * @return this builder
     */
    public Builder strictEarlyMandate(boolean strictEarlyMandate) {
      this.strictEarlyMandate = strictEarlyMandate;
      return this;
    }

    /**
     * Sets the last day of the programme ({@link DateInConflict#PROGRAMME_END}): the end of the
     * programme window and of MIEUX+.
     *
     * @param programmeEnd  the last day, inclusive, not null
     * @return this builder
     * @throws IllegalArgumentException if the day is not after the start of MIEUX+
     */
    public Builder programmeEnd(LocalDate programmeEnd) {
      Objects.requireNonNull(programmeEnd, "programmeEnd");
      PhaseCalendar calendar = phases.orElseGet(PhaseCalendar::standard);
      ValidityPeriod plus = calendar.periodOf(Phase.MIEUX_PLUS);
      checkArgument(programmeEnd.isAfter(plus.start()), "programmeEnd must be after the start of MIEUX+ %s, but was %s",
          plus.start(), programmeEnd);
      LocalDate start = programmeWindow.orElseGet(calendar::span).start();
      this.programmeWindow = Optional.of(ValidityPeriod.of(start, programmeEnd));
      this.phases = Optional.of(calendar.withPhase(Phase.MIEUX_PLUS, ValidityPeriod.of(plus.start(), programmeEnd)));
      return this;
    }

    /**
     * Sets the last day of MIEUX III ({@link DateInConflict#PHASE_III_END}).
     *
     * @param phaseIIIEnd  the last day, inclusive, not null
     * @return this builder
     * @throws IllegalArgumentException if the day is not after the start of MIEUX III or not before
     *     the start of MIEUX+
     */
    public Builder phaseIIIEnd(LocalDate phaseIIIEnd) {
      Objects.requireNonNull(phaseIIIEnd, "phaseIIIEnd");
      PhaseCalendar calendar = phases.orElseGet(PhaseCalendar::standard);
      ValidityPeriod three = calendar.periodOf(Phase.MIEUX_III);
      checkArgument(!phaseIIIEnd.isBefore(three.start()), "phaseIIIEnd must be on or after the start of MIEUX III %s, "
          + "but was %s", three.start(), phaseIIIEnd);
      this.phases = Optional.of(calendar.withPhase(Phase.MIEUX_III, ValidityPeriod.of(three.start(), phaseIIIEnd)));
      return this;
    }

    /**
     * Sets the kinds of requesting body that may request at any date (RULES.md §13 Q14).
     *
     * @param coreRequesterKinds  the kinds, not null, no null element
     * @return this builder
     */
    public Builder coreRequesterKinds(Set<RequesterKind> coreRequesterKinds) {
      this.coreRequesterKinds = ImmutableSortedSet.copyOf(
          Objects.requireNonNull(coreRequesterKinds, "coreRequesterKinds"));
      return this;
    }

    /**
     * Sets the phase dates.
     *
     * @param phases  the phase calendar, not null
     * @return this builder
     */
    public Builder phases(PhaseCalendar phases) {
      this.phases = Optional.of(Objects.requireNonNull(phases, "phases"));
      return this;
    }

    /**
     * Sets the first day on which every thematic area is accepted (R-EL7).
     *
     * @param allThematicAreasFrom  the date, not null
     * @return this builder
     */
    public Builder allThematicAreasFrom(LocalDate allThematicAreasFrom) {
      this.allThematicAreasFrom = Objects.requireNonNull(allThematicAreasFrom, "allThematicAreasFrom");
      return this;
    }

    /**
     * Sets the countries MIEUX served although no longer covered (R-EL5).
     *
     * @param graduatedCountries  the countries, not null, no null element
     * @return this builder
     */
    public Builder graduatedCountries(Set<Country> graduatedCountries) {
      this.graduatedCountries = ImmutableSortedSet.copyOf(
          Objects.requireNonNull(graduatedCountries, "graduatedCountries"));
      return this;
    }

    /**
     * Sets the programme window.
     *
     * @param programmeWindow  the period in which MIEUX accepts requests, not null
     * @return this builder
     */
    public Builder programmeWindow(ValidityPeriod programmeWindow) {
      this.programmeWindow = Optional.of(Objects.requireNonNull(programmeWindow, "programmeWindow"));
      return this;
    }

    /**
     * Sets the first day on which extended requesters may request.
     *
     * @param extendedRequestersFrom  the date, not null
     * @return this builder
     */
    public Builder extendedRequestersFrom(LocalDate extendedRequestersFrom) {
      this.extendedRequestersFrom =
          Objects.requireNonNull(extendedRequestersFrom, "extendedRequestersFrom");
      return this;
    }

    /**
     * Sets the data-quality policy.
     *
     * @param policy  the policy, not null
     * @return this builder
     */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalArgumentException if the extended-requesters date lies after the window
     */
    public RulesConfig build() {
      RulesConfig config = new RulesConfig(this);
      // the defaults agree (RulesConfigTest); check only what was set, so that standard() reads no table
      if (programmeWindow.isPresent() || phases.isPresent() || !extendedRequestersFrom.equals(EXTENDED_REQUESTERS_FROM)) {
        ValidityPeriod window = config.programmeWindow();
        checkArgument(!extendedRequestersFrom.isAfter(window.endInclusive()),
            "extendedRequestersFrom must not be after the end of programmeWindow %s, but was %s",
            window, extendedRequestersFrom);
      }
      return config;
    }
  }
}
