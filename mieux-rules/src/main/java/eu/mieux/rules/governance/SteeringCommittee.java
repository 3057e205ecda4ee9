package eu.mieux.rules.governance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import eu.mieux.model.Coded;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.SteeringCommitteeMember;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.RuleId;
import eu.mieux.rules.catalogue.DataTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The members of the Project Steering Committee by date, as data with sources (RULES.md §2; §15.3
 * G-SC2, G-SC3).
 *
 * <p>{@link #standard()} reads {@code steering-committee.csv}, shipped beside this class: DG DEVCO,
 * DG HOME and the EEAS from the pilot; DG DEVCO became DG INTPA on 16 January 2021; DG NEAR and the
 * ICMPD MIEUX team sit with the committee under MIEUX+ (from 30 April 2020). The file's README gives
 * the choices. Each row's {@code basis} and {@code source} are kept verbatim in a {@link LegalBasis}
 * whose period is the row's.
 *
 * <pre>{@code
 * SteeringCommittee.standard().membersOn(LocalDate.of(2022, 3, 1));
 * // [DG_HOME, EEAS, DG_INTPA, DG_NEAR, ICMPD_MIEUX_TEAM]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SteeringCommittee {

  /** The rule on the steering committee's members under MIEUX+. */
  public static final RuleId RULE = RuleId.of("G-SC2");

  /** The rule on the EU Delegations' review of new Actions. */
  public static final RuleId DELEGATION_REVIEW = RuleId.of("G-SC3");

  /** The citation of G-SC3: new Actions were greenlit after review with DG INTPA and the EU Delegations. */
  public static final LegalBasis DELEGATION_REVIEW_BASIS =
      eu.mieux.rules.catalogue.RuleCatalogue.standard().legalBasis(DELEGATION_REVIEW);

  private static final String RESOURCE = "steering-committee.csv";
  private static final List<String> COLUMNS = List.of("member", "valid_from", "valid_to", "basis", "source");

  private final ImmutableList<Seat> seats;

  private SteeringCommittee(List<Seat> seats) {
    this.seats = ImmutableList.copyOf(seats);
  }

  /**
   * Obtains the shipped table, read once on first use.
   *
   * @return the standard table
   */
  public static SteeringCommittee standard() {
    return Standard.TABLE;
  }

  /**
   * Reads a table from CSV text with the header {@code member,valid_from,valid_to,basis,source}.
   *
   * @param csv  the CSV text, not null
   * @param sourceName  the name used in error messages, such as {@code steering-committee.csv}
   * @return the table
   * @throws IllegalArgumentException naming the source, line and column of the first bad field
   */
  public static SteeringCommittee read(String csv, String sourceName) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(sourceName, "sourceName");
    List<Seat> seats = new ArrayList<>();
    for (DataTable.Row row : DataTable.read(new StringReader(csv), sourceName, COLUMNS).rows()) {
      seats.add(seat(row));
    }
    if (seats.isEmpty()) {
      throw new IllegalArgumentException(sourceName + ": rows must not be empty, but there were none");
    }
    return new SteeringCommittee(seats);
  }

  private static Seat seat(DataTable.Row row) {
    SteeringCommitteeMember member =
        row.value("member", code -> Coded.fromCode(SteeringCommitteeMember.class, code));
    LocalDate from = row.date("valid_from", "2021-01-16");
    LocalDate to = row.date("valid_to", "2021-01-16");
    if (to.isBefore(from)) {
      throw row.error("valid_to", "valid_to must be on or after " + from + ", but was " + to);
    }
    LegalBasis basis = LegalBasis.builder().period(ValidityPeriod.of(from, to)).basis(row.text("basis"))
        .source(row.text("source")).quality(DataQuality.VERIFIED).build();
    return new Seat(member, basis);
  }


  /**
   * Gets the members of the committee on a date.
   *
   * @param date  the date, not null
   * @return the members, in declaration order, empty outside the table's dates
   */
  public Set<SteeringCommitteeMember> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Set<SteeringCommitteeMember> members = EnumSet.noneOf(SteeringCommitteeMember.class);
    for (Seat seat : seats) {
      if (seat.basis().period().orElseThrow().contains(date)) {
        members.add(seat.member());
      }
    }
    return ImmutableSet.copyOf(members);
  }

  /**
   * Gets the rows that give the committee's members on a date, each with its period, basis and
   * source.
   *
   * @param date  the date, not null
   * @return the citations, in file order, empty outside the table's dates
   */
  public List<LegalBasis> basesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return seats.stream().map(Seat::basis).filter(b -> b.period().orElseThrow().contains(date))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SteeringCommittee other && seats.equals(other.seats);
  }

  @Override
  public int hashCode() {
    return seats.hashCode();
  }

  /**
   * Returns the rows, such as {@code SteeringCommittee[dg_devco 2008-12-01/2021-01-15, ...]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("SteeringCommittee[");
    for (int i = 0; i < seats.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(seats.get(i).member().code()).append(' ')
          .append(seats.get(i).basis().period().orElseThrow());
    }
    return text.append(']').toString();
  }

  private record Seat(SteeringCommitteeMember member, LegalBasis basis) {}

  /** Holds the shipped table; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final SteeringCommittee TABLE = readResource();

    private static SteeringCommittee readResource() {
      try (InputStream in = SteeringCommittee.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " must be on the class path beside "
              + SteeringCommittee.class.getName() + ", but was not found");
        }
        return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }
}
