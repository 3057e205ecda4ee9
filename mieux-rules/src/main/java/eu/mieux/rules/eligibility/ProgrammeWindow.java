package eu.mieux.rules.eligibility;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether MIEUX was running on a date: the programme window (rule {@code M-PW1}, added by
 * this library on top of RULES.md).
 *
 * <p>By default the window runs from the start of the first phase to the end of the last in
 * {@code phases.csv} ({@link eu.mieux.rules.PhaseCalendar#span()}), where each date has its sources;
 * {@link eu.mieux.rules.DateInConflict#PROGRAMME_END} gives the other reading of the end.
 * The window is a setting of {@link eu.mieux.rules.RulesConfig}; see its "Choice". The window is reported
 * apart from the country and requester rules: a country can be covered by an instrument on a date
 * when MIEUX itself was not running.
 *
 * <pre>{@code
 * new ProgrammeWindow(RulesConfig.standard().programmeWindow()).check(LocalDate.of(2016, 5, 1)).isYes(); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeWindow {

  /** The rule this class decides: the programme window. */
  public static final RuleId RULE = RuleId.of("M-PW1");

  private final ValidityPeriod window;

  /**
   * Creates the rule for a window.
   *
   * @param window  the period in which MIEUX accepts requests, inclusive at both ends, not null
   */
  public ProgrammeWindow(ValidityPeriod window) {
    this.window = Objects.requireNonNull(window, "window");
  }

  /**
   * Gets the window.
   *
   * @return the period, inclusive at both ends
   */
  public ValidityPeriod window() {
    return window;
  }

  /**
   * Decides whether MIEUX was running on a date.
   *
   * @param date  the date, such as the date a request was received, not null
   * @return {@code YES} inside the window, {@code NO} outside, with one reason
   */
  public Decision check(LocalDate date) {
    Objects.requireNonNull(date, "date");
    boolean inside = window.contains(date);
    String message = inside
        ? "MIEUX was running on " + date + " (programme window " + window + ")"
        : "MIEUX was not running on " + date + ": the programme window is " + window;
    Outcome outcome = inside ? Outcome.YES : Outcome.NO;
    return Decision.of(outcome, List.of(Reason.builder().ruleId(RULE).outcome(outcome)
        .message(message)
        .addLegalBasis(LegalBasis.builder().from(RuleCatalogue.standard().legalBasis(RULE)).period(window).build())
        .addLegalBasis(eu.mieux.rules.DateInConflict.PROGRAMME_END.basis())
        .build()));
  }

  /**
   * Returns the window, such as {@code ProgrammeWindow[2008-12-01/2024-03-31]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "ProgrammeWindow[" + window + "]";
  }
}
