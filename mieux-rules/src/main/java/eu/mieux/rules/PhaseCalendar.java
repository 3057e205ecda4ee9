package eu.mieux.rules;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.Coded;
import eu.mieux.model.MieuxStyle;
import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.rules.catalogue.DataTable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dates of the programme's phases, as a setting.
 *
 * <p>Choice (RULES.md §13 Q1, §15.3 M-PH2 and M-PW2): the sources disagree on the boundaries, so the
 * phase dates are data, not constants. {@link #standard()} reads them, each with its basis and
 * sources, from {@code phases.csv} beside this class, the first time it is needed and only then.
 * {@link #withPhase(Phase, ValidityPeriod)} changes one phase; {@link DateInConflict} names the other
 * readings. Phases may not overlap and follow each other in {@link Phase} order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class PhaseCalendar {

  /** The name of the shipped table, beside this class. */
  public static final String RESOURCE = "phases.csv";

  private static final List<String> COLUMNS = List.of("phase", "valid_from", "valid_to", "basis", "source");

  PhaseCalendar() {}

  /**
   * Gets the calendar shipped with the library, read from {@code phases.csv} once, on first use.
   *
   * @return the standard calendar
   */
  public static PhaseCalendar standard() {
    return Standard.CALENDAR;
  }

  /**
   * Obtains a calendar from a table with the columns {@code phase,valid_from,valid_to,basis,source}.
   *
   * @param table  the table, one row per phase in {@link Phase} order, not null
   * @return the calendar
   * @throws IllegalArgumentException naming the file, line and column of the first bad field
   */
  static PhaseCalendar of(DataTable table) {
    Map<Phase, ValidityPeriod> periods = new EnumMap<>(Phase.class);
    ValidityPeriod previous = null;
    for (DataTable.Row row : table.rows()) {
      Phase phase = row.value("phase", code -> Coded.fromCode(Phase.class, code));
      LocalDate from = row.date("valid_from", "2020-04-30");
      LocalDate to = row.date("valid_to", "2020-04-30");
      if (to.isBefore(from)) {
        throw row.error("valid_to", "valid_to must be on or after " + from + ", but was " + to);
      }
      if (phase.ordinal() != periods.size()) {
        String expected = periods.size() < Phase.values().length ? Phase.values()[periods.size()].code() : "absent";
        throw row.error("phase", "phase must be " + expected + " (one row per phase, in order), but was '"
            + phase.code() + "'");
      }
      if (previous != null && !from.isAfter(previous.endInclusive())) {
        throw row.error("valid_from", "valid_from must be after the previous phase ends on "
            + previous.endInclusive() + ", but was " + from);
      }
      row.text("basis");
      row.text("source");
      previous = ValidityPeriod.of(from, to);
      periods.put(phase, previous);
    }
    return ImmutablePhaseCalendar.builder().putAllPeriods(periods).build();
  }


  /**
   * Gets the period of every phase, in {@link Phase} order.
   *
   * @return the periods, inclusive at both ends, one per phase
   */
  public abstract Map<Phase, ValidityPeriod> periods();

  /**
   * Returns a copy of this calendar with one phase's period changed.
   *
   * @param phase  the phase, not null
   * @param period  its new period, inclusive at both ends, not null
   * @return the new calendar
   * @throws IllegalArgumentException if phases would overlap or be out of order
   */
  public PhaseCalendar withPhase(Phase phase, ValidityPeriod period) {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(period, "period");
    Map<Phase, ValidityPeriod> copy = new EnumMap<>(periods());
    copy.put(phase, period);
    return ImmutablePhaseCalendar.builder().putAllPeriods(copy).build();
  }

  /**
   * Gets the period of a phase.
   *
   * @param phase  the phase, not null
   * @return its period, inclusive at both ends
   */
  public ValidityPeriod periodOf(Phase phase) {
    return periods().get(Objects.requireNonNull(phase, "phase"));
  }

  /**
   * Gets the span of the programme, from the start of the first phase to the end of the last.
   *
   * @return the span, inclusive at both ends
   */
  public ValidityPeriod span() {
    Phase[] phases = Phase.values();
    return ValidityPeriod.of(periodOf(phases[0]).start(), periodOf(phases[phases.length - 1]).endInclusive());
  }

  /**
   * Finds the phase running on a date.
   *
   * @param date  the date, not null
   * @return the phase, or empty before the first, after the last or between two phases
   */
  public Optional<Phase> phaseOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (Map.Entry<Phase, ValidityPeriod> e : periods().entrySet()) {
      if (e.getValue().contains(date)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the periods, such as {@code PhaseCalendar{MIEUX_I=2008-12-01/2011-12-31, ...}}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "PhaseCalendar" + periods();
  }

  @Value.Check
  void check() {
    checkArgument(periods().size() == Phase.values().length,
        "periods must give every phase %s, but gave %s", Arrays.toString(Phase.values()), periods().keySet());
    ValidityPeriod before = null;
    Phase previous = null;
    for (Phase phase : Phase.values()) {
      ValidityPeriod period = periods().get(phase);
      if (before != null) {
        checkArgument(period.start().isAfter(before.endInclusive()), "%s must start after %s ends on %s, but starts on %s",
            phase, previous, before.endInclusive(), period.start());
      }
      before = period;
      previous = phase;
    }
  }

  /** Holds the shipped calendar; class initialisation runs once and is thread-safe. */
  private static final class Standard {
    static final PhaseCalendar CALENDAR = of(DataTable.readResource(PhaseCalendar.class, RESOURCE, COLUMNS));
  }
}
