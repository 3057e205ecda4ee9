package eu.mieux.testing;

import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.catalogue.Reports;
import eu.mieux.rules.scoring.CaseStudies;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class MieuxFixturesTest {

  @Test
  void theCaseStudiesAreThoseOfCaseStudies() {
    Assertions.assertThat(MieuxFixtures.caseStudies()).isSameAs(CaseStudies.all()).hasSize(16);
    Assertions.assertThat(MieuxFixtures.caseStudyActions()).hasSize(16);
    Assertions.assertThat(MieuxFixtures.caseStudy(7)).isEqualTo(CaseStudies.ofNumber(7));
    List<Action> named = List.of(MieuxFixtures.thailand(), MieuxFixtures.peruIII(), MieuxFixtures.philippines(),
        MieuxFixtures.southEastAsia(), MieuxFixtures.westAfrica(), MieuxFixtures.belarus(),
        MieuxFixtures.costaRicaII(), MieuxFixtures.caboVerdeIV(), MieuxFixtures.comesaII(), MieuxFixtures.kenyaII(),
        MieuxFixtures.mexicoII(), MieuxFixtures.jordanII(), MieuxFixtures.mauritiusII(), MieuxFixtures.malawi(),
        MieuxFixtures.madagascar(), MieuxFixtures.brazilII());
    Assertions.assertThat(named).isEqualTo(MieuxFixtures.caseStudyActions());
  }

  /** Philippines, 2010-2012, requested by DOLE in 2009 (000:35, 000:45-55). */
  @Test
  void philippines() {
    Request request = MieuxFixtures.philippinesRequest();
    Assertions.assertThat(request.requestingBodies().get(0).acronym()).contains("DOLE");
    Assertions.assertThat(request.partnerCountries()).containsExactly(Country.PH);
    Assertions.assertThat(request.receivedOn()).isEqualTo(LocalDate.of(2009, 1, 1));
    Assertions.assertThat(request.thematicAreas()).containsExactly(ThematicArea.IRREGULAR_MIGRATION_AND_THB);
    Assertions.assertThat(MieuxFixtures.philippines().startDate()).isEqualTo(LocalDate.of(2010, 1, 1));
    Assertions.assertThat(MieuxFixtures.philippines().endDate()).contains(LocalDate.of(2012, 12, 31));
  }

  /** South-East Asia, 2012-2013: joint request of ID, PH and VN in 2012, CFO as main entity (002:38-58, 002:139). */
  @Test
  void southEastAsia() {
    Request request = MieuxFixtures.southEastAsiaRequest();
    Assertions.assertThat(request.partnerCountries()).containsExactly(Country.ID, Country.PH, Country.VN);
    Assertions.assertThat(request.isMultiCountry()).isTrue();
    Assertions.assertThat(request.requestingBodies().get(0).acronym()).contains("CFO");
    Assertions.assertThat(request.receivedOn().getYear()).isEqualTo(2012);
    Assertions.assertThat(request.thematicAreas()).containsExactly(ThematicArea.MIGRATION_AND_DEVELOPMENT);
    Assertions.assertThat(MieuxFixtures.southEastAsia().activities()).hasSize(3);
  }

  /** Thailand, 2013-2017 and 2017-2018: two MSDHS requests (004:36, 004:87-89). */
  @Test
  void thailand() {
    Assertions.assertThat(MieuxFixtures.thailandRequest().receivedOn()).isEqualTo(LocalDate.of(2013, 1, 1));
    Assertions.assertThat(MieuxFixtures.thailandIIRequest().receivedOn()).isEqualTo(LocalDate.of(2017, 1, 1));
    Assertions.assertThat(MieuxFixtures.thailandRequest().requestingBodies().get(0).acronym()).contains("MSDHS");
    Assertions.assertThat(MieuxFixtures.thailand().startDate().getYear()).isEqualTo(2013);
    Assertions.assertThat(MieuxFixtures.thailand().focalPoints()).hasSize(4);
  }

  /** Brazil II's DPU is a judicial authority, an extended requester (R-EL3), code 2018-02 (003:1454). */
  @Test
  void brazilII() {
    Request request = MieuxFixtures.brazilIIRequest();
    Assertions.assertThat(request.requestingBodies().get(0).kind()).isEqualTo(RequesterKind.JUDICIAL_AUTHORITY);
    Assertions.assertThat(request.receivedOn().getYear())
        .isEqualTo(MieuxFixtures.brazilII().code().orElseThrow().year().getValue());
  }

  /**
   * Each request agrees with its Action: same countries, and the request comes no later than the Action
   * starts, except Thailand II (the second of two Actions) and Jordan II, titled 2016-2019 though requested
   * in 2017 (003:2311, 003:2333; RULES.md §13 Q17).
   */
  @Test
  void everyRequestPrecedesOrStartsWithItsAction() {
    Assertions.assertThat(MieuxFixtures.requests()).hasSize(12).doesNotHaveDuplicates();
    for (Request request : MieuxFixtures.requests()) {
      Action action = MieuxFixtures.caseStudyActions().stream()
          .filter(a -> a.requestingAuthority().equals(request.requestingBodies().get(0))).findFirst().orElseThrow();
      Assertions.assertThat(request.partnerCountries()).isEqualTo(action.partnerCountries());
      if (request != MieuxFixtures.thailandIIRequest() && request != MieuxFixtures.jordanIIRequest()) {
        Assertions.assertThat(request.receivedOn()).as(request.description()).isBeforeOrEqualTo(action.startDate());
      }
    }
  }

  @Test
  void theValuesAreBuiltOnce() {
    Assertions.assertThat(MieuxFixtures.philippinesRequest()).isSameAs(MieuxFixtures.philippinesRequest());
    Assertions.assertThat(MieuxFixtures.requests()).isSameAs(MieuxFixtures.requests());
  }

  /** The requests are rows of requests.csv, in its order, each citing the report that gives it. */
  @Test
  void theRequestsAreTheRowsOfTheirTableInOrder() {
    Assertions.assertThat(MieuxFixtures.requests()).containsExactly(MieuxFixtures.philippinesRequest(),
        MieuxFixtures.southEastAsiaRequest(), MieuxFixtures.thailandRequest(), MieuxFixtures.thailandIIRequest(),
        MieuxFixtures.peruIIIRequest(), MieuxFixtures.westAfricaRequest(), MieuxFixtures.belarusRequest(),
        MieuxFixtures.costaRicaIIRequest(), MieuxFixtures.caboVerdeIVRequest(), MieuxFixtures.kenyaIIRequest(),
        MieuxFixtures.jordanIIRequest(), MieuxFixtures.brazilIIRequest());
    Assertions.assertThat(MieuxFixtures.philippinesRequest().description()).isEqualTo("First Philippine request: "
        + "communicating better with migrants against illegal recruitment and THB (" + Reports.caseStudy(3) + ")");
    Assertions.assertThat(MieuxFixtures.belarusRequest().description()).endsWith("(" + Reports.REGIONS_2018 + ")");
    Assertions.assertThat(MieuxFixtures.brazilIIRequest().description())
        .endsWith("(" + Reports.MAIN_LINES_OF_WORK + ")");
  }
}
