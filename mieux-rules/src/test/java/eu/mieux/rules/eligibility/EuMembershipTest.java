package eu.mieux.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.rules.catalogue.DataTable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EU membership by date (R-EL8), as data with the accession treaties and the withdrawal agreement. */
class EuMembershipTest {

  private static final EuMembership EU = EuMembership.standard();
  private static final List<String> COLUMNS = List.of("country", "member_from", "member_to", "basis", "source");
  private static final String HEADER = "country,member_from,member_to,basis,source\n";

  /** Each row: the accession or withdrawal it tests. */
  @ParameterizedTest
  @CsvSource({
      "HR, 2013-06-30, false", // Treaty of Accession of Croatia, in force 1 July 2013
      "HR, 2013-07-01, true",
      "HR, 2024-01-01, true",
      "GB, 2020-01-31, true", // Withdrawal Agreement, Art 185: in force 1 February 2020
      "GB, 2020-02-01, false",
      "GB, 2009-01-01, true",
      "GB, 1972-12-31, false", // Act of Accession 1972, in force 1 January 1973
      "BG, 2006-12-31, false", // Treaty of Accession 2005, in force 1 January 2007
      "BG, 2007-01-01, true",
      "PL, 2004-05-01, true", // Treaty of Accession 2003, in force 1 May 2004
      "PL, 2004-04-30, false",
      "FR, 2001-01-01, true", "UA, 2016-01-01, false", "XK, 2016-01-01, false",
      "NO, 2016-01-01, false", "CH, 2016-01-01, false", "TR, 2016-01-01, false"})
  void memberStatesByDate(Country country, LocalDate date, boolean expected) {
    assertThat(EU.isMemberStateOn(country, date)).as("%s on %s", country, date).isEqualTo(expected);
  }

  @Test
  void theEuHas27MemberStatesAfterBrexitAnd28Before() {
    assertThat(members(LocalDate.of(2020, 2, 1))).hasSize(27);
    assertThat(members(LocalDate.of(2020, 1, 31))).hasSize(28);
    assertThat(members(LocalDate.of(2013, 7, 1))).hasSize(28);
    assertThat(members(LocalDate.of(2013, 6, 30))).hasSize(27);
    assertThat(members(LocalDate.of(2024, 4, 30))).isEqualTo(EnumSet.of(Country.AT, Country.BE, Country.BG,
        Country.CY, Country.CZ, Country.DE, Country.DK, Country.EE, Country.ES, Country.FI, Country.FR, Country.GR,
        Country.HR, Country.HU, Country.IE, Country.IT, Country.LT, Country.LV, Country.LU, Country.MT, Country.NL,
        Country.PL, Country.PT, Country.RO, Country.SE, Country.SI, Country.SK));
    assertThat(EU.countries()).hasSize(28).contains(Country.GB);
  }

  /** Throughout the programme, the membership is constant except for Croatia's accession and Brexit. */
  @Property(tries = 300)
  void duringTheProgrammeOnlyCroatiaAndTheUnitedKingdomChange(
      @ForAll @DateRange(min = "2008-12-01", max = "2024-04-30") LocalDate date) {
    Set<Country> members = members(date);
    assertThat(members.contains(Country.HR)).isEqualTo(!date.isBefore(LocalDate.of(2013, 7, 1)));
    assertThat(members.contains(Country.GB)).isEqualTo(date.isBefore(LocalDate.of(2020, 2, 1)));
    assertThat(members).hasSize(27 + (members.contains(Country.HR) && members.contains(Country.GB) ? 1 : 0));
  }

  /** Every row cites the treaty a reader can open: its title, its Official Journal reference (none for the Treaty of Rome) and EUR-Lex. */
  @Test
  void everyRowCitesItsTreaty() {
    for (Country country : EU.countries()) {
      assertThat(EU.membership(country)).hasValueSatisfying(basis -> {
        assertThat(basis.basis()).startsWith("R-EL8: ");
        assertThat(basis.source()).containsAnyOf("OJ ", "Rome, 25 March 1957").contains("https://eur-lex.europa.eu/").doesNotContain(".txt");
      });
    }
    assertThat(EU.membership(Country.GB).orElseThrow().period())
        .contains(ValidityPeriod.parse("1973-01-01/2020-01-31"));
    assertThat(EU.membership(Country.GB).orElseThrow().source()).contains("withdrawal");
    assertThat(EU.membership(Country.UA)).isEmpty();
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> EU.isMemberStateOn(Country.FR, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> EU.isMemberStateOn(null, LocalDate.of(2020, 1, 1))).hasMessage("country");
  }

  @Test
  void badRowsNameTheFileLineAndColumn() {
    assertThat(read(HEADER + "HR,2013-07-01,,b,s\n").isMemberStateOn(Country.HR, LocalDate.of(2013, 7, 1))).isTrue();
    assertThatThrownBy(() -> read(HEADER + "HR,2013-07-01,,b,s\nXX,2013-07-01,,b,s\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("m.csv:3: column country:");
    assertThatThrownBy(() -> read(HEADER + "GB,1973-01-01,1972-01-31,b,s\n"))
        .hasMessage("m.csv:2: column member_to: member_to must be on or after 1973-01-01, but was 1972-01-31");
    assertThatThrownBy(() -> read(HEADER + "HR,1 July 2013,,b,s\n"))
        .hasMessage("m.csv:2: column member_from: member_from must be an ISO date such as 2013-07-01, "
            + "but was '1 July 2013'");
    assertThatThrownBy(() -> read(HEADER + "HR,2013-07-01,,b,\n"))
        .hasMessage("m.csv:2: column source: source must not be blank, but was ''");
    assertThatThrownBy(() -> read(HEADER + "HR,2013-07-01,,b,s\nHR,2013-07-01,,b,s\n"))
        .hasMessage("m.csv:3: column country: country must appear once, but 'HR' appears again");
  }

  private static Set<Country> members(LocalDate date) {
    return Arrays.stream(Country.values()).filter(c -> EU.isMemberStateOn(c, date)).collect(Collectors.toSet());
  }

  private static EuMembership read(String csv) {
    return EuMembership.of(DataTable.read(new StringReader(csv), "m.csv", COLUMNS));
  }
}
