package eu.mieux.testing;

import eu.mieux.model.action.Action;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.rules.catalogue.DataTable;
import eu.mieux.rules.catalogue.Reports;
import eu.mieux.rules.scoring.CaseStudies;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Actions and requests the seed texts describe, as model values for tests: the 16 case
 * studies of RULES.md §6.3 (delegating to {@link CaseStudies}) and the requests behind them.
 *
 * <pre>{@code
 * assertThat(MieuxFixtures.philippinesRequest()).isAdmissible();
 * assertThat(MieuxFixtures.philippines()).satisfiesAllRules();
 * assertThat(MieuxFixtures.philippinesCaseStudy()).hasGoodPracticeScoreAtLeast(5);
 * }</pre>
 *
 * <p>How the requests are built: each is a row of the resource {@code eu/mieux/testing/requests.csv}
 * (the case study whose Action it is behind, the year received, a description and the report that
 * gives it); the requesting body, partner countries and thematic area are those of the case study's
 * Action, so a request and its Action agree. Choice: the texts give the year of a
 * request, never the day; every request is dated 1 January of that year, so that it does not fall after
 * the Action's start as {@link CaseStudies} dates it (1 January of its first year). One conflict of the
 * texts remains: Jordan II is titled 2016-2019 but was requested in 2017 (10-year report p. 145-150,
 * 10-year report p. 145-150; RULES.md §13 Q17), and the fixture keeps both dates. Where the texts give
 * no request year at all (Thailand), the request is dated to the first day of its Action. The texts do
 * not say who received each request: every fixture says {@link Channel#MIEUX_TEAM}.
 *
 * <p>One content per name (issue 13): the case studies, {@link #thailand()}, {@link #philippines()},
 * {@link #southEastAsia()}, {@link #costaRicaII()} and {@link #costaRicaIIRequest()} are also shipped as
 * JSON documents, for systems that exchange JSON ({@link JsonFixtures}, read with {@code mieux-json});
 * each document is generated from the value here and a test reads it back and compares it with that
 * value. Choice: the source is the case-study data of {@link CaseStudies} (CSV resources of
 * mieux-rules, each fact with its citation), not the hand-written Action documents of 0.1, which
 * carried the same names with other content (seven Activities for the Philippines, three for
 * Thailand, invented days). Exact days, expert and focal-point ids the texts do not give are
 * illustrative.
 *
 * <p>The values are built once; every method returns the same immutable value on every call. This class
 * is immutable and thread-safe.
 */
public final class MieuxFixtures {

  private static final String REQUESTS_CSV = "requests.csv";

  private MieuxFixtures() {}

  // ---- case studies and their Actions ----

  /**
   * Gets the 16 case studies of 003, in its order (RULES.md §6.3).
   *
   * <pre>{@code
   * MieuxFixtures.caseStudies().forEach(cs -> assertThat(cs).isGoodPracticeCandidate());
   * }</pre>
   *
   * @return the case studies, numbered 1 to 16
   */
  public static List<CaseStudy> caseStudies() {
    return CaseStudies.all();
  }

  /**
   * Gets the Actions of the 16 case studies, in the order of 003: a portfolio for
   * {@link ActionAssert#inPortfolio(java.util.Collection)}.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.mauritiusII()).inPortfolio(MieuxFixtures.caseStudyActions()).satisfiesAllRules();
   * }</pre>
   *
   * @return the 16 Actions
   */
  public static List<Action> caseStudyActions() {
    return Standard.ACTIONS;
  }

  /**
   * Obtains a case study by its number in RULES.md §6.3.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.caseStudy(12)).isGoodPracticeCandidate();
   * }</pre>
   *
   * @param number  the number, 1 to 16
   * @return the case study
   * @throws IllegalArgumentException if the number is not between 1 and 16
   */
  public static CaseStudy caseStudy(int number) {
    return CaseStudies.ofNumber(number);
  }

  /**
   * Gets the Philippines case study, "Communicating better with migrants", 2010-2012
   * (10-year report p. 105-108; RULES.md §6.2.1), credited
   * with characteristics 2, 3, 4, 7 and 10 (10-year report p. 105-108).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.philippinesCaseStudy()).hasGoodPracticeScoreAtLeast(5);
   * }</pre>
   *
   * @return case study 3
   */
  public static CaseStudy philippinesCaseStudy() {
    return CaseStudies.ofNumber(3);
  }

  /**
   * Gets the Philippines Action, 2010-2012, requested by DOLE for the POEA
   * (10-year report p. 105-108).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.philippines()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 3
   */
  public static Action philippines() {
    return philippinesCaseStudy().action();
  }

  /**
   * Gets the South-East Asia case study, "Strengthening cooperation on migration", 2012-2013
   * (10-year report p. 109-112; RULES.md §6.2.2), credited
   * with characteristics 2, 5, 8 and 9 (10-year report p. 109-112).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.southEastAsiaCaseStudy()).meets(GoodPracticeCharacteristic.INNOVATION);
   * }</pre>
   *
   * @return case study 4
   */
  public static CaseStudy southEastAsiaCaseStudy() {
    return CaseStudies.ofNumber(4);
  }

  /**
   * Gets the South-East Asia Action, 2012-2013: the first regional Action (the seeds also call it the
   * first multilateral request; the first multi-country Action, Argentina-Brazil, began in November
   * 2011, R-EL4b), for Indonesia, the Philippines and Viet Nam, with three regional conferences in
   * Manila, Jakarta and Hanoi (10-year report p. 109-112).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.southEastAsia()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 4
   */
  public static Action southEastAsia() {
    return southEastAsiaCaseStudy().action();
  }

  /**
   * Gets the Thailand case study, "Preventing trafficking and protecting victims and migrants in
   * vagrancy", 2013-2017 and 2017-2018 (10-year report p. 97-100,
   * 10-year report p. 97-100; RULES.md §6.2.3), credited with characteristics 1, 4, 9 and 10
   * (10-year report p. 97-100).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.thailandCaseStudy()).hasGoodPracticeScoreAtLeast(4);
   * }</pre>
   *
   * @return case study 1
   */
  public static CaseStudy thailandCaseStudy() {
    return CaseStudies.ofNumber(1);
  }

  /**
   * Gets the Thailand Action, 2013-2018, the synthesis of two consecutive Actions requested by the
   * MSDHS for its DATIP and DSDW staff (10-year report p. 97-100,
   * 10-year report p. 97-100).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.thailand()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 1
   */
  public static Action thailand() {
    return thailandCaseStudy().action();
  }

  /**
   * Gets the Peru III Action, combating the smuggling of migrants, 2017-2018
   * (10-year report p. 101-104).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.peruIII()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 2
   */
  public static Action peruIII() {
    return CaseStudies.ofNumber(2).action();
  }

  /**
   * Gets the West Africa Action on migration and the environment for Benin, Guinea-Bissau and Togo,
   * 2014-2018 (10-year report p. 113-118).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.westAfrica()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 5
   */
  public static Action westAfrica() {
    return CaseStudies.ofNumber(5).action();
  }

  /**
   * Gets the Belarus Action on migrant workers' rights, 2016-2018 (10-year report p. 119-122).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.belarus()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 6
   */
  public static Action belarus() {
    return CaseStudies.ofNumber(6).action();
  }

  /**
   * Gets the Costa Rica II Action, the second National Integration Plan, 2017
   * (10-year report p. 123-128).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.costaRicaII()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 7
   */
  public static Action costaRicaII() {
    return CaseStudies.ofNumber(7).action();
  }

  /**
   * Gets the Cabo Verde IV Action, a municipal immigration and integration plan, 2017-2019
   * (10-year report p. 129-132).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.caboVerdeIV()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 8
   */
  public static Action caboVerdeIV() {
    return CaseStudies.ofNumber(8).action();
  }

  /**
   * Gets the COMESA II Action on regional data sharing, 2012-2016 (10-year report p. 133-136).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.comesaII()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 9
   */
  public static Action comesaII() {
    return CaseStudies.ofNumber(9).action();
  }

  /**
   * Gets the Kenya II Action, SOPs for migration data, 2017-2019 (10-year report p. 137-140).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.kenyaII()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 10
   */
  public static Action kenyaII() {
    return CaseStudies.ofNumber(10).action();
  }

  /**
   * Gets the Mexico II Action, the EASO training curriculum, 2017-2018
   * (10-year report p. 141-144).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.mexicoII()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 11
   */
  public static Action mexicoII() {
    return CaseStudies.ofNumber(11).action();
  }

  /**
   * Gets the Jordan II Action on procedures to protect victims of trafficking, 2016-2019
   * (10-year report p. 145-150).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.jordanII()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 12
   */
  public static Action jordanII() {
    return CaseStudies.ofNumber(12).action();
  }

  /**
   * Gets the Mauritius II Action, the M&amp;D policy, 2017 (10-year report p. 151-154).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.mauritiusII()).inPortfolio(MieuxFixtures.caseStudyActions()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 13
   */
  public static Action mauritiusII() {
    return CaseStudies.ofNumber(13).action();
  }

  /**
   * Gets the Malawi Action, the diaspora engagement policy, 2014-2016
   * (10-year report p. 155-158).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.malawi()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 14
   */
  public static Action malawi() {
    return CaseStudies.ofNumber(14).action();
  }

  /**
   * Gets the Madagascar Action, the diaspora engagement policy, 2017-2019
   * (10-year report p. 159-162).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.madagascar()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 15
   */
  public static Action madagascar() {
    return CaseStudies.ofNumber(15).action();
  }

  /**
   * Gets the Brazil II Action, children in migration, code 2018-02, 2019
   * (10-year report p. 163-168, 10-year report p. 79-93).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.brazilII()).satisfiesAllRules();
   * }</pre>
   *
   * @return the Action of case study 16
   */
  public static Action brazilII() {
    return CaseStudies.ofNumber(16).action();
  }

  // ---- requests ----

  /**
   * Gets the first Philippine request: DOLE in 2009, for the Philippines, on illegal recruitment and
   * trafficking (10-year report p. 105-108, slug at
   * 10-year report p. 105-108), received 2009-01-01 (MIEUX I).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.philippinesRequest()).isEligible().via(Instrument.DCI);
   * }</pre>
   *
   * @return the request behind {@link #philippines()}
   */
  public static Request philippinesRequest() {
    return Standard.request("philippines");
  }

  /**
   * Gets the joint South-East Asian request: the governments of Indonesia, the Philippines and Viet Nam
   * in 2012, the first regional request (the first multi-country Action began in 2011, R-EL4b), with
   * the Commission on Filipinos Overseas as main requesting entity, on migration and development
   * (10-year report p. 109-112),
   * received 2012-01-01.
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.southEastAsiaRequest()).isEligible().via(Instrument.DCI);
   * }</pre>
   *
   * @return the request behind {@link #southEastAsia()}
   */
  public static Request southEastAsiaRequest() {
    return Standard.request("south-east-asia");
  }

  /**
   * Gets the first Thai request: the MSDHS, to train DATIP and DSDW staff on trafficking
   * (10-year report p. 97-100). The texts date neither of its two requests: this one is dated
   * 2013-01-01, the first day of the first Action (10-year report p. 97-100).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.thailandRequest()).isAdmissible();
   * }</pre>
   *
   * @return the request behind the first Thai Action
   */
  public static Request thailandRequest() {
    return Standard.request("thailand");
  }

  /**
   * Gets the second Thai request of the MSDHS (10-year report p. 97-100), dated 2017-01-01,
   * the first year of the second Action, 2017-2018 (10-year report p. 97-100).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.thailandIIRequest()).isAdmissible();
   * }</pre>
   *
   * @return the request behind the second Thai Action
   */
  public static Request thailandIIRequest() {
    return Standard.request("thailand-ii");
  }

  /**
   * Gets the Peru III request of the DGSD, code 2016-18, received 2016-01-01
   * (10-year report p. 79-93; annual report 2018 gives code 2017-04, RULES.md §13 Q16).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.peruIIIRequest()).isAdmissible();
   * }</pre>
   *
   * @return the request behind {@link #peruIII()}
   */
  public static Request peruIIIRequest() {
    return Standard.request("peru-iii");
  }

  /**
   * Gets the joint West African request of Benin, Guinea-Bissau and Togo, received 2014-01-01
   * (10-year report p. 113-118; annual report 2018 says 2015, RULES.md §13 Q17).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.westAfricaRequest()).isEligible().via(Instrument.EDF);
   * }</pre>
   *
   * @return the request behind {@link #westAfrica()}
   */
  public static Request westAfricaRequest() {
    return Standard.request("west-africa");
  }

  /**
   * Gets the Belarus request of the Ministry of Internal Affairs, code 2016-02, received 2016-01-01
   * (annual report 2018).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.belarusRequest()).isEligible().via(Instrument.ENI);
   * }</pre>
   *
   * @return the request behind {@link #belarus()}
   */
  public static Request belarusRequest() {
    return Standard.request("belarus");
  }

  /**
   * Gets the Costa Rica II request of the DGME, code 2016-07, received 2016-01-01
   * (10-year report p. 79-93).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.costaRicaIIRequest()).isAdmissible();
   * }</pre>
   *
   * @return the request behind {@link #costaRicaII()}
   */
  public static Request costaRicaIIRequest() {
    return Standard.request("costa-rica-ii");
  }

  /**
   * Gets the Cabo Verde IV request of the DGI, code 2016-15, received 2016-01-01
   * (10-year report p. 79-93).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.caboVerdeIVRequest()).isAdmissible();
   * }</pre>
   *
   * @return the request behind {@link #caboVerdeIV()}
   */
  public static Request caboVerdeIVRequest() {
    return Standard.request("cabo-verde-iv");
  }

  /**
   * Gets the Kenya II request of the National Coordination Mechanism on Migration, code 2016-16,
   * received 2016-01-01 (annual report 2018).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.kenyaIIRequest()).isAdmissible();
   * }</pre>
   *
   * @return the request behind {@link #kenyaII()}
   */
  public static Request kenyaIIRequest() {
    return Standard.request("kenya-ii");
  }

  /**
   * Gets the Jordan II request of the Ministry of Social Development, received 2017-01-01
   * (10-year report p. 145-150), after the Action's title year 2016 (10-year report p. 145-150;
   * RULES.md §13 Q17).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.jordanIIRequest()).isAdmissible();
   * }</pre>
   *
   * @return the request behind {@link #jordanII()}
   */
  public static Request jordanIIRequest() {
    return Standard.request("jordan-ii");
  }

  /**
   * Gets the Brazil II request of the federal public defender (DPU), a judicial authority and so an
   * extended requester (R-EL3), code 2018-02, received 2018-01-01 (10-year report p. 79-93,
   * 10-year report p. 163-168).
   *
   * <pre>{@code
   * assertThat(MieuxFixtures.brazilIIRequest()).isAdmissible();
   * }</pre>
   *
   * @return the request behind {@link #brazilII()}
   */
  public static Request brazilIIRequest() {
    return Standard.request("brazil-ii");
  }

  /**
   * Gets every request fixture, in the order of this class (and of {@code requests.csv}).
   *
   * <pre>{@code
   * MieuxFixtures.requests().forEach(r -> assertThat(r).isAdmissible());
   * }</pre>
   *
   * @return the requests
   */
  public static List<Request> requests() {
    return Standard.REQUEST_LIST;
  }

  /** Holds the values; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final List<Action> ACTIONS = actions();
    static final Map<String, Request> REQUESTS = readRequests();
    static final List<Request> REQUEST_LIST = List.copyOf(REQUESTS.values());

    static Request request(String name) {
      Request request = REQUESTS.get(name);
      if (request == null) {
        throw new IllegalStateException(REQUESTS_CSV + " must have a request named '" + name + "', but has "
            + REQUESTS.keySet());
      }
      return request;
    }

    private static List<Action> actions() {
      List<Action> actions = new ArrayList<>();
      for (CaseStudy caseStudy : CaseStudies.all()) {
        actions.add(caseStudy.action());
      }
      return List.copyOf(actions);
    }

    /**
     * Reads {@code requests.csv}: per request its name, the case study whose Action it is behind, the
     * year it was received, a description and the report that gives it ({@code case_study}: the case
     * study's pages; {@code main_lines_of_work} or {@code regions_2018}: the report's chapter).
     */
    private static Map<String, Request> readRequests() {
      DataTable table;
      try (InputStream in = MieuxFixtures.class.getResourceAsStream(REQUESTS_CSV)) {
        if (in == null) {
          throw new IllegalStateException(REQUESTS_CSV + " must be on the class path beside "
              + MieuxFixtures.class.getName() + ", but was not found");
        }
        table = DataTable.read(new InputStreamReader(in, StandardCharsets.UTF_8), REQUESTS_CSV,
            List.of("name", "case_study", "year", "description", "source"));
      } catch (IOException e) {
        throw new UncheckedIOException(REQUESTS_CSV + ": " + e.getMessage(), e);
      }
      Map<String, Request> requests = new LinkedHashMap<>();
      for (DataTable.Row row : table.rows()) {
        int caseStudy = row.value("case_study", Integer::parseInt);
        Action action = CaseStudies.ofNumber(caseStudy).action();
        Request request = Request.builder()
            .addAllRequestingBodies(action.requestingBodies())
            .addAllPartnerCountries(action.partnerCountries())
            .receivedOn(LocalDate.of(row.value("year", Integer::parseInt), 1, 1))
            .channel(Channel.MIEUX_TEAM)
            .addAllThematicAreas(action.thematicAreas())
            .description(row.text("description") + " (" + source(row, caseStudy) + ")")
            .build();
        if (requests.put(row.text("name"), request) != null) {
          throw row.error("name", "name must not repeat, but was '" + row.text("name") + "'");
        }
      }
      return Collections.unmodifiableMap(requests);
    }

    private static String source(DataTable.Row row, int caseStudy) {
      String source = row.text("source");
      switch (source) {
        case "case_study":
          return Reports.caseStudy(caseStudy);
        case "main_lines_of_work":
          return Reports.MAIN_LINES_OF_WORK;
        case "regions_2018":
          return Reports.REGIONS_2018;
        default:
          throw row.error("source", "source must be one of case_study, main_lines_of_work, regions_2018, but was '"
              + source + "'");
      }
    }
  }
}
