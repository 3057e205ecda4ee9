package eu.mieux.rules.theme;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether thematic areas are within MIEUX's mandate on a date (RULES.md R-EL7).
 *
 * <p>MIEUX I accepted irregular-migration topics only; from 2012 all four GAMM pillars and the
 * horizontal interventions are accepted (10-year report p. 19-24, 10-year report p. 39-48).
 *
 * <p>Choice (RULES.md §13 Q1): the date from which every area is accepted is a setting; the default
 * is 2012-01-01, the start of MIEUX II in 10-year report p. 19-24 and 10-year report p. 39-48. Some passages date phase II from 2011
 * (10-year report p. 53-64); pass 2011-01-01 to follow them. A request with no thematic area is
 * {@code UNDETERMINED}: the rule cannot be applied.
 *
 * <p>Choice (RULES.md §15.2): before that date the seeds and the programme's record conflict. The
 * seeds say MIEUX I accepted irregular migration only, but the programme's own Action pages list
 * MIEUX I Actions on migration data management (Armenia I, 2009-2010; The Gambia I, 2010-2012), a
 * national migration strategy (Cabo Verde I, 2009) and asylum legislation (Angola, 2009-2011), and a
 * 2010 presentation describes the pilot's scope as any area of migration management that helps
 * address irregular migration. By default an area outside irregular migration before that date is
 * therefore accepted with a warning naming the conflict ({@link #severity}); the strict reading
 * ({@code strictEarlyMandate}, {@link eu.mieux.rules.RulesConfig#strictEarlyMandate()}) refuses it
 * as the seeds do.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThematicScope {

  /** R-EL7: the topic falls within the thematic areas of the phase. */
  public static final RuleId RULE = RuleId.of("R-EL7");
  /** R-EL7a: R-EL7 before 2012 conflicts with the programme's record (RULES.md §15.2). */
  public static final RuleId EARLY_MANDATE_CONFLICT = RuleId.of("R-EL7a");
  /** The default date from which all thematic areas are accepted. */
  public static final LocalDate DEFAULT_ALL_AREAS_FROM = LocalDate.of(2012, 1, 1);

  private final LocalDate allAreasFrom;
  private final boolean strictEarlyMandate;

  /**
   * Creates the rule with the date from which every thematic area is accepted, and the default,
   * advisory reading before it (RULES.md §15.2).
   *
   * @param allAreasFrom  the first day all areas are accepted, not null
   */
  public ThematicScope(LocalDate allAreasFrom) {
    this(allAreasFrom, false);
  }

  /**
   * Creates the rule with its settings.
   *
   * @param allAreasFrom  the first day all areas are accepted, not null
   * @param strictEarlyMandate  true to refuse areas other than irregular migration before
   *     {@code allAreasFrom} (the seeds' reading); false to accept them with a warning (the record's)
   */
  public ThematicScope(LocalDate allAreasFrom, boolean strictEarlyMandate) {
    this.allAreasFrom = Objects.requireNonNull(allAreasFrom, "allAreasFrom");
    this.strictEarlyMandate = strictEarlyMandate;
  }

  /**
   * Creates the rule with the default date, 2012-01-01.
   *
   * @return the rule with its default setting
   */
  public static ThematicScope standard() {
    return new ThematicScope(DEFAULT_ALL_AREAS_FROM);
  }

  /**
   * Decides as {@link #check(Collection, LocalDate)} does: the old name of that method.
   *
   * @param areas  the thematic areas of a request or Action, not null
   * @param date  the date of the request, not null
   * @return the decision, as {@link #check(Collection, LocalDate)} gives it
   * @deprecated rules that answer with a {@code Decision} are called {@code check}; use
   *     {@link #check(Collection, LocalDate)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Decision decide(Collection<ThematicArea> areas, LocalDate date) {
    return check(areas, date);
  }

  /**
   * Decides whether every area is within the mandate on the date.
   *
   * @param areas  the thematic areas of a request or Action, not null
   * @param date  the date of the request, not null
   * @return {@code YES} with one reason per area (under the advisory reading, an area outside the
   *     MIEUX I mandate has a {@code YES} reason that names the conflict), {@code NO} naming each area
   *     out of scope under the strict reading, or {@code UNDETERMINED} when there is no area
   */
  public Decision check(Collection<ThematicArea> areas, LocalDate date) {
    Objects.requireNonNull(areas, "areas");
    Objects.requireNonNull(date, "date");
    if (areas.isEmpty()) {
      return Decision.of(Outcome.UNDETERMINED, ImmutableList.of(reason(Outcome.UNDETERMINED,
          "no thematic area is given, so the thematic mandate cannot be checked")));
    }
    List<Reason> reasons = new ArrayList<>();
    boolean allIn = true;
    for (ThematicArea area : areas) {
      boolean in = isInScope(area, date);
      if (in) {
        reasons.add(reason(Outcome.YES, String.format("%s is within the mandate on %s", area.label(), date)));
      } else if (!strictEarlyMandate) {
        reasons.add(Reason.builder().ruleId(RULE).outcome(Outcome.YES).message(String.format(
            "%s on %s is outside the MIEUX I mandate as the seeds state it (irregular migration only before "
                + "%s), but the programme's record lists MIEUX I Actions on migration data, a national "
                + "migration strategy and asylum legislation (RULES.md §15.2): accepted with a warning; "
                + "the strict reading refuses it", area.label(), date, allAreasFrom))
            .addLegalBasis(RuleCatalogue.standard().legalBasis(EARLY_MANDATE_CONFLICT)).addLegalBasis(RuleCatalogue.standard().legalBasis(RULE)).build());
      } else {
        allIn = false;
        reasons.add(reason(Outcome.NO, String.format(
            "%s is outside the mandate on %s: before %s MIEUX accepted irregular migration only (strict "
                + "reading of R-EL7; the programme's record conflicts, RULES.md §15.2)",
            area.label(), date, allAreasFrom)));
      }
    }
    return Decision.of(allIn ? Outcome.YES : Outcome.NO, reasons);
  }

  /**
   * Checks if one area is within the mandate on a date.
   *
   * @param area  the thematic area, not null
   * @param date  the date, not null
   * @return true from {@code allAreasFrom} on, or for irregular migration and THB at any date
   */
  public boolean isInScope(ThematicArea area, LocalDate date) {
    return area == ThematicArea.IRREGULAR_MIGRATION_AND_THB || !date.isBefore(allAreasFrom);
  }

  /**
   * Gets how a finding on one area is reported: within the mandate, outside it under the advisory
   * reading, or outside it under the strict reading.
   *
   * @param area  the thematic area, not null
   * @param date  the date of the request, not null
   * @return {@code INFO} within the mandate, {@code WARNING} outside it before {@code allAreasFrom}
   *     under the default advisory reading, {@code ERROR} under the strict reading
   */
  public Severity severity(ThematicArea area, LocalDate date) {
    if (isInScope(area, date)) {
      return Severity.INFO;
    }
    return strictEarlyMandate ? Severity.ERROR : Severity.WARNING;
  }

  /**
   * Checks if the strict reading of R-EL7 before {@code allAreasFrom} applies.
   *
   * @return true if areas other than irregular migration are refused before that date
   */
  public boolean isStrictEarlyMandate() {
    return strictEarlyMandate;
  }

  private static Reason reason(Outcome outcome, String message) {
    return Reason.builder().ruleId(RULE).outcome(outcome).message(message).addLegalBasis(RuleCatalogue.standard().legalBasis(RULE)).build();
  }
}
