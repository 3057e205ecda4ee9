package eu.mieux.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

/** What-if comparisons over the choices of RULES.md §13 and §15 (OpenFisca's "reform"). */
class ComparisonTest {

  private static final RulesConfig DEFAULTS = RulesConfig.standard();

  private static RulesConfig with(String... assignments) {
    return Setting.apply(DEFAULTS, List.of(assignments));
  }

  /** §15.3 M-PW2: only the days between the end of March and the end of April 2024 change. */
  @Test
  void programmeEndChangesOnlyAprilTwentyTwentyFour() {
    List<Question> questions = List.of(Question.ofCountry(Country.UA, LocalDate.of(2024, 3, 31)),
        Question.ofCountry(Country.UA, LocalDate.of(2024, 4, 1)), Question.ofCountry(Country.UA, LocalDate.of(2016, 5, 1)));
    List<Difference> differences = Comparison.of(DEFAULTS, with("programmeEnd=2024-04-30")).differences(questions);
    assertThat(differences).singleElement().satisfies(d -> {
      assertThat(d.question().label()).isEqualTo("UA 2024-04-01");
      assertThat(d.base().outcome()).isEqualTo(Outcome.NO);
      assertThat(d.alternative().outcome()).isEqualTo(Outcome.YES);
      assertThat(d.base().reasons()).anySatisfy(r -> assertThat(r).startsWith("M-PW1").contains("2024-03-31"));
    });
  }

  /** §15.1 R-EL3b: without the pairing, a CSO alone in 2022 may request. */
  @Test
  void csoPairingIsAChoiceToo() {
    Question alone = Question.ofCountry(Country.NE, LocalDate.of(2022, 3, 1),
        List.of(RequesterKind.CIVIL_SOCIETY_ORGANISATION));
    Question paired = Question.ofCountry(Country.NE, LocalDate.of(2022, 3, 1),
        List.of(RequesterKind.CIVIL_SOCIETY_ORGANISATION, RequesterKind.NATIONAL_PUBLIC_AUTHORITY));
    List<Difference> differences = Comparison.of(DEFAULTS, with("csoOnlyJointly=false"))
        .differences(List.of(alone, paired));
    assertThat(differences).singleElement().satisfies(d -> {
      assertThat(d.question()).isEqualTo(alone);
      assertThat(d.base().reasons()).anySatisfy(r -> assertThat(r).startsWith("R-EL3b"));
      assertThat(d.toString()).isEqualTo("NE 2022-03-01 civil_society_organisation: NO -> YES");
    });
  }

  /** §15.2: the strict reading of R-EL7 turns a MIEUX I warning into an error; the outcome changes too. */
  @Test
  void documentsAreQuestionsToo() {
    Request cvI = Request.builder().addRequestingBody(RequestingBody.of("Prime Minister's Office",
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.CV)).addPartnerCountry(Country.CV)
        .receivedOn(LocalDate.of(2009, 8, 1)).channel(Channel.MIEUX_TEAM)
        .addThematicArea(ThematicArea.HORIZONTAL_INTERVENTIONS).description("National immigration strategy").build();
    Difference difference = Comparison.of(DEFAULTS, with("strictEarlyMandate=true"))
        .differences(List.of(Question.ofRequest("cabo-verde-i", cvI))).get(0);
    assertThat(difference.base().outcome()).isEqualTo(Outcome.YES);
    assertThat(difference.base().reasons()).singleElement().asString().startsWith("R-EL7 warning /thematicAreas/0");
    assertThat(difference.alternative().outcome()).isEqualTo(Outcome.NO);
    assertThat(difference.alternative().reasons()).singleElement().asString().startsWith("R-EL7 error");
  }

  /** A setting compared with itself changes nothing, whatever the question. */
  @Property(tries = 100)
  void aSettingComparedWithItselfChangesNothing(@ForAll Country country,
      @ForAll @DateRange(min = "2008-01-01", max = "2025-12-31") LocalDate date) {
    assertThat(Comparison.of(DEFAULTS, with("policy=standard")).differences(List.of(Question.ofCountry(country, date))))
        .isEmpty();
  }

  @Test
  void badAssignmentsNameTheKey() {
    assertThatThrownBy(() -> with("programmeEnd")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("assignment must have the form KEY=VALUE");
    assertThatThrownBy(() -> with("end=2024-04-30")).hasMessageStartingWith("setting must be one of [programmeEnd,")
        .hasMessageEndingWith("but was 'end'");
    assertThatThrownBy(() -> with("programmeEnd=April")).hasMessage(
        "programmeEnd must be an ISO date such as 2024-04-30, but was 'April'");
    assertThatThrownBy(() -> with("policy=lenient")).hasMessage(
        "policy must be one of [standard, strict], but was 'lenient'");
    assertThatThrownBy(() -> with("csoOnlyJointly=yes")).hasMessage("csoOnlyJointly must be true or false, but was 'yes'");
  }

  @Test
  void everySettingHasAKeyThatReadsBack() {
    for (Setting setting : Setting.values()) {
      assertThat(Setting.fromKey(setting.key())).isEqualTo(setting);
    }
    assertThat(with("phaseIIIEnd=2019-04-30").phases().periodOf(eu.mieux.model.Phase.MIEUX_III).endInclusive())
        .isEqualTo(LocalDate.of(2019, 4, 30));
  }
}
