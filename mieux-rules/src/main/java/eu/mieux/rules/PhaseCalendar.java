package eu.mieux.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import eu.mieux.model.Phase;
import eu.mieux.model.ValidityPeriod;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of the programme's phases, as a setting.
 *
 * <p>Choice (RULES.md §13 Q1): the seeds disagree on the boundaries, so the phase dates are data,
 * not constants. {@link #standard()} uses each {@link Phase#defaultPeriod()}: MIEUX I from
 * December 2008, MIEUX II from 2012 (10-year report p. 19-24, 10-year report p. 39-48; some passages say 2011), MIEUX III from
 * December 2015 (annual report 2018; 003 says 2016), MIEUX+ from 30 April 2020 to 30 April 2024 (the
 * seeds plan April 2023, 10-year report p. 169). {@link #withPhase(Phase, ValidityPeriod)} changes one phase.
 * Phases may not overlap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhaseCalendar {

  private static final PhaseCalendar STANDARD = new PhaseCalendar(defaults());

  private final ImmutableSortedMap<Phase, ValidityPeriod> periods;

  private PhaseCalendar(Map<Phase, ValidityPeriod> periods) {
    checkArgument(periods.size() == Phase.values().length,
        "periods must give every phase %s, but gave %s", java.util.Arrays.toString(Phase.values()), periods.keySet());
    this.periods = ImmutableSortedMap.copyOf(periods);
    Phase previous = null;
    for (Map.Entry<Phase, ValidityPeriod> e : this.periods.entrySet()) {
      if (previous != null) {
        ValidityPeriod before = this.periods.get(previous);
        checkArgument(e.getValue().start().isAfter(before.endInclusive()),
            "%s must start after %s ends on %s, but starts on %s",
            e.getKey(), previous, before.endInclusive(), e.getValue().start());
      }
      previous = e.getKey();
    }
  }

  /**
   * Gets the default calendar, from {@link Phase#defaultPeriod()}.
   *
   * @return the standard calendar
   */
  public static PhaseCalendar standard() {
    return STANDARD;
  }

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
    Map<Phase, ValidityPeriod> copy = new EnumMap<>(periods);
    copy.put(phase, period);
    return new PhaseCalendar(copy);
  }

  /**
   * Gets the period of a phase.
   *
   * @param phase  the phase, not null
   * @return its period, inclusive at both ends
   */
  public ValidityPeriod periodOf(Phase phase) {
    return periods.get(Objects.requireNonNull(phase, "phase"));
  }

  /**
   * Finds the phase running on a date.
   *
   * @param date  the date, not null
   * @return the phase, or empty before the first, after the last or between two phases
   */
  public Optional<Phase> phaseOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (Map.Entry<Phase, ValidityPeriod> e : periods.entrySet()) {
      if (e.getValue().contains(date)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  private static Map<Phase, ValidityPeriod> defaults() {
    Map<Phase, ValidityPeriod> map = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      map.put(phase, phase.defaultPeriod());
    }
    return map;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PhaseCalendar other && periods.equals(other.periods);
  }

  @Override
  public int hashCode() {
    return periods.hashCode();
  }

  @Override
  public String toString() {
    return "PhaseCalendar" + periods;
  }
}
