package eu.mieux.rules.theme;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
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
 * <p>This class is immutable and thread-safe.
 */
public final class ThematicScope {

  /** R-EL7: the topic falls within the thematic areas of the phase. */
  public static final RuleId RULE = RuleId.of("R-EL7");
  /** The default date from which all thematic areas are accepted. */
  public static final LocalDate DEFAULT_ALL_AREAS_FROM = LocalDate.of(2012, 1, 1);


  private final LocalDate allAreasFrom;

  /**
   * Creates the rule with the date from which every thematic area is accepted.
   *
   * @param allAreasFrom  the first day all areas are accepted, not null
   */
  public ThematicScope(LocalDate allAreasFrom) {
    this.allAreasFrom = Objects.requireNonNull(allAreasFrom, "allAreasFrom");
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
   * Decides whether every area is within the mandate on the date.
   *
   * @param areas  the thematic areas of a request or Action, not null
   * @param date  the date of the request, not null
   * @return {@code YES} with one reason per area, {@code NO} naming each area out of scope, or
   *     {@code UNDETERMINED} when there is no area
   */
  public Decision decide(Collection<ThematicArea> areas, LocalDate date) {
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
      allIn &= in;
      reasons.add(reason(in ? Outcome.YES : Outcome.NO, in
          ? String.format("%s is within the mandate on %s", area.label(), date)
          : String.format("%s is outside the mandate on %s: before %s MIEUX accepted irregular migration only",
              area.label(), date, allAreasFrom)));
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

  private static Reason reason(Outcome outcome, String message) {
    return Reason.builder().ruleId(RULE).outcome(outcome).message(message).addLegalBasis(RuleCatalogue.standard().legalBasis(RULE)).build();
  }
}
