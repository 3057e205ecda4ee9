package eu.mieux.rules.admissibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionType;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Action types (RULES.md §15.4 R-LC15): classic; holistic capacity development and regional capacity
 * development partnership from MIEUX+; a regional partnership has several partner countries or a
 * regional requester.
 */
class ActionTypeTest {

  private static Action action(ActionType type, LocalDate start, RequesterKind requester, Country... countries) {
    return Action.builder().title("R-LC15 example").actionType(type).addPartnerCountries(countries)
        .requestingAuthority(requester == RequesterKind.REGIONAL_ORGANISATION
            ? RequestingBody.builder().name("ECOWAS").kind(requester).build()
            : RequestingBody.of("Ministry", requester, countries[0]))
        .addThematicArea(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY).phase(Phase.MIEUX_PLUS)
        .requestReceivedOn(start).startDate(start).status(ActionStatus.IN_IMPLEMENTATION).build();
  }

  private static List<Finding> typeFindings(Action action) {
    Assessment assessment = MieuxRules.standard().actionRules().assess(action);
    return assessment.findings().stream().filter(f -> f.ruleId().id().equals("R-LC15")).toList();
  }

  @ParameterizedTest(name = "{0} from {1} by {2} in {3}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      CLASSIC                                   | 2012-06-01 | NATIONAL_PUBLIC_AUTHORITY | ID PH VN | NONE
      CLASSIC                                   | 2022-06-01 | NATIONAL_PUBLIC_AUTHORITY | TJ       | NONE
      HOLISTIC_CAPACITY_DEVELOPMENT             | 2021-06-01 | NATIONAL_PUBLIC_AUTHORITY | TJ       | NONE
      REGIONAL_CAPACITY_DEVELOPMENT_PARTNERSHIP | 2022-06-01 | NATIONAL_PUBLIC_AUTHORITY | AR BO PY | NONE
      REGIONAL_CAPACITY_DEVELOPMENT_PARTNERSHIP | 2022-06-01 | REGIONAL_ORGANISATION     | NG       | NONE
      REGIONAL_CAPACITY_DEVELOPMENT_PARTNERSHIP | 2022-06-01 | NATIONAL_PUBLIC_AUTHORITY | NG       | ERROR
      HOLISTIC_CAPACITY_DEVELOPMENT             | 2019-06-01 | NATIONAL_PUBLIC_AUTHORITY | TJ       | ERROR
      REGIONAL_CAPACITY_DEVELOPMENT_PARTNERSHIP | 2018-06-01 | NATIONAL_PUBLIC_AUTHORITY | AR BR    | ERROR
      HOLISTIC_CAPACITY_DEVELOPMENT             | 2022-06-01 | NATIONAL_PUBLIC_AUTHORITY | AR BR    | WARNING
      """)
  void typesAndWhatTellsThemApart(ActionType type, LocalDate start, RequesterKind requester, String iso2,
      String expected) {
    Country[] countries = java.util.Arrays.stream(iso2.split(" ")).map(Country::valueOf).toArray(Country[]::new);
    List<Finding> findings = typeFindings(action(type, start, requester, countries));
    if (expected.equals("NONE")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.valueOf(expected));
        assertThat(f.path()).isEqualTo("/actionType");
        assertThat(f.legalBases().get(0).source()).contains("putting-the-plus-into-mieux");
      });
    }
  }

  @Test
  void beforeMieuxPlusOnlyClassic() {
    assertThat(typeFindings(action(ActionType.HOLISTIC_CAPACITY_DEVELOPMENT, LocalDate.of(2020, 4, 29),
        RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.TJ))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("before MIEUX+ began on 2020-04-30"));
    assertThat(typeFindings(action(ActionType.HOLISTIC_CAPACITY_DEVELOPMENT, LocalDate.of(2020, 4, 30),
        RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.TJ))).isEmpty();
  }

  @Test
  void theDefaultTypeIsClassic() {
    assertThat(Action.builder().from(action(ActionType.CLASSIC, LocalDate.of(2010, 1, 1),
        RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.PH)).build().actionType()).isEqualTo(ActionType.CLASSIC);
  }
}
