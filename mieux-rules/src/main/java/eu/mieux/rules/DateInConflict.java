package eu.mieux.rules;

import eu.mieux.model.Phase;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.RuleId;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.time.LocalDate;

/**
 * A date on which the sources disagree, kept as a setting of {@link RulesConfig} with a documented
 * default (RULES.md §15.3).
 *
 * <p>Each constant gives its default, which is the end of a phase in {@link PhaseCalendar#standard()}
 * ({@code phases.csv}, with the sources of each phase), the other reading, and the catalogue rule
 * whose {@link LegalBasis} names the conflicting sources; the rules that use the date cite it in
 * their reasons.
 * <ul>
 *   <li>{@link #PROGRAMME_END}: the end of MIEUX+. The programme's own page ("the end of March 2024")
 *       and ICMPD's project page ("January 2009 to March 2024") agree, the closing event was held in
 *       Brussels on 12 March 2024 and several Actions end in March 2024; only the 15-years article says
 *       "until April 2024" (the earlier default of this library), the other reading. Set
 *       {@code programmeEnd} to it for that reading.</li>
 *   <li>{@link #PHASE_III_END}: the end of MIEUX III, the day before MIEUX+ was launched. The 10-year
 *       report dates phases I-III from December 2008 to April 2020; the programme's later article ends
 *       MIEUX III in April 2019, the other reading. Actions ran in between, and with the April 2019 end
 *       they would fall in no phase, so the seeds' date is the default. Set {@code phaseIIIEnd} to it
 *       for the other reading.</li>
 * </ul>
 */
public enum DateInConflict {

  /** The last day of the programme (M-PW1, M-PW2): end of March 2024 or end of April 2024. */
  PROGRAMME_END(Phase.MIEUX_PLUS, LocalDate.of(2024, 4, 30), "M-PW2"),

  /** The last day of MIEUX III (M-PH2): April 2020 or April 2019. */
  PHASE_III_END(Phase.MIEUX_III, LocalDate.of(2019, 4, 30), "M-PH2");

  private final Phase phase;
  private final LocalDate otherReading;
  private final RuleId rule;

  DateInConflict(Phase phase, LocalDate otherReading, String rule) {
    this.phase = phase;
    this.otherReading = otherReading;
    this.rule = RuleId.of(rule);
  }

  /**
   * Gets the date this library uses unless configured otherwise: the end of the phase in
   * {@link PhaseCalendar#standard()}.
   *
   * @return the default date, inclusive
   */
  public LocalDate defaultValue() {
    return PhaseCalendar.standard().periodOf(phase).endInclusive();
  }

  /**
   * Gets the date the other source gives.
   *
   * @return the other reading, inclusive
   */
  public LocalDate otherReading() {
    return otherReading;
  }

  /**
   * Gets the citation that names the conflicting sources: the catalogue's entry for the rule.
   *
   * @return the legal basis
   */
  public LegalBasis basis() {
    return RuleCatalogue.standard().legalBasis(rule);
  }
}
