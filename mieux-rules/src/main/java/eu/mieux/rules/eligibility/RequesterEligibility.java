package eu.mieux.rules.eligibility;

import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a kind of body may request MIEUX support on a date (RULES.md R-EL2, R-EL3).
 *
 * <p>Core requesters, national public authorities and regional organisations, may always request
 * (R-EL2; annual report 2018,
 * 10-year report p. 11-16). Local authorities, ombudspersons or mediators, parliaments,
 * judicial authorities and civil-society organisations may request since January 2016 (R-EL3;
 * annual report 2018, 10-year report p. 11-16), that is on or after the date of
 * {@link eu.mieux.rules.RulesConfig#extendedRequestersFrom()}, 2016-01-01 by default.
 *
 * <p>Choice (RULES.md §13 Q13, Q14): the date is the date the request was received, and the
 * extended kinds are judged against 2016-01-01, not the December 2015 start of MIEUX III. The kinds
 * that may always request are a setting too ({@link eu.mieux.rules.RulesConfig#coreRequesterKinds()}):
 * before 2016 the texts say only "government or organisation" and once "international
 * organisations" (10-year report p. 25-28), so the exact list is uncertain; the default is the two core kinds of
 * R-EL2.
 *
 * <p>Joint requests (R-EL3b, RULES.md §15.1): several bodies may send one request together, and each
 * body's kind is checked on the date. Once civil-society organisations may request, a CSO requests
 * only jointly with at least one government body, a national public authority or a local authority
 * ({@link RequesterKind#isGovernment()}; the Commission's MIEUX+ page
 * https://international-partnerships.ec.europa.eu/policies/programming/projects/migration-eu-expertise-initiative-mieux_en
 * and R-EL3d for the local authority). A setting,
 * {@link eu.mieux.rules.RulesConfig#csoOnlyJointly()}, turns the pairing off to read the seeds alone,
 * which are silent on it (§13 Q13).
 *
 * <pre>{@code
 * new RequesterEligibility(RulesConfig.EXTENDED_REQUESTERS_FROM)
 *     .check(RequesterKind.PARLIAMENT, LocalDate.of(2015, 6, 1)).outcome(); // NO
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RequesterEligibility {

  /** The rule on core requesters. */
  public static final RuleId CORE_RULE = RuleId.of("R-EL2");

  /** The rule on extended requesters, since January 2016. */
  public static final RuleId EXTENDED_RULE = RuleId.of("R-EL3");

  /** The rule on joint requests: a civil-society organisation requests only with a government body. */
  public static final RuleId JOINT_RULE = RuleId.of("R-EL3b");


  private final LocalDate extendedFrom;
  private final java.util.Set<RequesterKind> alwaysAllowed;
  private final boolean csoOnlyJointly;

  /**
   * Creates the rule with the core kinds of R-EL2 as the kinds that may always request.
   *
   * @param extendedFrom  the first day on which extended requesters may request, not null
   */
  public RequesterEligibility(LocalDate extendedFrom) {
    this(extendedFrom, defaultCoreKinds());
  }

  /**
   * Creates the rule.
   *
   * @param extendedFrom  the first day on which the other kinds may request, not null
   * @param alwaysAllowed  the kinds that may request at any date, not null
   */
  public RequesterEligibility(LocalDate extendedFrom, java.util.Set<RequesterKind> alwaysAllowed) {
    this(extendedFrom, alwaysAllowed, true);
  }

  /**
   * Creates the rule with the joint-request setting.
   *
   * @param extendedFrom  the first day on which the other kinds may request, not null
   * @param alwaysAllowed  the kinds that may request at any date, not null
   * @param csoOnlyJointly  true to apply R-EL3b, a CSO requesting only with a government body
   */
  public RequesterEligibility(LocalDate extendedFrom, java.util.Set<RequesterKind> alwaysAllowed,
      boolean csoOnlyJointly) {
    this.extendedFrom = Objects.requireNonNull(extendedFrom, "extendedFrom");
    this.alwaysAllowed = com.google.common.collect.Sets.immutableEnumSet(
        Objects.requireNonNull(alwaysAllowed, "alwaysAllowed"));
    this.csoOnlyJointly = csoOnlyJointly;
  }

  /**
   * Gets the kinds of R-EL2, national public authorities and regional organisations.
   *
   * @return the core kinds
   */
  public static java.util.Set<RequesterKind> defaultCoreKinds() {
    return com.google.common.collect.Sets.immutableEnumSet(RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
        RequesterKind.REGIONAL_ORGANISATION);
  }

  /**
   * Gets the first day on which extended requesters may request.
   *
   * @return the date, inclusive
   */
  public LocalDate extendedFrom() {
    return extendedFrom;
  }

  /**
   * Decides whether a kind of body may request on a date.
   *
   * @param kind  the kind of requesting body, not null
   * @param date  the date the request was received, not null
   * @return {@code YES} for a core kind, or an extended kind on or after the extended date;
   *     {@code NO} for an extended kind before it; with one reason
   */
  public Decision check(RequesterKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Reason reason;
    if (alwaysAllowed.contains(kind)) {
      reason = Reason.builder().ruleId(CORE_RULE).outcome(Outcome.YES)
          .message("a " + kind.code() + " is a core requester and may always request"
              + (kind.isCore() ? "" : " (a setting: R-EL2 names it only from " + extendedFrom + ")"))
          .addLegalBasis(RuleCatalogue.standard().legalBasis(CORE_RULE)).build();
    } else if (!date.isBefore(extendedFrom)) {
      reason = Reason.builder().ruleId(EXTENDED_RULE).outcome(Outcome.YES)
          .message("a " + kind.code() + " may request since " + extendedFrom + ", and the date is "
              + date)
          .addLegalBasis(RuleCatalogue.standard().legalBasis(EXTENDED_RULE)).build();
    } else {
      reason = Reason.builder().ruleId(EXTENDED_RULE).outcome(Outcome.NO)
          .message("a " + kind.code() + " may request only since " + extendedFrom
              + ", but the date is " + date)
          .addLegalBasis(RuleCatalogue.standard().legalBasis(EXTENDED_RULE)).build();
    }
    return Decision.of(reason.outcome(), List.of(reason));
  }

  /**
   * Decides whether bodies of these kinds may send one request together on a date: each kind on its
   * own (R-EL2, R-EL3), then the pairing of R-EL3b.
   *
   * @param kinds  the kinds of the requesting bodies, one per body, in the request's order, not empty,
   *     not null
   * @param date  the date the request was received, not null
   * @return {@code YES} exactly when every kind may request on the date and, if a civil-society
   *     organisation may request and is among them, a government body is too; one reason per body,
   *     then one R-EL3b reason when a CSO is among them and may request
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public Decision checkJoint(List<RequesterKind> kinds, LocalDate date) {
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(date, "date");
    com.google.common.base.Preconditions.checkArgument(!kinds.isEmpty(),
        "kinds must not be empty, but was %s", kinds);
    List<Reason> reasons = new java.util.ArrayList<>();
    boolean allMay = true;
    for (RequesterKind kind : kinds) {
      Reason reason = check(kind, date).reasons().get(0);
      allMay &= reason.outcome() == Outcome.YES;
      reasons.add(reason);
    }
    Optional<Reason> pairing = pairing(kinds, date);
    pairing.ifPresent(reasons::add);
    boolean paired = pairing.map(r -> r.outcome() == Outcome.YES).orElse(true);
    Outcome outcome = allMay && paired ? Outcome.YES : Outcome.NO;
    return Decision.of(outcome, reasons);
  }

  private Optional<Reason> pairing(List<RequesterKind> kinds, LocalDate date) {
    RequesterKind cso = RequesterKind.CIVIL_SOCIETY_ORGANISATION;
    if (!csoOnlyJointly || !kinds.contains(cso) || !maySingly(cso, date)) {
      return Optional.empty();
    }
    List<String> government = kinds.stream().filter(RequesterKind::isGovernment).map(RequesterKind::code)
        .distinct().toList();
    boolean paired = !government.isEmpty();
    String message = paired
        ? "a " + cso.code() + " requests jointly with a government body (" + String.join(", ", government)
            + "), as R-EL3b requires"
        : "a " + cso.code() + " may request only jointly with a government body (a national_public_authority "
            + "or a local_authority), but the request names " + (kinds.size() == 1 ? "no other body"
            : "only " + kinds.stream().map(RequesterKind::code).distinct()
                .collect(java.util.stream.Collectors.joining(", ")));
    return Optional.of(Reason.builder().ruleId(JOINT_RULE).outcome(paired ? Outcome.YES : Outcome.NO)
        .message(message).addLegalBasis(RuleCatalogue.standard().legalBasis(JOINT_RULE)).build());
  }

  private boolean maySingly(RequesterKind kind, LocalDate date) {
    return alwaysAllowed.contains(kind) || !date.isBefore(extendedFrom);
  }

  /**
   * Checks if R-EL3b applies: a civil-society organisation requests only with a government body.
   *
   * @return true unless turned off by the settings
   */
  public boolean isCsoOnlyJointly() {
    return csoOnlyJointly;
  }

  /**
   * Returns the date, such as {@code RequesterEligibility[extendedFrom=2016-01-01]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "RequesterEligibility[extendedFrom=" + extendedFrom + ", csoOnlyJointly=" + csoOnlyJointly + "]";
  }
}
