package eu.mieux.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Outcome;
import eu.mieux.rules.Policy;
import eu.mieux.rules.coverage.CoverageNote;
import eu.mieux.rules.coverage.CoverageRow;
import eu.mieux.rules.coverage.CoverageTable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A table that loads never throws or answers wrongly at check time (issue 18 item 2): over
 * generated tables (overlaps, reference rows, every quality, dates up to the ends of the allowed
 * range) and any date (including {@code LocalDate.MIN} and {@code MAX}), {@code check} agrees with
 * a brute-force oracle that scans every row of the country for the date (R-EL1, RULES.md;
 * ELIGIBILITY-NOTES.md §1).
 */
class CountryEligibilityOracleTest {

  private static final List<Country> COUNTRIES = List.of(Country.UA, Country.RU, Country.CV, Country.MS);
  private static final long RANGE_DAYS =
      ChronoUnit.DAYS.between(CoverageTable.FIRST_DAY, CoverageTable.LAST_DAY);

  @Property(tries = 300)
  void checkAgreesWithAScanOfEveryRow(@ForAll("tables") CoverageTable table,
      @ForAll("dates") List<LocalDate> dates, @ForAll boolean strict) {
    Policy policy = strict ? Policy.strict() : Policy.standard();
    CountryEligibility eligibility = new CountryEligibility(table, policy);
    for (Country country : COUNTRIES) {
      for (LocalDate date : dates) {
        CountryDecision decision = eligibility.check(country, date);
        assertThat(decision.holdsOn(date)).isTrue();
        assertAgrees(table, policy, country, date, decision);
        // every day of the decision's span has the same answer: check both ends
        for (Optional<LocalDate> end : List.of(decision.holdsFrom(), decision.holdsUntil())) {
          if (end.isPresent()) {
            assertAgrees(table, policy, country, end.get(), decision);
            assertThat(eligibility.check(country, end.get())).isSameAs(decision);
          }
        }
      }
    }
  }

  private static void assertAgrees(CoverageTable table, Policy policy, Country country,
      LocalDate date, CountryDecision decision) {
    List<CoverageRow> covering = new ArrayList<>();
    List<CoverageRow> accepted = new ArrayList<>();
    for (CoverageRow row : table.rows()) {
      if (row.country() == country && !row.isReference() && row.period().contains(date)) {
        covering.add(row);
        if (policy.accepts(row.quality())) {
          accepted.add(row);
        }
      }
    }
    Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
    accepted.forEach(row -> instruments.add(row.instrument().orElseThrow()));
    String what = country + " " + date + " " + decision;
    assertThat(decision.instruments()).as(what).containsExactlyElementsOf(instruments);
    assertThat(decision.coverage()).as(what)
        .containsExactlyElementsOf(accepted.stream().map(CoverageRow::toLegalBasis).toList());
    assertThat(decision.outcome()).as(what).isEqualTo(expectedOutcome(table, country, date,
        covering, accepted));
  }

  private static Outcome expectedOutcome(CoverageTable table, Country country, LocalDate date,
      List<CoverageRow> covering, List<CoverageRow> accepted) {
    if (!accepted.isEmpty()) {
      return Outcome.YES;
    }
    if (!covering.isEmpty() || date.isBefore(table.firstDate())
        || date.isAfter(table.lastInstrumentDate())) {
      return Outcome.UNDETERMINED;
    }
    LocalDate latestEnd = LocalDate.MIN;
    boolean later = false;
    for (CoverageRow row : table.rowsOf(country)) {
      if (!row.isReference() && row.period().endInclusive().isBefore(date)
          && row.period().endInclusive().isAfter(latestEnd)) {
        latestEnd = row.period().endInclusive();
      }
      later |= !row.isReference() && row.period().start().isAfter(date);
    }
    boolean endsWithTheDacList = !latestEnd.equals(LocalDate.MIN) && !later
        && date.isAfter(table.lastReferenceDate()) && latestEnd.equals(table.lastReferenceDate());
    return endsWithTheDacList ? Outcome.UNDETERMINED : Outcome.NO;
  }

  @Provide
  Arbitrary<CoverageTable> tables() {
    Arbitrary<Optional<Instrument>> schemes = Arbitraries.oneOf(
        Arbitraries.of(Instrument.class).map(Optional::of), Arbitraries.just(Optional.empty()));
    Arbitrary<ValidityPeriod> periods = Combinators.combine(
            Arbitraries.longs().between(0, RANGE_DAYS).edgeCases(c -> c.includeOnly(0L, RANGE_DAYS)),
            Arbitraries.longs().between(0, 6000))
        .as((start, length) -> {
          LocalDate from = CoverageTable.FIRST_DAY.plusDays(start);
          LocalDate to = from.plusDays(length);
          return ValidityPeriod.of(from, to.isAfter(CoverageTable.LAST_DAY) ? CoverageTable.LAST_DAY : to);
        });
    Arbitrary<String> sources = Arbitraries.of("verified source", "unverified: x", "proxy: y");
    Arbitrary<List<CoverageRow>> rows = Combinators.combine(Arbitraries.of(COUNTRIES), schemes,
            periods, sources).as(Draft::new).list().ofMinSize(1).ofMaxSize(14)
        .map(drafts -> {
          List<CoverageRow> built = new ArrayList<>();
          for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            built.add(CoverageRow.of(i + 2, d.country, "name " + i, d.instrument, d.period,
                "basis " + i, d.source));
          }
          return built;
        });
    Arbitrary<List<CoverageNote>> notes = Combinators.combine(Arbitraries.of(COUNTRIES), periods)
        .as((country, period) -> CoverageNote.of(country, period, "a note", "a source"))
        .list().ofMaxSize(3);
    return Combinators.combine(rows, notes).as((r, n) -> CoverageTable.of("gen", r, n));
  }

  @Provide
  Arbitrary<List<LocalDate>> dates() {
    Arbitrary<LocalDate> inRange = Arbitraries.longs().between(-400, RANGE_DAYS + 400)
        .map(CoverageTable.FIRST_DAY::plusDays);
    Arbitrary<LocalDate> extremes = Arbitraries.of(LocalDate.MIN, LocalDate.MAX,
        LocalDate.of(-999_999_999, 1, 1), LocalDate.of(5_000_000, 1, 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, inRange), net.jqwik.api.Tuple.of(1, extremes)).list().ofMinSize(1).ofMaxSize(8);
  }

  /** The parts of a generated row before its line and texts are given. */
  private record Draft(Country country, Optional<Instrument> instrument, ValidityPeriod period,
      String source) {}
}
