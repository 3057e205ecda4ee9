package eu.mieux.rules.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.country.Country;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.roster.RosterEntry;
import eu.mieux.rules.catalogue.DataTable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The synthetic roster reproduces the expert figures of RULES.md §11.5. */
class SyntheticRosterTest {

  private static final Roster ROSTER = SyntheticRoster.standard();

  private static List<RosterEntry> deployed() {
    return ROSTER.members().stream().filter(m -> !m.deployments().isEmpty()).toList();
  }

  private static boolean isGovernmentalEu(RosterEntry m) {
    return m.expert().origin() == ExpertOrigin.EU_MEMBER_STATE
        && m.expert().profile().isGovernmental();
  }

  private static List<RosterEntry> deployedIn2018() {
    LocalDate from = LocalDate.of(2018, 1, 1);
    LocalDate to = LocalDate.of(2018, 12, 31);
    return ROSTER.members().stream().filter(m -> m.deployments().stream().map(Deployment::period)
        .anyMatch(p -> !p.start().isAfter(to) && !p.endInclusive().isBefore(from))).toList();
  }

  /** 003:604, 003:610: 675 available, 340 deployed. */
  @Test
  void poolAndDeployed() {
    assertThat(ROSTER.members()).hasSize(675);
    assertThat(deployed()).hasSize(340);
  }

  /** 003:621-629: 176 + 32 + 132 = 340. */
  @Test
  void deployedByKind() {
    assertThat(deployed().stream().filter(SyntheticRosterTest::isGovernmentalEu)).hasSize(176);
    assertThat(deployed().stream().filter(m -> m.expert().origin() == ExpertOrigin.NON_EU
        && m.expert().profile().isGovernmental())).hasSize(32);
    assertThat(deployed().stream().filter(m -> !m.expert().profile().isGovernmental()))
        .hasSize(132);
  }

  /** 003:632-663: per-country table sums to 173; the 3 others have no nationality. */
  @Test
  void governmentalByMemberState() {
    Map<Country, Long> byCountry = deployed().stream().filter(SyntheticRosterTest::isGovernmentalEu)
        .filter(m -> m.expert().nationality().isPresent())
        .collect(Collectors.groupingBy(m -> m.expert().nationality().get(), Collectors.counting()));
    Map<Country, Integer> table = SyntheticRoster.governmentalExpertsByMemberState();
    assertThat(table).hasSize(28);
    assertThat(table.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(173);
    table.forEach((country, n) ->
        assertThat(byCountry.getOrDefault(country, 0L)).as("%s", country).isEqualTo(n.longValue()));
    assertThat(table.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey))
        .containsExactlyInAnyOrder(Country.CY, Country.HR, Country.EE, Country.LV, Country.LU,
            Country.SK);
    assertThat(deployed().stream().filter(SyntheticRosterTest::isGovernmentalEu)
        .filter(m -> m.expert().nationality().isEmpty()).map(RosterEntry::id))
        .containsExactly("eu-gov-unassigned-1", "eu-gov-unassigned-2", "eu-gov-unassigned-3");
  }

  /** 003:561: up to 79 non-EU experts took part, read as exactly 79. */
  @Test
  void nonEuDeployed() {
    assertThat(deployed().stream().filter(m -> m.expert().origin() == ExpertOrigin.NON_EU))
        .hasSize(79);
  }

  /** 001:853-857, 001:1888-1894: 58 deployed in 2018, 60 % civil servants, 24 nationalities. */
  @Test
  void figuresOf2018() {
    List<RosterEntry> in2018 = deployedIn2018();
    assertThat(in2018).hasSize(58);
    long civilServants = in2018.stream()
        .filter(m -> m.expert().profile() == ExpertProfile.CIVIL_SERVANT).count();
    assertThat(civilServants).isEqualTo(35);
    assertThat(Math.round(100.0 * civilServants / in2018.size())).isEqualTo(60);
    Set<Country> nationalities = in2018.stream().map(m -> m.expert().nationality())
        .flatMap(Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(Country.class)));
    assertThat(nationalities).containsExactlyInAnyOrder(Country.DE, Country.AR, Country.AT,
        Country.BD, Country.BE, Country.BG, Country.ES, Country.FR, Country.IE, Country.IT,
        Country.LT, Country.ML, Country.MT, Country.MX, Country.MD, Country.NG, Country.NL,
        Country.PL, Country.PT, Country.DO, Country.RO, Country.GB, Country.SN, Country.SE);
    assertThat(in2018).allMatch(m -> m.expert().nationality().isPresent());
  }

  @Test
  void generationIsStable() {
    assertThat(SyntheticRoster.standard()).isSameAs(ROSTER);
    assertThat(ROSTER.members().get(0).id()).isEqualTo("eu-gov-de-01");
    assertThat(ROSTER.members()).allMatch(m -> m.evaluations().size() == m.deployments().size());
  }

  private static final List<String> COUNT_COLUMNS = List.of("name", "count", "basis", "source");
  private static final List<String> NATIONALITY_COLUMNS =
      List.of("country", "origin", "governmental_2009_2019", "deployed_2018", "source");

  /** The shipped tables hold the reports' figures (RULES.md §11.5), each row with a source a reader can find. */
  @Test
  void theTablesHoldTheReportsFigures() {
    DataTable counts = DataTable.readResource(SyntheticRoster.class, "roster-counts.csv", COUNT_COLUMNS);
    assertThat(counts.rows()).extracting(r -> r.text("name") + "=" + r.text("count")).containsExactly(
        "available_2009_2019=675", "deployed_2009_2019=340", "eu_governmental_2009_2019=176",
        "non_eu_governmental_2009_2019=32", "non_governmental_2009_2019=132", "non_eu_2009_2019=79",
        "deployed_2018=58", "civil_servants_2018=35");
    DataTable nationalities =
        DataTable.readResource(SyntheticRoster.class, "roster-nationalities.csv", NATIONALITY_COLUMNS);
    assertThat(nationalities.rows()).hasSize(36).allSatisfy(r -> assertThat(r.list("source")).isNotEmpty()
        .allSatisfy(source -> assertThat(source).doesNotContain(".txt").containsAnyOf("annual report 2018",
            "10-year report")));
    assertThat(counts.rows()).allSatisfy(r -> assertThat(r.text("source")).doesNotContain(".txt"));
    assertThat(SyntheticRoster.governmentalExpertsByMemberState()).containsEntry(Country.FR, 22)
        .containsEntry(Country.PT, 21).containsEntry(Country.GB, 10);
  }

  @Test
  void badRowsNameTheFileLineAndColumn() {
    String counts = "name,count,basis,source\n";
    String nationalities = "country,origin,governmental_2009_2019,deployed_2018,source\n";
    assertThatThrownBy(() -> counts(counts + "deployed_2018,fifty,b,s\n", nationalities))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("c.csv:2: column count: count must be a whole number, 0 or more, but was 'fifty'");
    assertThatThrownBy(() -> counts(counts + "a,1,b,s\na,2,b,s\n", nationalities))
        .hasMessage("c.csv:3: column name: name must appear once with a source, but was 'a'");
    assertThatThrownBy(() -> counts(counts, nationalities + "FR,eu_member_state,,yes,s\n"))
        .hasMessage("n.csv:2: column governmental_2009_2019: governmental_2009_2019 must be given for an EU "
            + "member state, but was blank");
    assertThatThrownBy(() -> counts(counts, nationalities + "FR,eu_member_state,2,maybe,s\n"))
        .hasMessage("n.csv:2: column deployed_2018: deployed_2018 must be yes or no, but was 'maybe'");
    assertThatThrownBy(() -> counts(counts, nationalities + "ZZ,non_eu,,yes,s\n"))
        .hasMessageStartingWith("n.csv:2: column country:");
    assertThatThrownBy(() -> SyntheticRoster.generate(counts(counts + "deployed_2009_2019,1,b,s\n", nationalities)))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("roster-counts.csv must give ");
  }

  private static SyntheticRoster.Counts counts(String counts, String nationalities) {
    return SyntheticRoster.Counts.read(DataTable.read(new StringReader(counts), "c.csv", COUNT_COLUMNS),
        DataTable.read(new StringReader(nationalities), "n.csv", NATIONALITY_COLUMNS));
  }
}
