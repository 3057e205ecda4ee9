package eu.mieux.rules.eligibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.rules.catalogue.DataTable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The member states of the European Union by date, as rule R-EL8 (an Action is carried out in a
 * country outside the EU) needs them.
 *
 * <p>The shipped table, {@link #standard()}, is read from {@code eu-membership.csv} beside this class
 * the first time it is needed, and only then: one row per member state, past or present, with the
 * day its membership began, the last day for a state that withdrew, and the accession treaty or
 * withdrawal agreement that sets those days. Membership of the European Communities before the
 * Treaty of Maastricht (1 November 1993) counts as membership.
 *
 * <pre>{@code
 * EuMembership.standard().isMemberStateOn(Country.HR, LocalDate.of(2013, 7, 1));   // true
 * EuMembership.standard().isMemberStateOn(Country.GB, LocalDate.of(2020, 2, 1));   // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EuMembership {

  /** The name of the shipped table, beside this class. */
  public static final String RESOURCE = "eu-membership.csv";

  private static final List<String> COLUMNS = List.of("country", "member_from", "member_to", "basis", "source");

  // the end of a membership that lasts: the last day a document may carry
  private static final LocalDate OPEN_END = ValidityPeriod.DOCUMENT_DATES.endInclusive();

  private final Map<Country, LegalBasis> memberships;

  private EuMembership(Map<Country, LegalBasis> memberships) {
    this.memberships = Maps.immutableEnumMap(memberships);
  }

  /**
   * Gets the table shipped with the library.
   *
   * @return the table, read once on first use
   */
  public static EuMembership standard() {
    return Standard.TABLE;
  }

  /**
   * Obtains a table from rows with the columns {@code country,member_from,member_to,basis,source}.
   *
   * @param table  the rows, one per country, not null
   * @return the membership table
   * @throws IllegalArgumentException naming the file, line and column of the first bad field
   */
  static EuMembership of(DataTable table) {
    Map<Country, LegalBasis> memberships = new EnumMap<>(Country.class);
    for (DataTable.Row row : table.rows()) {
      Country country = row.value("country", Country::ofAlpha2);
      LocalDate from = row.date("member_from", "2013-07-01");
      LocalDate to = row.optionalDate("member_to", "2013-07-01").orElse(OPEN_END);
      if (to.isBefore(from)) {
        throw row.error("member_to", "member_to must be on or after " + from + ", but was " + to);
      }
      List<String> sources = row.list("source");
      if (sources.isEmpty()) {
        throw row.error("source", "source must not be blank, but was ''");
      }
      LegalBasis basis = LegalBasis.builder().period(ValidityPeriod.of(from, to)).basis(row.text("basis"))
          .source(String.join("; ", sources)).quality(DataQuality.VERIFIED).build();
      if (memberships.put(country, basis) != null) {
        throw row.error("country", "country must appear once, but '" + country + "' appears again");
      }
    }
    return new EuMembership(memberships);
  }


  /**
   * Checks if a country is a member state of the European Union on a date.
   *
   * @param country  the country, not null
   * @param date  the date, not null
   * @return true if the country is a member state on that date
   */
  public boolean isMemberStateOn(Country country, LocalDate date) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(date, "date");
    LegalBasis basis = memberships.get(country);
    return basis != null && basis.period().orElseThrow().contains(date);
  }

  /**
   * Gets the row for a country that is or was a member state: its period of membership, inclusive at
   * both ends (9999-12-31 while it lasts), with its basis and the treaties as its source.
   *
   * @param country  the country, not null
   * @return the membership, or empty for a country that was never a member state
   */
  public Optional<LegalBasis> membership(Country country) {
    return Optional.ofNullable(memberships.get(Objects.requireNonNull(country, "country")));
  }

  /**
   * Gets every country that is or was a member state, in code order.
   *
   * @return the countries
   */
  public List<Country> countries() {
    return ImmutableList.copyOf(memberships.keySet());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof EuMembership other && memberships.equals(other.memberships);
  }

  @Override
  public int hashCode() {
    return memberships.hashCode();
  }

  /**
   * Returns the table's size, such as {@code EuMembership[28 countries]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "EuMembership[" + memberships.size() + " countries]";
  }

  /** Holds the shipped table; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final EuMembership TABLE = of(DataTable.readResource(EuMembership.class, RESOURCE, COLUMNS));
  }
}
