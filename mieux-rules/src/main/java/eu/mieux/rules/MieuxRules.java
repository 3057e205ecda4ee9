package eu.mieux.rules;

import eu.mieux.rules.admissibility.ActionRules;
import eu.mieux.rules.admissibility.RequestRules;
import eu.mieux.rules.coverage.CoverageTable;
import eu.mieux.rules.eligibility.CountryEligibility;
import eu.mieux.rules.eligibility.CountryLookup;
import eu.mieux.rules.eligibility.ProgrammeWindow;
import eu.mieux.rules.eligibility.RequestEligibility;
import eu.mieux.rules.eligibility.RequesterEligibility;
import eu.mieux.rules.governance.SteeringCommittee;
import eu.mieux.rules.lifecycle.Lifecycle;
import eu.mieux.rules.scoring.GoodPracticeScoring;
import eu.mieux.rules.scoring.Scoring;
import eu.mieux.rules.theme.ThematicScope;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import eu.mieux.model.decision.Provenance;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The entry point of the MIEUX rules: wires the rules to the reference data and the settings, and
 * decides nothing itself.
 *
 * <pre>{@code
 * // given a Request request, an Action action and a LocalDate date
 * MieuxRules rules = MieuxRules.standard();
 * CountryDecision ukraine = rules.countryEligibility().check(Country.UA, LocalDate.of(2016, 5, 1));
 * RequestDecision eligible = rules.requestEligibility().check(
 *     List.of(Country.ID, Country.PH, Country.VN), RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
 *     LocalDate.of(2012, 3, 1));
 * Assessment admissibility = rules.requestRules().assess(request);
 * Transition approved = rules.lifecycle().transition(action, LifecycleEvent.APPROVE, date);
 * }</pre>
 *
 * <p>{@code MieuxRulesExampleTest} compiles this example, so that it stays true.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MieuxRules {

  private final CoverageTable coverage;
  private final RulesConfig config;
  private final CountryEligibility countryEligibility;
  private final RequesterEligibility requesterEligibility;
  private final ThematicScope thematicScope;
  // built on first use: the window is read from phases.csv, which a country check does not need
  private final Supplier<ProgrammeWindow> programmeWindow;
  private final Supplier<RequestEligibility> requestEligibility;
  // built on first use, so that a plain eligibility check does not pay for the other rules
  private final Supplier<RequestRules> requestRules;
  private final Supplier<ActionRules> actionRules;
  private final Supplier<Lifecycle> lifecycle;
  private final Supplier<GoodPracticeScoring> goodPracticeScoring;
  // built on first use: a check never pays for it
  private final Supplier<Provenance> provenance;

  private MieuxRules(CoverageTable coverage, RulesConfig config) {
    this.coverage = Objects.requireNonNull(coverage, "coverage");
    this.config = Objects.requireNonNull(config, "config");
    this.countryEligibility = new CountryEligibility(coverage, config.policy());
    this.requesterEligibility = new RequesterEligibility(config.extendedRequestersFrom(), config.coreRequesterKinds(),
        config.csoOnlyJointly());
    this.programmeWindow = Suppliers.memoize(() -> new ProgrammeWindow(config.programmeWindow()));
    this.requestEligibility = Suppliers.memoize(() ->
        new RequestEligibility(countryEligibility, requesterEligibility, programmeWindow.get()));
    this.thematicScope = new ThematicScope(config.allThematicAreasFrom(), config.strictEarlyMandate());
    this.requestRules = Suppliers.memoize(() -> new RequestRules(countryEligibility, requesterEligibility,
        programmeWindow.get(), thematicScope, config));
    this.actionRules = Suppliers.memoize(() -> new ActionRules(thematicScope, config.phases(), requesterEligibility));
    this.lifecycle = Suppliers.memoize(() -> new Lifecycle(SteeringCommittee.standard()));
    this.goodPracticeScoring = Suppliers.memoize(() -> new GoodPracticeScoring(Scoring.standard()));
    this.provenance = Suppliers.memoize(() -> provenanceOf(coverage, config));
  }

  private static Provenance provenanceOf(CoverageTable coverage, RulesConfig config) {
    RulesConfig standard = RulesConfig.standard();
    Map<String, String> settings = new TreeMap<>();
    putIfChanged(settings, "programmeWindow", config.programmeWindow(), standard.programmeWindow());
    putIfChanged(settings, "extendedRequestersFrom", config.extendedRequestersFrom(),
        standard.extendedRequestersFrom());
    putIfChanged(settings, "policy", config.policy(), standard.policy());
    putIfChanged(settings, "phases", config.phases(), standard.phases());
    putIfChanged(settings, "allThematicAreasFrom", config.allThematicAreasFrom(), standard.allThematicAreasFrom());
    putIfChanged(settings, "graduatedCountries", config.graduatedCountries(), standard.graduatedCountries());
    putIfChanged(settings, "coreRequesterKinds", config.coreRequesterKinds(), standard.coreRequesterKinds());
    return Provenance.of(libraryVersion(), "coverage.csv " + coverage.version(), settings);
  }

  private static void putIfChanged(Map<String, String> settings, String name, Object value, Object standard) {
    if (!value.equals(standard)) {
      settings.put(name, String.valueOf(value));
    }
  }

  private static String libraryVersion() {
    // eu/mieux/rules/version.properties, filtered by the build
    return ResourceBundle.getBundle("eu.mieux.rules.version").getString("version");
  }

  /**
   * Gets what produces this instance's answers, for systems that store decisions or assessments:
   * the library version, the coverage data's identity and the settings that differ from the
   * defaults. Built on the first call, then the same object on every call.
   *
   * @return the provenance, shared by every answer of this instance
   */
  public Provenance provenance() {
    return provenance.get();
  }

  /**
   * Obtains the rules on the shipped coverage data with the default settings.
   *
   * @return the rules, the same instance on every call
   */
  public static MieuxRules standard() {
    return Standard.RULES;
  }

  /**
   * Obtains the rules on the shipped coverage data with other settings.
   *
   * @param config  the settings, not null
   * @return the rules
   */
  public static MieuxRules of(RulesConfig config) {
    return new MieuxRules(CoverageTable.standard(), config);
  }

  /**
   * Obtains the rules on other coverage data with other settings.
   *
   * @param coverage  the coverage data, not null
   * @param config  the settings, not null
   * @return the rules
   */
  public static MieuxRules of(CoverageTable coverage, RulesConfig config) {
    return new MieuxRules(coverage, config);
  }

  /**
   * Gets the coverage data.
   *
   * @return the table
   */
  public CoverageTable coverage() {
    return coverage;
  }

  /**
   * Gets the settings.
   *
   * @return the settings
   */
  public RulesConfig config() {
    return config;
  }

  /**
   * Gets the country rule (R-EL1) under the settings' policy.
   *
   * @return the country rule
   */
  public CountryEligibility countryEligibility() {
    return countryEligibility;
  }

  /**
   * Gets the requester rule (R-EL2, R-EL3).
   *
   * @return the requester rule
   */
  public RequesterEligibility requesterEligibility() {
    return requesterEligibility;
  }

  /**
   * Gets the programme window rule (M-PW1).
   *
   * @return the window rule
   */
  public ProgrammeWindow programmeWindow() {
    return programmeWindow.get();
  }

  /**
   * Gets the request rule, which combines the others.
   *
   * @return the request rule
   */
  public RequestEligibility requestEligibility() {
    return requestEligibility.get();
  }

  /**
   * Gets the thematic mandate by date (R-EL7).
   *
   * @return the thematic scope rule
   */
  public ThematicScope thematicScope() {
    return thematicScope;
  }

  /**
   * Gets the admissibility rules of requests: every finding at once.
   *
   * @return the request rules
   */
  public RequestRules requestRules() {
    return requestRules.get();
  }

  /**
   * Gets the rules on Actions, Activities and experts: every finding at once.
   *
   * @return the action rules
   */
  public ActionRules actionRules() {
    return actionRules.get();
  }

  /**
   * Gets the lifecycle state machine of Actions.
   *
   * @return the lifecycle
   */
  public Lifecycle lifecycle() {
    return lifecycle.get();
  }

  /**
   * Gets the good-practice scoring with the default {@link Scoring} policy; build a
   * {@link GoodPracticeScoring} yourself for another policy.
   *
   * @return the scoring
   */
  public GoodPracticeScoring goodPracticeScoring() {
    return goodPracticeScoring.get();
  }

  /**
   * Gets the country lookup of the coverage data.
   *
   * @return the lookup by code, name or alias
   */
  public CountryLookup countryLookup() {
    return coverage == CoverageTable.standard() ? CountryLookup.standard() : CountryLookup.of(coverage);
  }

  /** Holds the standard rules; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final MieuxRules RULES = new MieuxRules(CoverageTable.standard(), RulesConfig.standard());
  }
}
