package eu.mieux.model.evaluation;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Feedback that participants give on one activity of an Action (R-LC7; 10-year report p. 29-32): one record per
 * participant, or one summary of several.
 *
 * <p>Choice: the texts give no questionnaire; a rating from 1 (poor) to 5 (excellent) and a free
 * comment are this library's shape, and at least one of them must be given.
 *
 * <p>Invariants checked by {@code build()}: the activity index is at least 0; respondents at least 1; the rating, if any, is 1 to 5; the comment, if any,
 * is not blank; a rating or a comment is given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class ActivityFeedback {

  ActivityFeedback() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the position of the activity in {@code Action.activities()}, from 0.
   *
   * @return the index, at least 0
   */
  public abstract int activityIndex();

  /**
   * Gets how many participants this record speaks for.
   *
   * @return the number of respondents, at least 1
   */
  @Value.Default
  public int respondents() {
    return 1;
  }

  /**
   * Gets the day the feedback was received.
   *
   * @return the date
   */
  public abstract LocalDate receivedOn();

  /**
   * Gets the rating.
   *
   * @return 1 (poor) to 5 (excellent), or empty
   */
  public abstract Optional<Integer> rating();

  /**
   * Gets the comment.
   *
   * @return the comment, or empty
   */
  public abstract Optional<String> comment();

  @Value.Check
  void check() {
    Invariants.checkDocumentDate("receivedOn", receivedOn());
    checkState(activityIndex() >= 0, "activityIndex must be at least 0, but was %s",
        activityIndex());
    checkState(respondents() >= 1, "respondents must be at least 1, but was %s", respondents());
    rating().ifPresent(r -> checkState(r >= 1 && r <= 5, "rating must be between 1 and 5, but was %s",
        r));
    comment().ifPresent(c -> Invariants.checkNotBlank("comment", c));
    checkState(rating().isPresent() || comment().isPresent(),
        "rating or comment must be given, but both were empty");
  }

  /** A builder of {@link ActivityFeedback}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableActivityFeedback.Builder {
    /** Creates an empty builder; prefer {@link ActivityFeedback#builder()}. */
    public Builder() {}
  }
}
