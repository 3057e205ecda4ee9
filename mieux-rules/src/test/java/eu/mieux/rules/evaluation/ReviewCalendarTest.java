package eu.mieux.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.evaluation.Review;
import eu.mieux.model.evaluation.ReviewFrequency;
import eu.mieux.rules.SeedActions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewCalendarTest {

  private static final ReviewCalendar CALENDAR = ReviewCalendar.standard();
  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  /** R-LC7 (003:571): a calendar year holds 4 quarterly, 2 half-yearly and 1 yearly review. */
  @Test
  void aYearOfReviews() {
    assertThat(CALENDAR.reviewsDue(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
        .extracting(r -> r.frequency().code() + "@" + r.dueOn())
        .containsExactly("quarterly@2018-03-31", "quarterly@2018-06-30", "half_yearly@2018-06-30",
            "quarterly@2018-09-30", "quarterly@2018-12-31", "half_yearly@2018-12-31",
            "yearly@2018-12-31");
  }

  /**
   * Costa Rica II: the integration plan's reviews were quarterly in 2018 and half-yearly in 2019
   * (003:2072).
   */
  @Test
  void costaRicaPlanReviews() {
    assertThat(ReviewCalendar.of(EnumSet.of(ReviewFrequency.QUARTERLY))
        .reviewsDue(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))).hasSize(4);
    assertThat(ReviewCalendar.of(EnumSet.of(ReviewFrequency.HALF_YEARLY))
        .reviewsDue(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
        .extracting(Review::period).containsExactly(ValidityPeriod.parse("2019-01-01/2019-06-30"),
            ValidityPeriod.parse("2019-07-01/2019-12-31"));
  }

  @ParameterizedTest
  @CsvSource({
      "2018-12-31, 2018-12-31, 3",
      "2018-06-30, 2018-06-30, 2",
      "2018-03-31, 2018-03-31, 1",
      "2018-01-01, 2018-03-30, 0",
      "2017-12-31, 2018-03-31, 4",
  })
  void reviewsOnBoundaries(LocalDate from, LocalDate to, int count) {
    assertThat(CALENDAR.reviewsDue(from, to)).hasSize(count);
  }

  @Test
  void reviewsOfAnActionOverlapItsPeriod() {
    // Costa Rica II ran 2017-01-15 to 2017-12-15: the 2016 Q4 review is out, 2017 Q4 and the year in.
    assertThat(CALENDAR.reviewsDue(SeedActions.costaRicaII(), LocalDate.of(2016, 10, 1),
        LocalDate.of(2018, 3, 31))).extracting(r -> r.frequency().code() + "@" + r.dueOn())
        .containsExactly("quarterly@2017-03-31", "quarterly@2017-06-30", "half_yearly@2017-06-30",
            "quarterly@2017-09-30", "quarterly@2017-12-31", "half_yearly@2017-12-31",
            "yearly@2017-12-31");
  }

  @Test
  void badArguments() {
    assertThatThrownBy(() -> CALENDAR.reviewsDue(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 1, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must be on or after from 2018-02-01, but was 2018-01-31");
    assertThatThrownBy(() -> ReviewCalendar.of(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequencies must not be empty, but was []");
    assertThatThrownBy(() -> Review.builder().frequency(ReviewFrequency.QUARTERLY)
        .period(ValidityPeriod.parse("2018-02-01/2018-04-30")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("period must be one calendar period of 3 months, but was 2018-02-01/2018-04-30");
  }

  // ---- properties: never skips, never repeats ----

  @Property
  void reviewsAreStrictlyIncreasingAndInside(@ForAll @IntRange(max = 12000) int start,
      @ForAll @IntRange(max = 1200) int length) {
    LocalDate from = EPOCH.plusDays(start);
    LocalDate to = from.plusDays(length);
    List<Review> due = CALENDAR.reviewsDue(from, to);
    for (int i = 0; i < due.size(); i++) {
      assertThat(due.get(i).dueOn()).isBetween(from, to);
      if (i > 0) {
        assertThat(due.get(i)).isGreaterThan(due.get(i - 1));
      }
    }
  }

  @Property
  void eachFrequencyIsContiguous(@ForAll @IntRange(max = 12000) int start,
      @ForAll @IntRange(max = 1200) int length) {
    LocalDate from = EPOCH.plusDays(start);
    LocalDate to = from.plusDays(length);
    List<Review> due = CALENDAR.reviewsDue(from, to);
    for (ReviewFrequency frequency : ReviewFrequency.values()) {
      List<Review> mine = due.stream().filter(r -> r.frequency() == frequency).toList();
      Review first = Review.containing(frequency, from);
      if (mine.isEmpty()) {
        assertThat(first.dueOn()).isAfter(to);
        continue;
      }
      assertThat(mine.get(0)).isEqualTo(first);
      for (int i = 1; i < mine.size(); i++) {
        assertThat(mine.get(i)).isEqualTo(mine.get(i - 1).next());
      }
      assertThat(mine.get(mine.size() - 1).next().dueOn()).isAfter(to);
    }
  }

  @Property
  void splittingTheIntervalGivesTheSameReviews(@ForAll @IntRange(max = 12000) int start,
      @ForAll @IntRange(min = 1, max = 1200) int length,
      @ForAll @Size(max = 4) List<@IntRange(max = 1199) Integer> cuts) {
    LocalDate from = EPOCH.plusDays(start);
    LocalDate to = from.plusDays(length);
    List<LocalDate> bounds = cuts.stream().filter(c -> c < length).distinct().sorted()
        .map(from::plusDays).toList();
    List<Review> union = new ArrayList<>();
    LocalDate piece = from;
    for (LocalDate cut : bounds) {
      union.addAll(CALENDAR.reviewsDue(piece, cut));
      piece = cut.plusDays(1);
    }
    union.addAll(CALENDAR.reviewsDue(piece, to));
    assertThat(union).isEqualTo(CALENDAR.reviewsDue(from, to));
  }
}
