package eu.mieux.rules;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.ValidityPeriod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The settings of the rules where the texts are ambiguous (RULES.md §13): the programme window,
 * the date from which extended requesters may ask, and the data-quality {@link Policy}.
 *
 * <p>Choice (programme window, RULES.md §13 Q1 and ELIGIBILITY-NOTES.md §1): by default MIEUX runs
 * from 2008-12-01, the pilot start of 001_7b772109f36aa110.txt:201-202, to 2024-04-30, the end the
 * programme website gives (SOURCES.md §0). The seeds plan MIEUX+ to end in April 2023
 * (003_c3246053945df94a.txt:2624): pass {@link #PLANNED_PROGRAMME_WINDOW} to use that end.
 *
 * <p>Choice (extended requesters, RULES.md §13 Q13 and Q14): local authorities, ombudspersons,
 * parliaments, judicial authorities and civil-society organisations may request from 2016-01-01
 * ("since January 2016", 001_7b772109f36aa110.txt:79-81, 003_c3246053945df94a.txt:244), judged on
 * the date the request was received. MIEUX III started in December 2015
 * (001_7b772109f36aa110.txt:258-260); set {@code extendedRequestersFrom(2015-12-01)} for that
 * reading.
 *
 * <p>Choice (policy): {@link Policy#standard()}, every row of the coverage data.
 *
 * <pre>{@code
 * RulesConfig config = RulesConfig.builder()
 *     .programmeWindow(RulesConfig.PLANNED_PROGRAMME_WINDOW)
 *     .policy(Policy.strict())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RulesConfig {

  /** The programme window from the pilot start to the end of MIEUX+: 2008-12-01 to 2024-04-30. */
  public static final ValidityPeriod PROGRAMME_WINDOW =
      ValidityPeriod.of(LocalDate.of(2008, 12, 1), LocalDate.of(2024, 4, 30));

  /**
   * The programme window as planned in the seeds, MIEUX+ ending in April 2023
   * (003_c3246053945df94a.txt:2624): 2008-12-01 to 2023-04-30.
   */
  public static final ValidityPeriod PLANNED_PROGRAMME_WINDOW =
      ValidityPeriod.of(LocalDate.of(2008, 12, 1), LocalDate.of(2023, 4, 30));

  /** The first day on which extended requesters may request (R-EL3): 2016-01-01. */
  public static final LocalDate EXTENDED_REQUESTERS_FROM = LocalDate.of(2016, 1, 1);

  private static final RulesConfig STANDARD = builder().build();

  private final ValidityPeriod programmeWindow;
  private final LocalDate extendedRequestersFrom;
  private final Policy policy;

  private RulesConfig(Builder builder) {
    this.programmeWindow = builder.programmeWindow;
    this.extendedRequestersFrom = builder.extendedRequestersFrom;
    this.policy = builder.policy;
  }

  /**
   * Obtains the default settings: {@link #PROGRAMME_WINDOW}, {@link #EXTENDED_REQUESTERS_FROM} and
   * {@link Policy#standard()}.
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
    return new Builder().programmeWindow(programmeWindow)
        .extendedRequestersFrom(extendedRequestersFrom).policy(policy);
  }

  /**
   * Gets the period in which MIEUX accepts requests (rule M-PW1), inclusive at both ends.
   *
   * @return the programme window
   */
  public ValidityPeriod programmeWindow() {
    return programmeWindow;
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
    return obj instanceof RulesConfig other && programmeWindow.equals(other.programmeWindow)
        && extendedRequestersFrom.equals(other.extendedRequestersFrom) && policy.equals(other.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(programmeWindow, extendedRequestersFrom, policy);
  }

  /**
   * Returns the settings, such as
   * {@code RulesConfig[programmeWindow=2008-12-01/2024-04-30, extendedRequestersFrom=2016-01-01, policy=Policy[VERIFIED, UNVERIFIED, PROXY]]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "RulesConfig[programmeWindow=" + programmeWindow + ", extendedRequestersFrom="
        + extendedRequestersFrom + ", policy=" + policy + "]";
  }

  /** A builder of {@link RulesConfig}, starting from the defaults. */
  public static final class Builder {
    private ValidityPeriod programmeWindow = PROGRAMME_WINDOW;
    private LocalDate extendedRequestersFrom = EXTENDED_REQUESTERS_FROM;
    private Policy policy = Policy.standard();

    private Builder() {}

    /**
     * Sets the programme window.
     *
     * @param programmeWindow  the period in which MIEUX accepts requests, not null
     * @return this builder
     */
    public Builder programmeWindow(ValidityPeriod programmeWindow) {
      this.programmeWindow = Objects.requireNonNull(programmeWindow, "programmeWindow");
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
      checkArgument(!extendedRequestersFrom.isAfter(programmeWindow.endInclusive()),
          "extendedRequestersFrom must not be after the end of programmeWindow %s, but was %s",
          programmeWindow, extendedRequestersFrom);
      return new RulesConfig(this);
    }
  }
}
