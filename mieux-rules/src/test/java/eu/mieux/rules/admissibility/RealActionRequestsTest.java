package eu.mieux.rules.admissibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.rules.register.KnowledgeRegister;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real Actions of RULES.md §12, as the requests behind them, pass admissibility on their real dates:
 * the year of the Action code (R-LC13), or the first year of the Action when the code is unknown.
 * Entries without a partner country (the COMESA regional organisation) or without any year are skipped.
 *
 * <p>One known conflict is asserted as such: Cabo Verde I, requested in August 2009 by the Prime
 * Minister's Office for a national immigration strategy (003:2103), is classified as a horizontal
 * (policy) intervention, outside the seeds' MIEUX I mandate (irregular migration only). RULES.md
 * §15.2 settles it: the programme's own record lists Cabo Verde I as a MIEUX I Action, so R-EL7
 * before 2012 is a warning naming the conflict, not an error.
 */
class RealActionRequestsTest {

  static Stream<RegisterEntry> realActions() {
    return KnowledgeRegister.standard().entries().stream()
        .filter(e -> e.kind() == eu.mieux.model.register.RegisterEntryKind.ACTION)
        .filter(e -> !e.countries().isEmpty() && (e.code().isPresent() || e.firstYear().isPresent()));
  }

  @org.junit.jupiter.api.Test
  void mostRealActionsAreTested() {
    assertThat(realActions().count()).isGreaterThanOrEqualTo(25);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realActions")
  void theRequestBehindARealActionIsAdmissible(RegisterEntry entry) {
    int year = entry.code().map(c -> c.year().getValue())
        .orElseGet(() -> entry.firstYear().orElseThrow().getValue());
    Country first = entry.countries().get(0);
    Request request = Request.builder()
        .addRequestingBody(RequestingBody.of("Partner authority of " + first.englishName(),
            RequesterKind.NATIONAL_PUBLIC_AUTHORITY, first))
        .addAllPartnerCountries(entry.countries())
        .receivedOn(LocalDate.of(year, 6, 30))
        .channel(Channel.MIEUX_TEAM)
        .addAllThematicAreas(entry.thematicAreas())
        .description(entry.title())
        .build();
    Assessment a = RequestRules.standard().assess(request);
    assertThat(a.findings(Severity.ERROR)).as(entry.title()).isEmpty();
    if (entry.title().startsWith("Cabo Verde I:")) {
      assertThat(a.findings(Severity.WARNING)).extracting(f -> f.ruleId().id()).contains("R-EL7");
      assertThat(a.findings(Severity.WARNING)).anySatisfy(f -> assertThat(f.message()).contains("§15.2"));
    }
  }
}
