package eu.mieux.rules.admissibility;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.request.Request;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.PhaseCalendar;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.catalogue.RuleCatalogue;
import eu.mieux.rules.coverage.CoverageTable;
import eu.mieux.rules.eligibility.CountryEligibility;
import eu.mieux.rules.eligibility.ProgrammeWindow;
import eu.mieux.rules.eligibility.RequesterEligibility;
import eu.mieux.rules.theme.ThematicScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assesses whether a request is admissible, reporting every finding at once, not fail-fast
 * (RULES.md §4.3 and §13).
 *
 * <p>Rules applied, in this order, all on the date the request was received:
 * <ol>
 *   <li>M-PW1 (error): the date is inside the programme window;</li>
 *   <li>M-PH1 (info): the programme phase running on that date;</li>
 *   <li>R-EL2 / R-EL3 (error): the kind of each requesting body may request on that date, at
 *       {@code /requestingBodies/i/kind}; R-EL3b (error): once civil-society organisations may request,
 *       a CSO requests only jointly with a national or local government body, at
 *       {@code /requestingBodies};</li>
 *   <li>R-EL1 (error, or info when it holds): each partner country is covered by DCI, EDF, ENPI, ENI,
 *       the OAD or NDICI; a country the data cannot decide ({@code UNDETERMINED}) is an error too, since
 *       eligibility cannot be established; R-EL5 (warning): a country not covered but on the configured
 *       list of graduated countries MIEUX served;</li>
 *   <li>R-EL8 (error): each partner country is outside the EU;</li>
 *   <li>R-EL7 (error): each thematic area is within the mandate; a request with no thematic area is an
 *       error, since the rule cannot be applied; before 2012 an area other than irregular migration is a
 *       warning naming the conflict between the seeds and the programme's record (RULES.md §15.2),
 *       an error under the strict reading;</li>
 *   <li>R-EL4 (info): a joint request for several countries.</li>
 * </ol>
 * Hence a request has no error finding exactly when the programme window, requester, country,
 * EU-location and thematic rules all hold.
 *
 * <pre>{@code
 * Assessment assessment = RequestRules.standard().assess(request);
 * assessment.findings(Severity.ERROR).forEach(f -> System.out.println(f.path() + ": " + f.message()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RequestRules {

  static final RuleId MULTI_COUNTRY = RuleId.of("R-EL4");
  static final RuleId GRADUATED = RuleId.of("R-EL5");

  static final RuleId FIRST_MULTI_COUNTRY = RuleId.of("R-EL4b");

  private final ProgrammeWindow window;
  private final PhaseCalendar phases;
  private final RequesterEligibility requesters;
  private final CountryEligibility countries;
  private final ThematicScope thematicScope;
  private final Set<Country> graduatedCountries;

  /**
   * Creates the rules from the reference data and the settings.
   *
   * @param coverage  the coverage data, not null
   * @param config  the settings, not null
   */
  public RequestRules(CoverageTable coverage, RulesConfig config) {
    this(new CountryEligibility(Objects.requireNonNull(coverage, "coverage"),
            Objects.requireNonNull(config, "config").policy()),
        new RequesterEligibility(config.extendedRequestersFrom(), config.coreRequesterKinds(),
            config.csoOnlyJointly()),
        new ProgrammeWindow(config.programmeWindow()),
        new ThematicScope(config.allThematicAreasFrom(), config.strictEarlyMandate()), config);
  }

  /**
   * Creates the rules from rules already built for the same settings, so that they share their
   * caches (used by {@code MieuxRules}).
   *
   * @param countries  the country rule, built on the settings' policy, not null
   * @param requesters  the requester rule, not null
   * @param window  the programme window, not null
   * @param thematicScope  the thematic mandate, not null
   * @param config  the settings the other arguments were built from, for the phases and graduated
   *     countries, not null
   */
  public RequestRules(CountryEligibility countries, RequesterEligibility requesters, ProgrammeWindow window,
      ThematicScope thematicScope, RulesConfig config) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.requesters = Objects.requireNonNull(requesters, "requesters");
    this.window = Objects.requireNonNull(window, "window");
    this.thematicScope = Objects.requireNonNull(thematicScope, "thematicScope");
    this.phases = Objects.requireNonNull(config, "config").phases();
    this.graduatedCountries = config.graduatedCountries();
  }

  /**
   * Creates the rules with the shipped coverage data and the default settings.
   *
   * @return the rules
   */
  public static RequestRules standard() {
    return new RequestRules(CoverageTable.standard(), RulesConfig.standard());
  }

  /**
   * Assesses a request: every finding of every rule, in rule order then field order.
   *
   * @param request  the request, not null
   * @return the assessment; it passes when no finding is an error
   */
  public Assessment assess(Request request) {
    Objects.requireNonNull(request, "request");
    LocalDate date = request.receivedOn();
    List<Finding> findings = new ArrayList<>();
    fromDecision(window.check(date), "/receivedOn", Severity.INFO, findings);
    Optional<eu.mieux.model.Phase> phase = phases.phaseOn(date);
    findings.add(ActionRules.finding(ActionRules.PHASE, Severity.INFO, "/receivedOn", phase
        .map(p -> String.format("%s falls in %s (%s)", date, p.label(), phases.periodOf(p)))
        .orElse(String.format("%s falls in no programme phase", date))));
    requesters(request, date, findings);
    for (int i = 0; i < request.partnerCountries().size(); i++) {
      country(request.partnerCountries().get(i), date, "/partnerCountries/" + i, findings);
    }
    ActionRules.outsideEu(request.partnerCountries(), date, findings);
    if (request.thematicAreas().isEmpty()) {
      Decision none = thematicScope.check(request.thematicAreas(), date);
      fromReason(none.reasons().get(0), "/thematicAreas", Severity.ERROR, Optional.empty(), findings);
    }
    for (int i = 0; i < request.thematicAreas().size(); i++) {
      ThematicArea area = request.thematicAreas().get(i);
      Decision decision = thematicScope.check(List.of(area), date);
      fromReason(decision.reasons().get(0), "/thematicAreas/" + i, thematicScope.severity(area, date),
          Optional.empty(), findings);
    }
    if (request.isMultiCountry()) {
      findings.add(Finding.builder().ruleId(MULTI_COUNTRY).severity(Severity.INFO).path("/partnerCountries")
          .message(String.format(
          "a request for %s countries (%s), each checked on its own; multi-country Actions ran from November "
              + "2011 (Argentina-Brazil) and regional ones from 2012 (South-East Asia)", request.partnerCountries().size(),
          request.partnerCountries().stream().map(Country::alpha2).collect(Collectors.joining(", "))))
          .addLegalBasis(RuleCatalogue.standard().legalBasis(MULTI_COUNTRY))
          .addLegalBasis(RuleCatalogue.standard().legalBasis(FIRST_MULTI_COUNTRY)).build());
    }
    return Assessment.builder().addAllFindings(findings).build();
  }

  private void requesters(Request request, LocalDate date, List<Finding> findings) {
    List<eu.mieux.model.request.RequesterKind> kinds = request.requestingBodies().stream()
        .map(eu.mieux.model.request.RequestingBody::kind).toList();
    List<Reason> reasons = requesters.checkJoint(kinds, date).reasons();
    for (int i = 0; i < reasons.size(); i++) {
      Reason reason = reasons.get(i);
      String path = i < kinds.size() ? "/requestingBodies/" + i + "/kind" : "/requestingBodies";
      fromReason(reason, path, reason.outcome() == Outcome.YES ? Severity.INFO : Severity.ERROR, Optional.empty(),
          findings);
    }
  }

  private void country(Country country, LocalDate date, String path, List<Finding> findings) {
    CountryDecision decision = countries.check(country, date);
    if (decision.outcome() == Outcome.NO && graduatedCountries.contains(country)) {
      findings.add(Finding.builder().ruleId(GRADUATED).severity(Severity.WARNING).path(path).country(country)
          .message(String.format("%s is not covered on %s, but it is configured as a graduated country MIEUX "
              + "served (R-EL5)", country.englishName(), date))
          .addLegalBasis(RuleCatalogue.standard().legalBasis(GRADUATED)).addAllLegalBases(decision.coverage()).build());
      return;
    }
    Severity severity = decision.isYes() ? Severity.INFO : Severity.ERROR;
    for (Reason reason : decision.reasons()) {
      fromReason(reason, path, severity, Optional.of(country), findings);
    }
  }

  private static void fromDecision(Decision decision, String path, Severity whenYes, List<Finding> findings) {
    for (Reason reason : decision.reasons()) {
      fromReason(reason, path, decision.isYes() ? whenYes : Severity.ERROR, reason.country(), findings);
    }
  }

  private static void fromReason(Reason reason, String path, Severity severity, Optional<Country> country,
      List<Finding> findings) {
    findings.add(Finding.builder().ruleId(reason.ruleId()).severity(severity).path(path)
        .country(country.or(reason::country)).message(reason.message())
        .addAllLegalBases(reason.legalBases()).build());
  }
}
