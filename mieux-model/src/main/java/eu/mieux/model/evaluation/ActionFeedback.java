package eu.mieux.model.evaluation;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Feedback that experts and local authorities give at the level of a whole Action (R-LC7;
 * 10-year report p. 29-32).
 *
 * <p>Choice: the texts give no questionnaire; a rating from 1 (poor) to 5 (excellent) and a free
 * comment are this library's shape, and at least one of them must be given.
 *
 * <p>Invariants checked by {@code build()}: the rating, if any, is 1 to 5; the comment, if any,
 * is not blank; a rating or a comment is given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class ActionFeedback {

  ActionFeedback() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets who gave the feedback.
   *
   * @return the source
   */
  public abstract ActionFeedbackSource source();

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

    rating().ifPresent(r -> checkState(r >= 1 && r <= 5, "rating must be between 1 and 5, but was %s",
        r));
    comment().ifPresent(c -> Invariants.checkNotBlank("comment", c));
    checkState(rating().isPresent() || comment().isPresent(),
        "rating or comment must be given, but both were empty");
  }

  /** A builder of {@link ActionFeedback}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableActionFeedback.Builder {
    /** Creates an empty builder; prefer {@link ActionFeedback#builder()}. */
    public Builder() {}
  }
}
