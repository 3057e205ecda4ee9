package eu.mieux.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import eu.mieux.model.testing.ModelArbitraries;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link ValidityPeriod}, inclusive at both ends; Guava {@link Range} is the oracle. */
class ValidityPeriodTest {

  private static final LocalDate MINP1 = LocalDate.MIN.plusDays(1);
  private static final LocalDate MAXM1 = LocalDate.MAX.minusDays(1);
  private static final LocalDate DATE_2013_12_31 = LocalDate.of(2013, 12, 31);
  private static final LocalDate DATE_2014_01_01 = LocalDate.of(2014, 1, 1);
  private static final LocalDate DATE_2016_06_30 = LocalDate.of(2016, 6, 30);
  private static final LocalDate DATE_2020_12_31 = LocalDate.of(2020, 12, 31);
  private static final LocalDate DATE_2021_01_01 = LocalDate.of(2021, 1, 1);

  private static final ValidityPeriod DCI_2014 = ValidityPeriod.of(DATE_2014_01_01, DATE_2020_12_31);

  // ---------------------------------------------------------------------------------- generators

  /** Periods in 2001-2027 and, sometimes, touching {@code LocalDate.MIN} or {@code MAX}. */
  @Provide
  Arbitrary<ValidityPeriod> periods() {
    Arbitrary<LocalDate> dates = Arbitraries.oneOf(ModelArbitraries.dates(),
        Arbitraries.of(LocalDate.MIN, MINP1, MAXM1, LocalDate.MAX));
    return Arbitraries.oneOf(ModelArbitraries.validityPeriods(),
        Combinators.combine(dates, dates)
            .as((a, b) -> a.isAfter(b) ? ValidityPeriod.of(b, a) : ValidityPeriod.of(a, b)));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(ModelArbitraries.dates(),
        Arbitraries.of(LocalDate.MIN, MINP1, MAXM1, LocalDate.MAX));
  }

  // ---------------------------------------------------------------------------------- properties

  @Property
  void parseReadsBackToString(@ForAll("periods") ValidityPeriod period) {
    assertEquals(period, ValidityPeriod.parse(period.toString()));
  }

  @Property
  void containsAgreesWithGuavaRange(@ForAll("periods") ValidityPeriod period,
      @ForAll("dates") LocalDate date) {
    assertEquals(period.toRange().contains(date), period.contains(date));
  }

  @Property
  void enclosesAgreesWithGuavaRange(@ForAll("periods") ValidityPeriod a,
      @ForAll("periods") ValidityPeriod b) {
    assertEquals(a.toRange().encloses(b.toRange()), a.encloses(b));
  }

  @Property
  void overlapsAgreesWithGuavaRange(@ForAll("periods") ValidityPeriod a,
      @ForAll("periods") ValidityPeriod b) {
    // closed ranges share a day exactly when they are connected
    assertEquals(a.toRange().isConnected(b.toRange()), a.overlaps(b));
    assertEquals(a.overlaps(b), b.overlaps(a));
  }

  @Property
  void toRangeIsClosedAtBothEnds(@ForAll("periods") ValidityPeriod period) {
    assertEquals(Range.closed(period.start(), period.endInclusive()), period.toRange());
  }

  @Property
  void compareToIsByStartThenEnd(@ForAll("periods") ValidityPeriod a,
      @ForAll("periods") ValidityPeriod b) {
    int byStart = a.start().compareTo(b.start());
    int expected = byStart != 0 ? byStart : a.endInclusive().compareTo(b.endInclusive());
    assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)));
    assertEquals(a.compareTo(b) == 0, a.equals(b));
  }

  // ---------------------------------------------------------------------------------- factories

  @Test
  void ofKeepsBothEnds() {
    assertEquals(DATE_2014_01_01, DCI_2014.start());
    assertEquals(DATE_2020_12_31, DCI_2014.endInclusive());
    assertEquals("2014-01-01/2020-12-31", DCI_2014.toString());
  }

  @Test
  void ofDayIsOneDay() {
    ValidityPeriod day = ValidityPeriod.ofDay(DATE_2016_06_30);
    assertEquals(ValidityPeriod.of(DATE_2016_06_30, DATE_2016_06_30), day);
    assertTrue(day.contains(DATE_2016_06_30));
    assertFalse(day.contains(DATE_2016_06_30.plusDays(1)));
    assertFalse(day.contains(DATE_2016_06_30.minusDays(1)));
  }

  @Test
  void minToMaxRoundTrips() {
    ValidityPeriod all = ValidityPeriod.of(LocalDate.MIN, LocalDate.MAX);
    assertEquals("-999999999-01-01/+999999999-12-31", all.toString());
    assertEquals(all, ValidityPeriod.parse(all.toString()));
    assertTrue(all.contains(LocalDate.MIN));
    assertTrue(all.contains(LocalDate.MAX));
  }

  @Test
  void ofRejectsEndBeforeStart() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValidityPeriod.of(DATE_2014_01_01, DATE_2013_12_31));
    assertEquals("endInclusive must be on or after start 2014-01-01, but was 2013-12-31",
        e.getMessage());
  }

  @Test
  void ofRejectsNulls() {
    assertEquals("start", assertThrows(NullPointerException.class,
        () -> ValidityPeriod.of(null, DATE_2014_01_01)).getMessage());
    assertEquals("endInclusive", assertThrows(NullPointerException.class,
        () -> ValidityPeriod.of(DATE_2014_01_01, null)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class,
        () -> ValidityPeriod.ofDay(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> ValidityPeriod.parse(null)).getMessage());
  }

  @Test
  void queriesRejectNulls() {
    assertEquals("date", assertThrows(NullPointerException.class,
        () -> DCI_2014.contains(null)).getMessage());
    assertEquals("other", assertThrows(NullPointerException.class,
        () -> DCI_2014.encloses(null)).getMessage());
    assertEquals("other", assertThrows(NullPointerException.class,
        () -> DCI_2014.overlaps(null)).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "2014-01-01", "2014-01-01/", "/2020-12-31",
      "2014-01-01/2020-12-31/2021-01-01", "2014-01-01 / 2020-12-31", "2014-1-1/2020-12-31",
      "2014-01-01/2020-13-01", "2014-02-30/2020-12-31", "2014-01-01..2020-12-31", "x/y"})
  void parseRejectsMalformedText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ValidityPeriod.parse(text));
    assertEquals("period must be 'start/endInclusive' in ISO-8601, but was '" + text + "'",
        e.getMessage());
  }

  @Test
  void parseKeepsTheDateParseErrorAsCause() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValidityPeriod.parse("2014-01-01/2020-02-30"));
    assertTrue(e.getCause() instanceof DateTimeParseException, String.valueOf(e.getCause()));
  }

  @Test
  void parseRejectsEndBeforeStart() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValidityPeriod.parse("2021-01-01/2020-12-31"));
    assertEquals("endInclusive must be on or after start 2021-01-01, but was 2020-12-31",
        e.getMessage());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(DCI_2014, ValidityPeriod.of(DATE_2014_01_01, DATE_2020_12_31),
            ValidityPeriod.parse("2014-01-01/2020-12-31"))
        .addEqualityGroup(ValidityPeriod.of(DATE_2014_01_01, DATE_2021_01_01))
        .addEqualityGroup(ValidityPeriod.of(DATE_2013_12_31, DATE_2020_12_31))
        .addEqualityGroup(ValidityPeriod.ofDay(DATE_2014_01_01),
            ValidityPeriod.of(DATE_2014_01_01, DATE_2014_01_01))
        .addEqualityGroup(ValidityPeriod.of(LocalDate.MIN, LocalDate.MAX))
        .testEquals();
  }

  // ---------------------------------------------------------------------------------- truth tables

  static Stream<Arguments> containsTable() {
    return Stream.of(
        Arguments.of(DATE_2014_01_01, DATE_2020_12_31, DATE_2013_12_31, false),
        Arguments.of(DATE_2014_01_01, DATE_2020_12_31, DATE_2014_01_01, true),
        Arguments.of(DATE_2014_01_01, DATE_2020_12_31, DATE_2016_06_30, true),
        Arguments.of(DATE_2014_01_01, DATE_2020_12_31, DATE_2020_12_31, true),
        Arguments.of(DATE_2014_01_01, DATE_2020_12_31, DATE_2021_01_01, false),
        Arguments.of(LocalDate.MIN, DATE_2020_12_31, LocalDate.MIN, true),
        Arguments.of(LocalDate.MIN, DATE_2020_12_31, DATE_2021_01_01, false),
        Arguments.of(DATE_2014_01_01, LocalDate.MAX, LocalDate.MAX, true),
        Arguments.of(DATE_2014_01_01, LocalDate.MAX, DATE_2013_12_31, false),
        Arguments.of(LocalDate.MIN, LocalDate.MIN, LocalDate.MIN, true),
        Arguments.of(LocalDate.MIN, LocalDate.MIN, MINP1, false),
        Arguments.of(LocalDate.MAX, LocalDate.MAX, LocalDate.MAX, true),
        Arguments.of(LocalDate.MAX, LocalDate.MAX, MAXM1, false),
        Arguments.of(LocalDate.MIN, LocalDate.MAX, DATE_2016_06_30, true));
  }

  @ParameterizedTest
  @MethodSource("containsTable")
  void contains(LocalDate start, LocalDate end, LocalDate date, boolean expected) {
    ValidityPeriod period = ValidityPeriod.of(start, end);
    assertEquals(expected, period.contains(date));
    assertEquals(expected, period.toRange().contains(date));
  }

  /** Pairs of periods: {@code a}, {@code b}, whether they overlap, whether a encloses b. */
  static Stream<Arguments> pairTable() {
    return Stream.of(
        // disjoint, adjacent: inclusive ends do not touch across midnight
        pair("2007-01-01/2013-12-31", "2014-01-01/2020-12-31", false, false),
        pair("2014-01-01/2020-12-31", "2021-01-01/2027-12-31", false, false),
        // sharing exactly one day
        pair("2014-01-01/2020-12-31", "2020-12-31/2027-12-31", true, false),
        pair("2014-01-01/2020-12-31", "2007-01-01/2014-01-01", true, false),
        // equal
        pair("2014-01-01/2020-12-31", "2014-01-01/2020-12-31", true, true),
        // inside, and same start or same end
        pair("2014-01-01/2020-12-31", "2016-06-30/2016-06-30", true, true),
        pair("2014-01-01/2020-12-31", "2014-01-01/2016-06-30", true, true),
        pair("2014-01-01/2020-12-31", "2016-06-30/2020-12-31", true, true),
        // outside and around
        pair("2016-06-30/2016-06-30", "2014-01-01/2020-12-31", true, false),
        pair("2014-01-01/2020-12-31", "2013-12-31/2021-01-01", true, false),
        // partial overlaps
        pair("2014-01-01/2020-12-31", "2013-12-31/2014-01-01", true, false),
        pair("2014-01-01/2020-12-31", "2020-12-31/2021-01-01", true, false),
        // MIN and MAX
        pair("-999999999-01-01/+999999999-12-31", "2014-01-01/2020-12-31", true, true),
        pair("-999999999-01-01/+999999999-12-31", "-999999999-01-01/+999999999-12-31", true, true),
        pair("-999999999-01-01/2013-12-31", "2014-01-01/+999999999-12-31", false, false),
        pair("-999999999-01-01/2014-01-01", "2014-01-01/+999999999-12-31", true, false),
        pair("-999999999-01-01/-999999999-01-01", "-999999999-01-01/2014-01-01", true, false),
        pair("-999999999-01-01/2014-01-01", "-999999999-01-01/-999999999-01-01", true, true),
        pair("+999999999-12-31/+999999999-12-31", "2014-01-01/+999999999-12-30", false, false),
        pair("2014-01-01/+999999999-12-31", "+999999999-12-31/+999999999-12-31", true, true));
  }

  private static Arguments pair(String a, String b, boolean overlaps, boolean encloses) {
    return Arguments.of(ValidityPeriod.parse(a), ValidityPeriod.parse(b), overlaps, encloses);
  }

  @ParameterizedTest
  @MethodSource("pairTable")
  void overlaps(ValidityPeriod a, ValidityPeriod b, boolean overlaps, boolean encloses) {
    assertEquals(overlaps, a.overlaps(b));
    assertEquals(overlaps, b.overlaps(a));
    assertEquals(overlaps, a.toRange().isConnected(b.toRange()));
  }

  @ParameterizedTest
  @MethodSource("pairTable")
  void encloses(ValidityPeriod a, ValidityPeriod b, boolean overlaps, boolean encloses) {
    assertEquals(encloses, a.encloses(b));
    assertEquals(encloses, a.toRange().encloses(b.toRange()));
    if (encloses && !a.equals(b)) {
      assertFalse(b.encloses(a));
    }
  }
}
