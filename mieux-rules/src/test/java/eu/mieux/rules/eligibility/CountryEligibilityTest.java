package eu.mieux.rules.eligibility;

import static eu.mieux.rules.DecisionAssert.assertDecision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.country.Country;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.rules.Policy;
import eu.mieux.rules.coverage.CoverageTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryEligibilityTest {

  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
  private static final CountryEligibility DEFAULT =
      new CountryEligibility(CoverageTable.standard(), Policy.standard());
  private static final CountryEligibility STRICT =
      new CountryEligibility(CoverageTable.standard(), Policy.strict());

  /**
   * Dated cases: country, date, outcome and instruments under the default and the strict policy,
   * and the source of the expectation. Expected values were read off the rows of coverage.csv.
   */
  @ParameterizedTest(name = "{0} {1}: {2} {3} / strict {4} {5} ({6})")
  @CsvSource(delimiter = '|', textBlock = """
      UA | 2006-12-31 | NO | none | NO | none | ENPI 1638/2006 applies from 2007-01-01 (SOURCES.md §4)
      UA | 2007-01-01 | YES | ENPI | YES | ENPI | ENPI 1638/2006 applies from 2007-01-01 (SOURCES.md §4)
      AF | 2006-12-31 | NO | none | NO | none | DCI 1905/2006 applies from 2007-01-01 (SOURCES.md §1)
      AF | 2007-01-01 | YES | DCI | YES | DCI | DCI 1905/2006 Annex I Asia (SOURCES.md §1)
      SN | 2007-12-31 | NO | none | NO | none | 10th EDF from 2008-01-01 (SOURCES.md §5)
      SN | 2008-01-01 | YES | DCI;EDF | YES | EDF | 10th EDF from 2008-01-01 (SOURCES.md §5); DCI thematic unverified (§1)
      UA | 2013-12-31 | YES | DCI;ENPI | YES | ENPI | ENPI ends 2013-12-31 (SOURCES.md §4)
      UA | 2014-01-01 | YES | DCI;ENI | YES | DCI;ENI | ENI 232/2014 from 2014-01-01 (SOURCES.md §4)
      RU | 2013-12-31 | YES | ENPI | YES | ENPI | ENPI partner incl. Russia (SOURCES.md §4)
      RU | 2014-01-01 | NO | none | NO | none | ENI: Russia CBC only (ELIGIBILITY-NOTES.md §2)
      AF | 2013-12-31 | YES | DCI | YES | DCI | DCI 1905/2006 to 2013-12-31 (SOURCES.md §1)
      AF | 2014-01-01 | YES | DCI | YES | DCI | DCI 233/2014 from 2014-01-01 (SOURCES.md §2)
      CL | 2017-12-31 | YES | DCI | YES | DCI | DCI 233/2014, Chile on DAC list (SOURCES.md §2)
      CL | 2018-01-01 | NO | none | NO | none | Chile DAC graduation 2018-01-01, model decision (SOURCES.md §2)
      SC | 2017-12-31 | YES | DCI;EDF | YES | DCI;EDF | Seychelles DCI + EDF (ELIGIBILITY-NOTES.md §3)
      SC | 2018-01-01 | YES | EDF | YES | EDF | Seychelles graduated, EDF until 2020 (ELIGIBILITY-NOTES.md §3)
      UY | 2018-01-01 | NO | none | NO | none | Uruguay DAC graduation 2018-01-01 (SOURCES.md §2)
      UA | 2020-12-31 | YES | DCI;ENI | YES | DCI;ENI | ENI 232/2014 to 2020-12-31 (SOURCES.md §4)
      UA | 2021-01-01 | YES | NDICI | YES | NDICI | NDICI Annex I from 2021-01-01 (SOURCES.md §3)
      SN | 2020-12-31 | YES | DCI;EDF | YES | DCI;EDF | 11th EDF to 2020-12-31 (SOURCES.md §5)
      SN | 2021-01-01 | YES | NDICI | UNDETERMINED | none | NDICI proxy from 2021-01-01 (SOURCES.md §3)
      SC | 2021-01-01 | NO | none | NO | none | Seychelles off the DAC list: not in the NDICI proxy (SOURCES.md §3)
      SA | 2009-10-15 | YES | DCI | YES | DCI | Reg 960/2009, OJ 15.10.2009 (SOURCES.md §1)
      SA | 2009-10-16 | NO | none | NO | none | Saudi Arabia deleted from DCI Annex I (SOURCES.md §1)
      OM | 2013-02-14 | YES | DCI | YES | DCI | Reg 127/2013, OJ 14.2.2013 (SOURCES.md §1)
      OM | 2013-02-15 | NO | none | NO | none | Oman deleted from DCI Annex I (SOURCES.md §1)
      YT | 2013-12-31 | YES | OAD | YES | OAD | Mayotte OCT under the 2001 OAD (SOURCES.md §6)
      YT | 2014-01-01 | NO | none | NO | none | Mayotte EU outermost region from 2014 (SOURCES.md §6)
      BL | 2011-12-31 | NO | none | NO | none | Saint-Barthelemy OCT only from 2012-01-01 (SOURCES.md §6)
      BL | 2012-01-01 | YES | OAD | YES | OAD | Decision 528/2012/EU (SOURCES.md §6)
      BM | 2013-12-31 | NO | none | NO | none | Bermuda not in the 2001 OAD (SOURCES.md §6)
      BM | 2014-01-01 | YES | OAD | YES | OAD | Bermuda in OAD 2013/755/EU (SOURCES.md §6)
      MS | 2020-01-31 | YES | OAD | YES | OAD | UK OCT until withdrawal 31.1.2020 (SOURCES.md §6 Brexit)
      MS | 2020-02-01 | YES | OAD | UNDETERMINED | none | Brexit transition rows unverified (SOURCES.md §6 Brexit)
      MS | 2021-01-01 | NO | none | NO | none | OAD 2021/1764 covers 13 DK/FR/NL OCTs only (SOURCES.md §6)
      KY | 2020-02-01 | YES | OAD | UNDETERMINED | none | Brexit transition rows unverified (SOURCES.md §6 Brexit)
      GL | 2013-12-31 | YES | OAD | YES | OAD | Greenland under the 2001 OAD (SOURCES.md §6)
      GL | 2014-01-01 | YES | OAD | YES | OAD | Greenland OAD 2013/755 + Decision 2014/137 (SOURCES.md §6)
      GL | 2021-01-01 | YES | OAD | YES | OAD | Greenland under OAD 2021/1764 (SOURCES.md §6)
      TR | 2016-05-01 | NO | none | NO | none | IPA II beneficiary excluded (ELIGIBILITY-NOTES.md §3)
      RS | 2010-06-01 | NO | none | NO | none | IPA beneficiary excluded (SOURCES.md §7)
      XK | 2016-05-01 | NO | none | NO | none | Kosovo IPA, ineligible despite the DAC list (ELIGIBILITY-NOTES.md §8)
      XK | 2022-01-01 | NO | none | NO | none | IPA III potential candidate (SOURCES.md §3)
      CU | 2010-06-01 | YES | DCI | YES | DCI | Cuba DCI Latin America, no EDF (SOURCES.md §5)
      CU | 2016-05-01 | YES | DCI | YES | DCI | Cuba DCI Latin America, no EDF (SOURCES.md §5)
      ZA | 2010-06-01 | YES | DCI | YES | DCI | South Africa DCI, not EDF (SOURCES.md §5)
      ZA | 2016-05-01 | YES | DCI | YES | DCI | South Africa DCI, not EDF (SOURCES.md §5)
      IL | 2010-06-01 | YES | ENPI | YES | ENPI | Israel ENPI partner (SOURCES.md §4)
      IL | 2016-05-01 | YES | ENI | YES | ENI | Israel ENI partner (SOURCES.md §4)
      IL | 2022-01-01 | YES | NDICI | YES | NDICI | Israel NDICI Annex I (SOURCES.md §3)
      RU | 2022-06-01 | NO | none | NO | none | NDICI Annex I: Russia CBC only (SOURCES.md §3)
      CW | 2009-06-01 | YES | OAD | YES | OAD | Netherlands Antilles islands under the 2001 OAD (SOURCES.md §9)
      """)
  void datedCases(Country country, LocalDate date, Outcome outcome, String instruments,
      Outcome strictOutcome, String strictInstruments, String source) {
    CountryDecision decision = DEFAULT.check(country, date);
    assertEquals(outcome, decision.outcome(), () -> source + ": " + decision.reasons());
    assertEquals(instruments, joined(decision), source);
    CountryDecision strict = STRICT.check(country, date);
    assertEquals(strictOutcome, strict.outcome(), () -> source + " (strict): " + strict.reasons());
    assertEquals(strictInstruments, joined(strict), source);
    assertEquals(country, decision.country());
    assertTrue(decision.holdsOn(date), () -> decision.holdsFrom() + ".." + decision.holdsUntil());
    assertFalse(decision.reasons().isEmpty());
  }

  private static String joined(CountryDecision decision) {
    return decision.instruments().isEmpty() ? "none"
        : decision.instruments().stream().map(Instrument::name).collect(Collectors.joining(";"));
  }

  @Test
  void yesCitesEveryRowUsedVerbatim() {
    assertDecision(DEFAULT.check(Country.UA, LocalDate.of(2016, 5, 1))).isYes()
        .hasInstruments(Instrument.ENI, Instrument.DCI).cites("ENI Annex I partner country (ENP 16)")
        .cites("233/2014");
  }

  @Test
  void russiaAfter2013ExplainsItselfFromTheData() {
    CountryDecision russia = DEFAULT.check(Country.RU, LocalDate.of(2016, 5, 1));
    assertDecision(russia).isNo().says("ENPI ended 2013-12-31").says("cross-border cooperation")
        .cites("ENPI Annex partner country (Russian Federation listed as full partner country)")
        .says("not on the DAC list");
    assertTrue(russia.reasons().stream().allMatch(r -> r.country().equals(java.util.Optional.of(Country.RU))));
  }

  @Test
  void dacListMembershipAloneGrantsNothing() {
    assertDecision(DEFAULT.check(Country.TR, LocalDate.of(2016, 5, 1))).isNo()
        .says("is on the DAC list").says("IPA II beneficiary").cites("DAC list for 2014-2016 flows");
  }

  @Test
  void strictSaysWhichRowsItSetAside() {
    CountryDecision decision = STRICT.check(Country.MS, LocalDate.of(2020, 6, 1));
    assertDecision(decision).isUndetermined().says("set aside every row").says("UNVERIFIED");
    assertEquals(1, decision.setAside().size());
    assertEquals(DataQuality.UNVERIFIED, decision.setAside().get(0).quality());
    assertTrue(decision.coverage().isEmpty());
  }

  @Test
  void datesOutsideTheDataAreUndetermined() {
    assertDecision(DEFAULT.check(Country.UA, LocalDate.of(2028, 1, 1))).isUndetermined()
        .says("after the coverage data ends on 2027-12-31");
    assertDecision(DEFAULT.check(Country.UA, LocalDate.of(2001, 12, 1))).isUndetermined()
        .says("before the coverage data begins on 2001-12-02");
    assertDecision(DEFAULT.check(Country.AF, LocalDate.of(2026, 6, 1))).isUndetermined()
        .says("2025-12-31");
    assertDecision(DEFAULT.check(Country.UA, LocalDate.of(2026, 6, 1))).isYes();
  }

  @Test
  void countryWithoutRowsIsNo() {
    assertDecision(DEFAULT.check(Country.DE, LocalDate.of(2016, 5, 1))).isNo()
        .says("no instrument row");
  }

  @Test
  void checkByNameResolvesAliases() {
    List<CountryDecision> antilles = DEFAULT.check("Netherlands Antilles", LocalDate.of(2009, 6, 1));
    assertEquals(Set.of(Country.CW, Country.SX, Country.BQ),
        antilles.stream().map(CountryDecision::country).collect(Collectors.toSet()));
    assertTrue(antilles.stream().allMatch(CountryDecision::isYes));
    assertEquals(Country.PS, DEFAULT.check("West Bank and Gaza", LocalDate.of(2016, 5, 1)).get(0).country());
    assertThrows(IllegalArgumentException.class, () -> DEFAULT.check("Atlantis", LocalDate.of(2016, 5, 1)));
  }

  @Test
  void datesOfOneSegmentShareOneDecision() {
    CountryDecision first = DEFAULT.check(Country.UA, LocalDate.of(2014, 1, 1));
    assertSame(first, DEFAULT.check(Country.UA, LocalDate.of(2014, 1, 1)));
    assertSame(first, DEFAULT.check(Country.UA, LocalDate.of(2016, 5, 1)));
    assertEquals(Optional.of(LocalDate.of(2014, 1, 1)), first.holdsFrom());
    assertTrue(first.holdsOn(LocalDate.of(2016, 5, 1)));
    assertNotSame(first, DEFAULT.check(Country.UA, LocalDate.of(2013, 12, 31)));
  }

  /** Every year LocalDate can hold: the segment index must not overflow or run off its ends. */
  @Test
  void extremeDatesAreUndetermined() {
    for (LocalDate date : List.of(LocalDate.MIN, LocalDate.of(-1, 6, 1), LocalDate.of(1, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.MAX)) {
      CountryDecision decision = DEFAULT.check(Country.UA, date);
      assertEquals(Outcome.UNDETERMINED, decision.outcome(), date::toString);
      assertTrue(decision.holdsOn(date), date::toString);
    }
    assertEquals(Optional.empty(), DEFAULT.check(Country.UA, LocalDate.MIN).holdsFrom());
    assertEquals(Optional.empty(), DEFAULT.check(Country.UA, LocalDate.MAX).holdsUntil());
  }

  @Test
  void decisionsAreEqualAcrossEightThreads() throws Exception {
    List<LocalDate> dates = new ArrayList<>();
    for (int year = 2000; year <= 2029; year++) {
      dates.add(LocalDate.of(year, 1, 1));
      dates.add(LocalDate.of(year, 12, 31));
      dates.add(LocalDate.of(year, 6, 15));
    }
    CountryEligibility fresh = new CountryEligibility(CoverageTable.standard(), Policy.standard());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<CountryDecision>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<CountryDecision> out = new ArrayList<>();
          for (Country country : Country.values()) {
            for (LocalDate date : dates) {
              out.add(fresh.check(country, date));
            }
          }
          return out;
        }));
      }
      List<CountryDecision> expected = new ArrayList<>();
      for (Country country : Country.values()) {
        for (LocalDate date : dates) {
          expected.add(DEFAULT.check(country, date));
        }
      }
      for (Future<List<CountryDecision>> future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Property
  void strictIsASubsetOfDefault(@ForAll Country country, @ForAll @IntRange(max = 11_000) int day) {
    LocalDate date = EPOCH.plusDays(day);
    CountryDecision strict = STRICT.check(country, date);
    CountryDecision standard = DEFAULT.check(country, date);
    if (strict.isYes()) {
      assertTrue(standard.isYes(), () -> country + " " + date);
    }
    assertTrue(standard.instruments().containsAll(strict.instruments()), () -> country + " " + date);
  }

  @Property
  void eligibleDecisionsCiteARowContainingTheDate(@ForAll Country country,
      @ForAll @IntRange(max = 11_000) int day) {
    LocalDate date = EPOCH.plusDays(day);
    CountryDecision decision = DEFAULT.check(country, date);
    if (decision.isYes()) {
      assertFalse(decision.coverage().isEmpty());
      for (LegalBasis row : decision.coverage()) {
        assertTrue(row.period().orElseThrow().contains(date));
        assertTrue(decision.instruments().contains(row.instrument().orElseThrow()));
      }
    }
  }

  @Property
  void neverYesAfterTheLastValidTo(@ForAll Country country, @ForAll @IntRange(min = 1, max = 5000) int days) {
    LocalDate date = CoverageTable.standard().lastDate().plusDays(days);
    assertEquals(Outcome.UNDETERMINED, DEFAULT.check(country, date).outcome());
    assertFalse(STRICT.check(country, date).isYes());
  }

  @Property
  void strictNeverCitesUnverifiedOrProxyRows(@ForAll Country country,
      @ForAll @IntRange(max = 11_000) int day) {
    CountryDecision decision = STRICT.check(country, EPOCH.plusDays(day));
    assertEquals(EnumSet.of(DataQuality.VERIFIED), EnumSet.copyOf(decision.acceptedQualities()));
    for (LegalBasis row : decision.coverage()) {
      assertEquals(DataQuality.VERIFIED, row.quality());
    }
    decision.reasons().stream().filter(r -> r.outcome() == Outcome.YES)
        .forEach(r -> assertEquals(DataQuality.VERIFIED, r.quality()));
  }

  @Property
  void decisionsAreDeterministic(@ForAll Country country, @ForAll @IntRange(max = 11_000) int day) {
    LocalDate date = EPOCH.plusDays(day);
    CountryEligibility fresh = new CountryEligibility(CoverageTable.standard(), Policy.standard());
    assertEquals(DEFAULT.check(country, date), fresh.check(country, date));
  }

  @Property
  void defaultAgreesWithAPlainScanOfTheRows(@ForAll Country country,
      @ForAll @IntRange(max = 11_000) int day) {
    LocalDate date = EPOCH.plusDays(day);
    Set<Instrument> scanned = CoverageTable.standard().rows().stream()
        .filter(r -> r.country() == country && !r.isReference() && r.isValidOn(date))
        .map(r -> r.instrument().orElseThrow()).collect(Collectors.toSet());
    CountryDecision decision = DEFAULT.check(country, date);
    assertEquals(scanned, Set.copyOf(decision.instruments()));
    if (scanned.isEmpty()) {
      assertTrue(decision.outcome() != Outcome.YES);
    }
  }

  /**
   * A decision holds on the date asked, on every day of its span (it is the same object on its
   * first and last day), and on no day outside: the days just before and after it have another
   * decision.
   */
  @Property
  void aDecisionHoldsExactlyOnItsSegment(@ForAll Country country,
      @ForAll @IntRange(max = 11_000) int day) {
    LocalDate date = EPOCH.plusDays(day);
    CountryDecision decision = DEFAULT.check(country, date);
    assertTrue(decision.holdsOn(date));
    decision.holdsFrom().ifPresent(from -> {
      assertSame(decision, DEFAULT.check(country, from));
      assertNotSame(decision, DEFAULT.check(country, from.minusDays(1)));
    });
    decision.holdsUntil().ifPresent(until -> {
      assertSame(decision, DEFAULT.check(country, until));
      assertNotSame(decision, DEFAULT.check(country, until.plusDays(1)));
    });
  }
}
