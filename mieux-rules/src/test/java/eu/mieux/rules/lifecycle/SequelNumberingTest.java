package eu.mieux.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Outcome;
import eu.mieux.rules.SeedActions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequelNumberingTest {

  private final SequelNumbering rule = new SequelNumbering();
  private final Action costaRicaII = SeedActions.costaRicaII();

  /** Costa Rica III (2017-05) follows Costa Rica II (001:1524). */
  private Action costaRicaIII() {
    return Action.builder().from(costaRicaII).title("Smuggling of migrants and THB").sequelNumber(3)
        .code(java.util.Optional.empty()).requestReceivedOn(LocalDate.of(2017, 5, 2))
        .startDate(LocalDate.of(2018, 1, 10)).endDate(LocalDate.of(2018, 12, 20)).activities(List.of()).build();
  }

  @Test
  void costaRicaIIIFollowsCostaRicaII() {
    assertThat(rule.check(costaRicaII, costaRicaIII()).outcome()).isEqualTo(Outcome.YES);
  }

  @Test
  void aSkippedNumberAnotherCountryAndAnEarlierStartAreAllReported() {
    Action wrong = Action.builder().from(costaRicaIII()).sequelNumber(4).partnerCountries(List.of(Country.PA))
        .startDate(LocalDate.of(2016, 1, 1)).build();
    var decision = rule.check(costaRicaII, wrong);
    assertThat(decision.outcome()).isEqualTo(Outcome.NO);
    assertThat(decision.reasons()).hasSize(3);
    assertThat(decision.reasons().get(1).message()).isEqualTo("the sequel must be number 3, but is number 4");
  }
}
