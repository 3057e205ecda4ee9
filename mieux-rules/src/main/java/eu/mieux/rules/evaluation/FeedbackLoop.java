package eu.mieux.rules.evaluation;

import eu.mieux.model.action.Action;
import eu.mieux.model.action.Activity;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.evaluation.ActionFeedback;
import eu.mieux.model.evaluation.ActionFeedbackSource;
import eu.mieux.model.evaluation.ActivityFeedback;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.rules.catalogue.RuleCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks the continuous feedback loop of an Action on a date (R-LC7, EV5; 10-year report p. 29-32): participants
 * give feedback on each activity, experts and local authorities at the level of the Action.
 *
 * <p>Findings, in this order:
 * <ul>
 *   <li>error: an activity feedback names no activity of the Action, or was received before its
 *       activity started;</li>
 *   <li>warning: an activity that ended before the date has no participant feedback;</li>
 *   <li>warning: a closed Action (its end date before the date; without one, status
 *       {@code CLOSED}) has no
 *       expert feedback although it deployed experts, or no local-authority feedback;</li>
 *   <li>info: how much feedback there is.</li>
 * </ul>
 * Missing feedback is a warning, not an error: the texts describe the practice, not a sanction.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeedbackLoop {

  static final RuleId FEEDBACK = RuleId.of("R-LC7");


  private FeedbackLoop() {}

  /**
   * Obtains the check.
   *
   * @return the check
   */
  public static FeedbackLoop standard() {
    return new FeedbackLoop();
  }

  /**
   * Assesses the feedback collected for an Action up to a date.
   *
   * @param action  the Action, not null
   * @param activityFeedback  the participants' feedback, not null
   * @param actionFeedback  the experts' and local authorities' feedback, not null
   * @param asOf  the date of the check, not null
   * @return every finding
   */
  public Assessment assess(Action action, List<ActivityFeedback> activityFeedback,
      List<ActionFeedback> actionFeedback, LocalDate asOf) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(activityFeedback, "activityFeedback");
    Objects.requireNonNull(actionFeedback, "actionFeedback");
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    List<Activity> activities = action.activities();
    boolean[] covered = new boolean[activities.size()];
    for (int i = 0; i < activityFeedback.size(); i++) {
      ActivityFeedback feedback = activityFeedback.get(i);
      int index = feedback.activityIndex();
      if (index >= activities.size()) {
        findings.add(finding(Severity.ERROR, "/activityFeedback/" + i + "/activityIndex",
            String.format("activityIndex must name one of the %s activities, but was %s",
                activities.size(), index)));
      } else if (feedback.receivedOn().isBefore(activities.get(index).startDate())) {
        findings.add(finding(Severity.ERROR, "/activityFeedback/" + i + "/receivedOn",
            String.format("receivedOn must be on or after the activity's start %s, but was %s",
                activities.get(index).startDate(), feedback.receivedOn())));
      } else {
        covered[index] = true;
      }
    }
    for (int i = 0; i < activities.size(); i++) {
      if (!covered[i] && activities.get(i).endDate().isBefore(asOf)) {
        findings.add(finding(Severity.WARNING, "/activities/" + i, String.format(
            "Activity %s (%s, %s) ended before %s but has no participant feedback", i,
            activities.get(i).type().code(), activities.get(i).period(), asOf)));
      }
    }
    boolean closed = action.endDate().map(asOf::isAfter)
        .orElse(action.status() == ActionStatus.CLOSED);
    if (closed) {
      if (!action.experts().isEmpty() && actionFeedback.stream()
          .noneMatch(f -> f.source() == ActionFeedbackSource.EXPERT)) {
        findings.add(finding(Severity.WARNING, "/actionFeedback",
            "The Action is closed but none of its experts gave feedback at Action level"));
      }
      if (actionFeedback.stream().noneMatch(f -> f.source() == ActionFeedbackSource.LOCAL_AUTHORITY)) {
        findings.add(finding(Severity.WARNING, "/actionFeedback",
            "The Action is closed but no local authority gave feedback at Action level"));
      }
    }
    findings.add(finding(Severity.INFO, "", String.format(
        "%s activity feedback record%s and %s Action feedback record%s as of %s",
        activityFeedback.size(), activityFeedback.size() == 1 ? "" : "s", actionFeedback.size(),
        actionFeedback.size() == 1 ? "" : "s", asOf)));
    return Assessment.builder().addAllFindings(findings).build();
  }

  private static Finding finding(Severity severity, String path, String message) {
    return Finding.builder().ruleId(FEEDBACK).severity(severity).path(path).message(message)
        .addLegalBasis(RuleCatalogue.standard().legalBasis(FEEDBACK)).build();
  }
}
