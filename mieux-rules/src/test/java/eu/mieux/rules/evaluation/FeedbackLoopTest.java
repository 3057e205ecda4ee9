package eu.mieux.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.evaluation.ActionFeedback;
import eu.mieux.model.evaluation.ActionFeedbackSource;
import eu.mieux.model.evaluation.ActivityFeedback;
import eu.mieux.rules.SeedActions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-LC7 (003:571): feedback per activity from participants, per Action from experts and authorities. */
class FeedbackLoopTest {

  private static final Action COSTA_RICA_II = SeedActions.costaRicaII();

  private static ActivityFeedback participants(int activity, LocalDate on) {
    return ActivityFeedback.builder().activityIndex(activity).receivedOn(on).respondents(20)
        .rating(5).build();
  }

  @Test
  void completeFeedbackPasses() {
    List<ActivityFeedback> perActivity = new ArrayList<>();
    for (int i = 0; i < COSTA_RICA_II.activities().size(); i++) {
      perActivity.add(participants(i, COSTA_RICA_II.activities().get(i).endDate()));
    }
    List<ActionFeedback> perAction = List.of(
        ActionFeedback.builder().source(ActionFeedbackSource.EXPERT)
            .receivedOn(LocalDate.of(2017, 12, 20)).comment("Exchange ran both ways").build(),
        ActionFeedback.builder().source(ActionFeedbackSource.LOCAL_AUTHORITY)
            .receivedOn(LocalDate.of(2017, 12, 20)).rating(5).build());
    Assessment assessment = FeedbackLoop.standard().assess(COSTA_RICA_II, perActivity, perAction,
        LocalDate.of(2018, 1, 31));
    assertThat(assessment.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
  }

  @Test
  void missingAndMisplacedFeedback() {
    Assessment assessment = FeedbackLoop.standard().assess(COSTA_RICA_II,
        List.of(participants(0, LocalDate.of(2017, 2, 10)), participants(9, LocalDate.of(2017, 3, 1)),
            participants(1, LocalDate.of(2017, 1, 2))),
        List.of(), LocalDate.of(2017, 6, 1));
    assertThat(assessment.isYes()).isFalse();
    assertThat(assessment.findings(Severity.ERROR)).extracting(Finding::path)
        .containsExactly("/activityFeedback/1/activityIndex", "/activityFeedback/2/receivedOn");
    // activities 1 (workshop 2017-04-03) and 2 (drafting session 2017-05-15) ended before June
    assertThat(assessment.findings(Severity.WARNING)).extracting(Finding::path)
        .containsExactly("/activities/1", "/activities/2");
    Assessment closed = FeedbackLoop.standard().assess(COSTA_RICA_II, List.of(), List.of(),
        LocalDate.of(2018, 1, 31));
    assertThat(closed.findings(Severity.WARNING)).hasSize(9)
        .extracting(Finding::message).contains(
            "The Action is closed but none of its experts gave feedback at Action level",
            "The Action is closed but no local authority gave feedback at Action level");
  }

  @Test
  void feedbackInvariants() {
    assertThatThrownBy(() -> ActionFeedback.builder().source(ActionFeedbackSource.EXPERT)
        .receivedOn(LocalDate.of(2018, 1, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rating or comment must be given, but both were empty");
    assertThatThrownBy(() -> ActivityFeedback.builder().activityIndex(-1)
        .receivedOn(LocalDate.of(2018, 1, 1)).rating(3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("activityIndex must be at least 0, but was -1");
  }
}
