package eu.mieux.rules.coverage;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The first and last days of coverage data, gathered period by period: what
 * {@link CoverageTable#firstDate()}, {@link CoverageTable#lastDate()},
 * {@link CoverageTable#lastInstrumentDate()}, {@link CoverageTable#lastReferenceDate()} and
 * {@link CoverageTable#firstReferenceDate()} answer, whether the rows were parsed
 * ({@link CoverageTable#of}) or only scanned ({@link CoverageCsv.Lines}).
 *
 * <p>Mutable while it gathers, by one thread; read-only once handed to a table.
 */
final class DataDates {

  private LocalDate first = LocalDate.MAX;
  private LocalDate last = LocalDate.MIN;
  private LocalDate lastInstrument = LocalDate.MIN;
  private LocalDate lastReference = LocalDate.MIN;
  private LocalDate firstReference = LocalDate.MAX;

  /** Takes in the period of one row; {@code reference} for a {@code DAC_ODA} row. */
  void add(LocalDate start, LocalDate endInclusive, boolean reference) {
    first = min(first, start);
    last = max(last, endInclusive);
    if (reference) {
      lastReference = max(lastReference, endInclusive);
      firstReference = min(firstReference, start);
    } else {
      lastInstrument = max(lastInstrument, endInclusive);
    }
  }

  LocalDate first() {
    return first;
  }

  LocalDate last() {
    return last;
  }

  /** The latest end of an instrument row, or {@link #last()} if there is none. */
  LocalDate lastInstrument() {
    return lastInstrument.equals(LocalDate.MIN) ? last : lastInstrument;
  }

  /** The latest end of a reference row, or {@link #last()} if there is none. */
  LocalDate lastReference() {
    return lastReference.equals(LocalDate.MIN) ? last : lastReference;
  }

  /** The earliest start of a reference row, or empty if there is none. */
  Optional<LocalDate> firstReference() {
    return firstReference.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(firstReference);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
