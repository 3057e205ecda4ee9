package eu.mieux.rules;

import eu.mieux.model.decision.LegalBasis;
import java.time.LocalDate;

/**
 * A date on which the sources disagree, kept as a setting of {@link RulesConfig} with a documented
 * default (RULES.md §15.3).
 *
 * <p>Each constant gives its default, the other reading, and a {@link LegalBasis} naming the
 * conflicting sources, which the rules that use the date cite in their reasons.
 * <ul>
 *   <li>{@link #PROGRAMME_END}: default 2024-03-31. The programme's own page ("the end of March 2024")
 *       and ICMPD's project page ("January 2009 to March 2024") agree, the closing event was held in
 *       Brussels on 12 March 2024 and several Actions end in March 2024; only the 15-years article says
 *       "until April 2024" (the earlier default of this library). Set {@code programmeEnd=2024-04-30}
 *       for that reading.</li>
 *   <li>{@link #PHASE_III_END}: default 2020-04-29, the day before MIEUX+ was launched. The 10-year
 *       report dates phases I-III from December 2008 to April 2020; the programme's later article ends
 *       MIEUX III in April 2019. Actions ran in between, and with the April 2019 end they would fall in
 *       no phase, so the seeds' date is the default. Set {@code phaseIIIEnd=2019-04-30} for the
 *       other reading.</li>
 * </ul>
 */
public enum DateInConflict {

  /** The last day of the programme (M-PW1, M-PW2): end of March 2024 or end of April 2024. */
  PROGRAMME_END(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30), LegalBasis.ofCitation(
      "M-PW2: the programme ends at the end of March 2024 (programme site, ICMPD; closing event 12 March 2024); "
          + "the 15-years article says until April 2024",
      "https://mieux-initiative.eu/en/about/what-is-mieux; "
          + "https://www.icmpd.org/our-work/projects/migration-eu-expertise-initiative-mieux-mieux; "
          + "https://www.mieux-initiative.eu/en/news-events/news/15-years-of-achievements-the-mieux-initiative")),

  /** The last day of MIEUX III (M-PH2): April 2020 or April 2019. */
  PHASE_III_END(LocalDate.of(2020, 4, 29), LocalDate.of(2019, 4, 30), LegalBasis.ofCitation(
      "M-PH2: MIEUX III ends in April 2020 in the 10-year report (phases I-III December 2008 to April 2020), "
          + "in April 2019 in the programme's article; Actions ran in between",
      "10-year report 'Créer des liens' (2020), annex on phases; "
          + "https://mieux-initiative.eu/en/news-events/news/putting-the-plus-into-mieux-part-i-holistic-capacity-development-actions"));

  private final LocalDate defaultValue;
  private final LocalDate otherReading;
  private final LegalBasis basis;

  DateInConflict(LocalDate defaultValue, LocalDate otherReading, LegalBasis basis) {
    this.defaultValue = defaultValue;
    this.otherReading = otherReading;
    this.basis = basis;
  }

  /**
   * Gets the date this library uses unless configured otherwise.
   *
   * @return the default date, inclusive
   */
  public LocalDate defaultValue() {
    return defaultValue;
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
   * Gets the citation that names the conflicting sources.
   *
   * @return the legal basis
   */
  public LegalBasis basis() {
    return basis;
  }
}
