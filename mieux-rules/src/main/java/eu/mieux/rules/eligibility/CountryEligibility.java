package eu.mieux.rules.eligibility;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import eu.mieux.rules.Policy;
import eu.mieux.rules.coverage.CoverageNote;
import eu.mieux.rules.coverage.CoverageRow;
import eu.mieux.rules.coverage.CoverageTable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a country is covered by an EU instrument that makes it eligible for MIEUX on a
 * date (RULES.md R-EL1; annual report 2018, 10-year report p. 11-16).
 *
 * <p>A country is covered on a date if a row of the coverage data for it has an instrument (DCI,
 * EDF, ENPI, ENI, OAD or NDICI, never {@code DAC_ODA}), a period that contains the date, and a data
 * quality the {@link Policy} accepts (ELIGIBILITY-NOTES.md §1). The answer is:
 * <ul>
 *   <li>{@code YES}, citing every row used, with its basis and source verbatim;</li>
 *   <li>{@code UNDETERMINED} when the policy set aside every row that applies (the reason lists
 *       them with their quality), when the date lies before the first {@code valid_from} or after
 *       the last instrument {@code valid_to} of the data, or when the country's last rows are
 *       derived from the DAC list and end with it (the DAC list after 2025 was not retrieved,
 *       SOURCES.md §8);</li>
 *   <li>{@code NO} otherwise, explained from the data: the latest rows that ended before the date,
 *       the earliest rows that start after it, the country's DAC-list status on the date, and the
 *       notes of {@code coverage-notes.csv} (such as Russia's cross-border-only status under ENI
 *       and NDICI, ELIGIBILITY-NOTES.md §2).</li>
 * </ul>
 *
 * <p>Performance: for each country the dates are cut, once and on first use, into the segments in
 * which no row or note starts or ends, and the decision of each segment is built once, on first
 * use. The answer is the same on every day of a segment, so a check returns the segment's decision
 * itself, which says on which days it holds ({@link CountryDecision#holdsFrom()},
 * {@link CountryDecision#holdsUntil()}): two checks on days of the same segment return the same
 * object. A check finds the segment through a year-by-year index, then one or two
 * comparisons; once warm it allocates nothing. Segments and their decisions are built lazily, so
 * the first check in a fresh JVM builds one. Choice: this lookup (keys read from the date's fields,
 * arrays published by compare-and-exchange) rather than a binary search of epoch days or
 * {@code AtomicReferenceArray}s, which measured 3 to 5 times a {@code HashMap.get} against the
 * README's 2x target. The table was checked as a whole when it loaded (dates within
 * {@link CoverageTable#FIRST_DAY} and {@link CoverageTable#LAST_DAY}, at most
 * {@link CoverageTable#MAX_ROWS_PER_COUNTRY} rows per country), so the keys are exact and a check
 * never throws, whatever the date.
 *
 * <pre>{@code
 * CountryEligibility eligibility = new CountryEligibility(CoverageTable.standard(), Policy.standard());
 * CountryDecision ukraine = eligibility.check(Country.UA, LocalDate.of(2016, 5, 1));
 * ukraine.isYes();        // true
 * ukraine.instruments();  // [ENI]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="http://data.europa.eu/eli/reg/2014/233/oj">Regulation (EU) No 233/2014 (DCI)</a>
 * @see <a href="http://data.europa.eu/eli/reg/2014/232/oj">Regulation (EU) No 232/2014 (ENI)</a>
 * @see <a href="http://data.europa.eu/eli/reg/2021/947/oj">Regulation (EU) 2021/947 (NDICI)</a>
 * @see <a href="http://data.europa.eu/eli/dec/2021/1764/oj">Council Decision (EU) 2021/1764 (OAD)</a>
 */
public final class CountryEligibility {

  /** The rule this class decides: country coverage. */
  public static final RuleId RULE = RuleId.of("R-EL1");

  private static final VarHandle TIMELINES = MethodHandles.arrayElementVarHandle(Timeline[].class);
  private static final VarHandle DECISIONS =
      MethodHandles.arrayElementVarHandle(CountryDecision[].class);

  private final CoverageTable table;
  private final Policy policy;
  private volatile CountryLookup lookup;
  /** Per country ordinal, built on first use and published by compare-and-exchange. */
  private final Timeline[] timelines;

  /**
   * Creates the rule on coverage data with a data-quality policy.
   *
   * @param table  the coverage data, such as {@link CoverageTable#standard()}, not null
   * @param policy  which rows may decide, such as {@link Policy#standard()}, not null
   */
  public CountryEligibility(CoverageTable table, Policy policy) {
    this.table = Objects.requireNonNull(table, "table");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.timelines = new Timeline[Country.values().length];
  }

  /**
   * Gets the coverage data this rule reads.
   *
   * @return the table
   */
  public CoverageTable table() {
    return table;
  }

  /**
   * Gets the data-quality policy of this rule.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * Decides whether a country is covered on a date.
   *
   * @param country  the country, not null
   * @param date  the as-of date, not null
   * @return the decision: outcome, instruments, rows used, rows set aside and reasons, shared by
   *     every date of the span it {@linkplain CountryDecision#holdsOn(LocalDate) holds on}, which
   *     contains {@code date}
   */
  public CountryDecision check(Country country, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return timelineOf(country).segment(date);
  }

  /**
   * Gets the instruments that cover a country on a date under the policy, without building a
   * decision: the fast path for callers that need only the answer, such as bulk screening.
   *
   * <p>The result is the {@code instruments()} of {@link #check(Country, LocalDate)} for the same
   * arguments; like {@code check}, it allocates nothing once the country's data is warm.
   *
   * @param country  the country, not null
   * @param date  the date, not null
   * @return the instruments in canonical order, empty when the outcome is not {@code YES}
   */
  public java.util.SortedSet<eu.mieux.model.country.Instrument> instrumentsOn(Country country, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return timelineOf(country).segment(date).instruments();
  }

  private Timeline timelineOf(Country country) {
    // a plain read: a non-null value was published once, by compare-and-exchange, and its fields
    // are final; null sends the caller to the slow path
    Timeline timeline = timelines[country.ordinal()];
    return timeline != null ? timeline : timeline(country);
  }

  /**
   * Decides whether the countries an input names are covered on a date.
   *
   * @param countryInput  an alpha-2 or alpha-3 code or an English name, as {@link CountryLookup}
   *     reads it, not null
   * @param date  the as-of date, not null
   * @return one decision per country named, several only for historical {@code AN}
   * @throws IllegalArgumentException if the input names no known country; the message names the
   *     input and the closest known codes and names
   */
  public List<CountryDecision> check(String countryInput, LocalDate date) {
    Objects.requireNonNull(date, "date");
    ImmutableList.Builder<CountryDecision> decisions = ImmutableList.builder();
    CountryLookup names = lookup;
    if (names == null) {
      names = table == CoverageTable.standard() ? CountryLookup.standard() : CountryLookup.of(table);
      lookup = names;
    }
    for (Country country : names.resolve(countryInput)) {
      decisions.add(check(country, date));
    }
    return decisions.build();
  }

  private Timeline timeline(Country country) {
    Timeline built = buildTimeline(country);
    Timeline witness = (Timeline) TIMELINES.compareAndExchange(timelines, country.ordinal(), null, built);
    return witness == null ? built : witness;
  }

  private Timeline buildTimeline(Country country) {
    List<CoverageRow> rows = table.rowsOf(country);
    List<CoverageNote> notes = table.notesOf(country);
    TreeSet<LocalDate> cuts = new TreeSet<>();
    cuts.add(table.firstDate());
    cuts.add(table.lastInstrumentDate().plusDays(1));
    cuts.add(table.lastReferenceDate().plusDays(1));
    for (CoverageRow row : rows) {
      cuts.add(row.period().start());
      cuts.add(row.period().endInclusive().plusDays(1));
    }
    for (CoverageNote note : notes) {
      cuts.add(note.period().start());
      cuts.add(note.period().endInclusive().plusDays(1));
    }
    return new Timeline(country, rows, notes, cuts.toArray(new LocalDate[0]));
  }

  /**
   * Builds the decision of one segment: {@code date} is a day of it, {@code first} and
   * {@code last} its ends, empty when unbounded.
   */
  private CountryDecision decide(Country country, LocalDate date, Optional<LocalDate> first,
      Optional<LocalDate> last, List<CoverageRow> rows, List<CoverageNote> notes) {
    List<CoverageRow> accepted = new ArrayList<>();
    List<CoverageRow> setAside = new ArrayList<>();
    for (CoverageRow row : rows) {
      if (!row.isReference() && row.isValidOn(date)) {
        (policy.accepts(row.quality()) ? accepted : setAside).add(row);
      }
    }
    CountryDecision.Builder decision = CountryDecision.builder().country(country)
        .holdsFrom(first).holdsUntil(last).addAllAcceptedQualities(policy.acceptedQualities());
    for (CoverageRow row : accepted) {
      decision.addCoverage(row.toLegalBasis());
    }
    for (CoverageRow row : setAside) {
      decision.addSetAside(row.toLegalBasis());
    }
    String who = country.englishName() + " (" + country.alpha2() + ")";
    if (!accepted.isEmpty()) {
      EnumSet<Instrument> instruments = EnumSet.noneOf(Instrument.class);
      for (CoverageRow row : accepted) {
        Instrument instrument = row.instrument().orElseThrow();
        instruments.add(instrument);
        decision.addReason(reason(country, Outcome.YES,
            who + " is covered by " + instrument + " from " + row.period().start() + " to "
                + row.period().endInclusive() + ": " + row.basis(),
            List.of(row)));
      }
      if (!setAside.isEmpty()) {
        decision.addReason(reason(country, Outcome.UNDETERMINED,
            who + ": the policy " + policy.acceptedQualities() + " also set aside "
                + describe(setAside), setAside));
      }
      return decision.outcome(Outcome.YES).addAllInstruments(instruments).build();
    }
    if (!setAside.isEmpty()) {
      return decision.outcome(Outcome.UNDETERMINED).addReason(reason(country, Outcome.UNDETERMINED,
          who + " is undetermined: the policy " + policy.acceptedQualities()
              + " set aside every row that applies: " + describe(setAside), setAside)).build();
    }
    if (date.isBefore(table.firstDate())) {
      return decision.outcome(Outcome.UNDETERMINED).addReason(reason(country, Outcome.UNDETERMINED,
          who + " is undetermined: the date is before the coverage data begins on "
              + table.firstDate(), List.of())).build();
    }
    if (date.isAfter(table.lastInstrumentDate())) {
      return decision.outcome(Outcome.UNDETERMINED).addReason(reason(country, Outcome.UNDETERMINED,
          who + " is undetermined: the date is after the coverage data ends on "
              + table.lastInstrumentDate(), List.of())).build();
    }
    List<CoverageRow> ended = latestEnded(rows, date);
    List<CoverageRow> later = earliestLater(rows, date);
    if (!ended.isEmpty() && later.isEmpty() && date.isAfter(table.lastReferenceDate())
        && ended.get(0).period().endInclusive().equals(table.lastReferenceDate())) {
      return decision.outcome(Outcome.UNDETERMINED).addReason(reason(country, Outcome.UNDETERMINED,
          who + " is undetermined: its last rows end on " + table.lastReferenceDate()
              + " with the DAC-list reference data, after which the data cannot say: "
              + describe(ended), ended)).build();
    }
    decision.outcome(Outcome.NO);
    StringBuilder summary = new StringBuilder(who).append(" is not covered by any instrument");
    if (ended.isEmpty() && later.isEmpty()) {
      summary.append(": the coverage data has no instrument row for it");
    } else {
      Set<String> parts = new LinkedHashSet<>();
      for (CoverageRow row : ended) {
        parts.add(row.scheme() + " ended " + row.period().endInclusive());
      }
      for (CoverageRow row : later) {
        parts.add(row.scheme() + " starts " + row.period().start());
      }
      summary.append(": ").append(String.join(", ", parts));
    }
    List<CoverageNote> notesOn = new ArrayList<>();
    for (CoverageNote note : notes) {
      if (note.isValidOn(date)) {
        notesOn.add(note);
        summary.append("; ").append(note.note());
      }
    }
    decision.addReason(reason(country, Outcome.NO, summary.toString(), List.of()));
    for (CoverageRow row : ended) {
      decision.addReason(reason(country, Outcome.NO, who + ": " + row.scheme() + " coverage ended "
          + row.period().endInclusive() + ": " + row.basis(), List.of(row)));
    }
    for (CoverageRow row : later) {
      decision.addReason(reason(country, Outcome.NO, who + ": " + row.scheme()
          + " coverage starts only " + row.period().start() + ": " + row.basis(), List.of(row)));
    }
    boolean onDacList = false;
    for (CoverageRow row : rows) {
      if (row.isReference() && row.isValidOn(date)) {
        onDacList = true;
        decision.addReason(reason(country, Outcome.NO, who + " is on the DAC list of ODA recipients ("
            + row.basis() + "); the list is reference data and grants no coverage by itself",
            List.of(row)));
      }
    }
    boolean inDacListYears = !date.isAfter(table.lastReferenceDate())
        && table.firstReferenceDate().map(listStart -> !date.isBefore(listStart)).orElse(false);
    if (!onDacList && inDacListYears) {
      decision.addReason(reason(country, Outcome.NO,
          who + " is not on the DAC list of ODA recipients on this date", List.of()));
    }
    for (CoverageNote note : notesOn) {
      decision.addReason(Reason.builder().ruleId(RULE).outcome(Outcome.NO).country(country)
          .message(who + ": " + note.note()).addLegalBasis(note.toLegalBasis()).build());
    }
    return decision.build();
  }

  private static List<CoverageRow> latestEnded(List<CoverageRow> rows, LocalDate date) {
    LocalDate latest = LocalDate.MIN;
    for (CoverageRow row : rows) {
      LocalDate end = row.period().endInclusive();
      if (!row.isReference() && end.isBefore(date) && end.isAfter(latest)) {
        latest = end;
      }
    }
    List<CoverageRow> found = new ArrayList<>();
    for (CoverageRow row : rows) {
      if (!row.isReference() && row.period().endInclusive().equals(latest)) {
        found.add(row);
      }
    }
    return found;
  }

  private static List<CoverageRow> earliestLater(List<CoverageRow> rows, LocalDate date) {
    LocalDate earliest = LocalDate.MAX;
    for (CoverageRow row : rows) {
      LocalDate start = row.period().start();
      if (!row.isReference() && start.isAfter(date) && start.isBefore(earliest)) {
        earliest = start;
      }
    }
    List<CoverageRow> found = new ArrayList<>();
    for (CoverageRow row : rows) {
      if (!row.isReference() && row.period().start().equals(earliest)) {
        found.add(row);
      }
    }
    return found;
  }

  private static String describe(List<CoverageRow> rows) {
    StringBuilder text = new StringBuilder();
    for (CoverageRow row : rows) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(row.scheme()).append(' ').append(row.period()).append(" (")
          .append(row.quality()).append("): ").append(row.basis());
    }
    return text.toString();
  }

  private static Reason reason(Country country, Outcome outcome, String message,
      List<CoverageRow> rows) {
    Reason.Builder reason = Reason.builder().ruleId(RULE).outcome(outcome).country(country)
        .message(message);
    for (CoverageRow row : rows) {
      reason.addLegalBasis(row.toLegalBasis());
    }
    return reason.build();
  }

  /**
   * The decisions of one country, one per segment of dates in which no row or note starts or ends;
   * each segment's decision is built on its first use and kept.
   *
   * <p>Segment 0 holds every date before the first cut, segment {@code i} the dates from cut
   * {@code i - 1} to the day before cut {@code i}, and the last segment every date from the last
   * cut on. Dates are compared as {@link #key(LocalDate) keys} read from the date's fields, and a
   * year index gives the segment of each year's first day; most cuts fall on 1 January, so finding
   * a date's segment takes one or two comparisons.
   */
  private final class Timeline {
    private final Country country;
    private final List<CoverageRow> rows;
    private final List<CoverageNote> notes;
    /** The cuts, ascending: the first day of segments 1 to n. */
    private final LocalDate[] cuts;
    /**
     * {@code keys[i]} is the key of the first day of segment {@code i}; segment 0 has none, and a
     * last key above every date's closes the array, so that the scan needs no bounds test.
     */
    private final int[] keys;
    private final int firstYear;
    private final int lastYear;
    /** The segment of 1 January of each year from the first cut's year to the last cut's. */
    private final char[] yearSegments;
    /** Per segment, built on first use and published by compare-and-exchange. */
    private final CountryDecision[] decisions;

    Timeline(Country country, List<CoverageRow> rows, List<CoverageNote> notes, LocalDate[] cuts) {
      if (cuts.length >= Character.MAX_VALUE) {
        throw new IllegalStateException(country + " has " + cuts.length
            + " coverage cuts, more than the index of segments holds");
      }
      this.country = country;
      this.rows = rows;
      this.notes = notes;
      this.cuts = cuts;
      this.keys = new int[cuts.length + 2];
      keys[0] = Integer.MIN_VALUE;
      for (int i = 0; i < cuts.length; i++) {
        keys[i + 1] = key(cuts[i]);
      }
      keys[cuts.length + 1] = Integer.MAX_VALUE;
      this.firstYear = cuts[0].getYear();
      this.lastYear = cuts[cuts.length - 1].getYear();
      this.yearSegments = new char[lastYear - firstYear + 1];
      int segment = 0;
      for (int y = 0; y < yearSegments.length; y++) {
        int yearKey = key(firstYear + y, 1, 1);
        while (keys[segment + 1] <= yearKey) {
          segment++;
        }
        yearSegments[y] = (char) segment;
      }
      this.decisions = new CountryDecision[cuts.length + 1];
    }

    /** The decision of the segment holding the date, shared by every date of the segment. */
    CountryDecision segment(LocalDate date) {
      int index = indexOf(date);
      CountryDecision decision = decisions[index]; // a plain read, as in timelineOf
      return decision != null ? decision : build(index);
    }

    private int indexOf(LocalDate date) {
      int year = date.getYear();
      if (year < firstYear) {
        return 0; // before the first cut, which is in firstYear
      }
      if (year > lastYear) {
        return cuts.length; // after the last cut, which is in lastYear
      }
      int key = key(date);
      int index = yearSegments[year - firstYear];
      while (keys[index + 1] <= key) {
        index++;
      }
      return index;
    }

    private CountryDecision build(int index) {
      Optional<LocalDate> first = index == 0 ? Optional.empty() : Optional.of(cuts[index - 1]);
      Optional<LocalDate> last = index == cuts.length ? Optional.empty()
          : Optional.of(cuts[index].minusDays(1));
      LocalDate day = first.orElseGet(() -> cuts[0].minusDays(1));
      CountryDecision built = CountryEligibility.this.decide(country, day, first, last, rows, notes);
      CountryDecision witness =
          (CountryDecision) DECISIONS.compareAndExchange(decisions, index, null, built);
      return witness == null ? built : witness;
    }
  }

  /**
   * A key that orders dates like {@link LocalDate#compareTo}, read from the date's fields; exact for
   * the years of the coverage data (any year within a million of year 0).
   */
  private static int key(LocalDate date) {
    return key(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  private static int key(int year, int month, int day) {
    return (year << 9) | (month << 5) | day;
  }
}
