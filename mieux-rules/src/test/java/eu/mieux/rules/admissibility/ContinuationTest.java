package eu.mieux.rules.admissibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.ActionCode;
import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.LifecycleEvent;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R-LC14 (RULES.md §15.4): an interrupted Action can be continued by a later one (Mexico IV continued
 * Mexico III, interrupted by COVID-19), and an Action closed early is not held to six or seven
 * Activities (R-LC11).
 */
class ContinuationTest {

  private static final ActionCode MEXICO_III = ActionCode.parse("2019-02");

  private static Action mexicoIII(ActionStatus status, List<StatusChange> history) {
    return Action.builder().code(MEXICO_III).title("Mexico III").sequelNumber(3).addPartnerCountry(Country.MX)
        .requestingAuthority(RequestingBody.of("Unidad de Política Migratoria", RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
            Country.MX))
        .addThematicArea(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM).phase(Phase.MIEUX_III)
        .requestReceivedOn(LocalDate.of(2019, 3, 1)).startDate(LocalDate.of(2019, 9, 1)).status(status)
        .history(history).build();
  }

  private static Action mexicoIV() {
    return Action.builder().title("Mexico IV").sequelNumber(4).addPartnerCountry(Country.MX)
        .requestingAuthority(RequestingBody.of("Unidad de Política Migratoria", RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
            Country.MX))
        .addThematicArea(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM).phase(Phase.MIEUX_PLUS)
        .requestReceivedOn(LocalDate.of(2021, 3, 1)).startDate(LocalDate.of(2021, 6, 1))
        .status(ActionStatus.IN_IMPLEMENTATION).continues(MEXICO_III).build();
  }

  private static List<Finding> continuation(Action action, List<Action> portfolio) {
    return MieuxRules.standard().actionRules().assess(action, portfolio).findings().stream()
        .filter(f -> f.ruleId().id().equals("R-LC14")).toList();
  }

  @Test
  void mexicoIvContinuesMexicoIiiClosedEarly() {
    Action closedEarly = mexicoIII(ActionStatus.CLOSED, List.of(StatusChange.builder().event(LifecycleEvent.CLOSE_EARLY)
        .from(ActionStatus.IN_IMPLEMENTATION).to(ActionStatus.CLOSED).date(LocalDate.of(2020, 4, 1))
        .reason("interrupted by COVID-19").build()));
    assertThat(continuation(mexicoIV(), List.of(closedEarly))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("2019-02").contains("closed early");
      assertThat(f.legalBases().get(0).source()).contains("174-mexico-iv");
    });
    assertThat(MieuxRules.standard().actionRules().assess(closedEarly).findings())
        .noneMatch(f -> f.ruleId().id().equals("R-LC11"));
  }

  @Test
  void continuingAnActionThatWasNotInterruptedIsAWarning() {
    assertThat(continuation(mexicoIV(), List.of(mexicoIII(ActionStatus.IN_EVALUATION, List.of()))))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("in_evaluation");
        });
    assertThat(continuation(mexicoIV(), List.of())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("not in the portfolio"));
    assertThat(continuation(mexicoIV(), List.of(mexicoIII(ActionStatus.ON_HOLD, List.of())))).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }
}
