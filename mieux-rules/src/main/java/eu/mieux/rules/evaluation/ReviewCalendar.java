package eu.mieux.rules.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.action.Action;
import eu.mieux.model.evaluation.Review;
import eu.mieux.model.evaluation.ReviewFrequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The calendar of feedback reviews: MIEUX reviews the data it collects quarterly, half-yearly and
 * yearly (R-LC7, EV5; 10-year report p. 29-32).
 *
 * <p>Choice: the texts do not say how reviews are anchored. Here they follow the calendar: quarters
 * start on 1 January, 1 April, 1 July and 1 October, half-years on 1 January and 1 July, years on
 * 1 January, and each review falls due on the <b>last day</b> of its period. So 31 December carries
 * three reviews (the fourth quarter, the second half-year and the year), 30 June two, 31 March one.
 * The frequencies in use are a setting ({@link #of(Set)}).
 *
 * <pre>{@code
 * List<Review> due = ReviewCalendar.standard()
 *     .reviewsDue(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)); // 4 + 2 + 1 reviews
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReviewCalendar {

  private final Set<ReviewFrequency> frequencies;

  private ReviewCalendar(Set<ReviewFrequency> frequencies) {
    this.frequencies = Collections.unmodifiableSet(EnumSet.copyOf(frequencies));
  }

  /**
   * Obtains the calendar with the three frequencies of R-LC7.
   *
   * @return the calendar
   */
  public static ReviewCalendar standard() {
    return new ReviewCalendar(EnumSet.allOf(ReviewFrequency.class));
  }

  /**
   * Obtains a calendar with the given frequencies.
   *
   * @param frequencies  the frequencies, not null, not empty
   * @return the calendar
   * @throws IllegalArgumentException if no frequency is given
   */
  public static ReviewCalendar of(Set<ReviewFrequency> frequencies) {
    Objects.requireNonNull(frequencies, "frequencies");
    checkArgument(!frequencies.isEmpty(), "frequencies must not be empty, but was %s", frequencies);
    return new ReviewCalendar(frequencies);
  }

  /**
   * Gets the frequencies in use.
   *
   * @return the frequencies, in enum order
   */
  public Set<ReviewFrequency> frequencies() {
    return frequencies;
  }

  /**
   * Gets the reviews that fall due between two dates, both inclusive.
   *
   * @param from  the first day, not null
   * @param to  the last day, on or after {@code from}, not null
   * @return the reviews whose due date lies in {@code [from, to]}, in order (by due date, then by
   *     frequency), each once
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<Review> reviewsDue(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must be on or after from %s, but was %s", from, to);
    List<Review> due = new ArrayList<>();
    for (ReviewFrequency frequency : frequencies) {
      for (Review review = Review.containing(frequency, from); !review.dueOn().isAfter(to);
          review = review.next()) {
        due.add(review);
      }
    }
    Collections.sort(due);
    return List.copyOf(due);
  }

  /**
   * Gets the reviews of an Action that fall due between two dates: those whose period overlaps the
   * Action's implementation (an ongoing Action has no end).
   *
   * @param action  the Action, not null
   * @param from  the first day, not null
   * @param to  the last day, on or after {@code from}, not null
   * @return the reviews, in order
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<Review> reviewsDue(Action action, LocalDate from, LocalDate to) {
    Objects.requireNonNull(action, "action");
    return reviewsDue(from, to).stream()
        .filter(r -> !r.dueOn().isBefore(action.startDate())
            && action.endDate().map(end -> !r.period().start().isAfter(end)).orElse(true))
        .toList();
  }
}
