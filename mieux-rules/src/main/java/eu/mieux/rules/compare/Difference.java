package eu.mieux.rules.compare;

import java.util.Objects;

/**
 * A question whose answer changes between the base settings and the alternative, with both answers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Difference {

  private final Question question;
  private final Answer base;
  private final Answer alternative;

  Difference(Question question, Answer base, Answer alternative) {
    this.question = Objects.requireNonNull(question, "question");
    this.base = Objects.requireNonNull(base, "base");
    this.alternative = Objects.requireNonNull(alternative, "alternative");
  }

  /**
   * Gets the question.
   *
   * @return the question
   */
  public Question question() {
    return question;
  }

  /**
   * Gets the answer under the base settings.
   *
   * @return the base answer
   */
  public Answer base() {
    return base;
  }

  /**
   * Gets the answer under the alternative settings.
   *
   * @return the alternative answer
   */
  public Answer alternative() {
    return alternative;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Difference other && question.equals(other.question) && base.equals(other.base)
        && alternative.equals(other.alternative);
  }

  @Override
  public int hashCode() {
    return Objects.hash(question, base, alternative);
  }

  /**
   * Returns the question and both outcomes, such as {@code NE 2022-03-01 civil_society_organisation: NO -> YES}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return question + ": " + base.outcome() + " -> " + alternative.outcome();
  }
}
