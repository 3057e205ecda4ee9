package eu.mieux.rules.lifecycle;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether an Action is a well-numbered sequel of another: a follow-up request gives numbered
 * sequel Actions II, III, IV (RULES.md L11, R-LC12).
 *
 * <p>A sequel shares at least one partner country with its predecessor, carries the next sequel number,
 * starts on or after the predecessor's start, and follows a predecessor that reached implementation
 * (a declined or withdrawn request has no sequel).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SequelNumbering {

  /** R-LC12: several Actions may exist per country, numbered with Roman numerals. */
  public static final RuleId RULE = RuleId.of("R-LC12");


  /** Creates the rule; it has no setting. */
  public SequelNumbering() {}

  /**
   * Decides as {@link #check(Action, Action)} does: the old name of that method.
   *
   * @param previous  the earlier Action, not null
   * @param sequel  the follow-up Action, not null
   * @return the decision, as {@link #check(Action, Action)} gives it
   * @deprecated rules that answer with a {@code Decision} are called {@code check}; use
   *     {@link #check(Action, Action)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Decision decide(Action previous, Action sequel) {
    return check(previous, sequel);
  }

  /**
   * Decides whether {@code sequel} correctly follows {@code previous}.
   *
   * @param previous  the earlier Action, not null
   * @param sequel  the follow-up Action, not null
   * @return {@code YES}, or {@code NO} with one reason per broken condition
   */
  public Decision check(Action previous, Action sequel) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(sequel, "sequel");
    List<Reason> problems = new ArrayList<>();
    if (Collections.disjoint(previous.partnerCountries(), sequel.partnerCountries())) {
      problems.add(reason(Outcome.NO, String.format("the sequel's partner countries %s share none with %s",
          sequel.partnerCountries(), previous.partnerCountries())));
    }
    if (sequel.sequelNumber() != previous.sequelNumber() + 1) {
      problems.add(reason(Outcome.NO, String.format("the sequel must be number %s, but is number %s",
          previous.sequelNumber() + 1, sequel.sequelNumber())));
    }
    if (sequel.startDate().isBefore(previous.startDate())) {
      problems.add(reason(Outcome.NO, String.format("the sequel starts on %s, before its predecessor on %s",
          sequel.startDate(), previous.startDate())));
    }
    if (previous.status() == ActionStatus.DECLINED || previous.status() == ActionStatus.WITHDRAWN) {
      problems.add(reason(Outcome.NO, String.format("the predecessor was %s and has no sequel",
          previous.status().code())));
    }
    if (!problems.isEmpty()) {
      return Decision.of(Outcome.NO, problems);
    }
    return Decision.of(Outcome.YES, List.of(reason(Outcome.YES, String.format(
        "'%s' (number %s) follows '%s' (number %s)", sequel.title(), sequel.sequelNumber(), previous.title(),
        previous.sequelNumber()))));
  }

  private static Reason reason(Outcome outcome, String message) {
    return Reason.builder().ruleId(RULE).outcome(outcome).message(message).addLegalBasis(RuleCatalogue.standard().legalBasis(RULE)).build();
  }
}
