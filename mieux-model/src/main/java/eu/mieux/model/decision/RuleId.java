package eu.mieux.model.decision;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;
import eu.mieux.model.internal.Quote;

/**
 * The identifier of a rule in the domain catalogue (RULES.md), such as {@code R-EL3}, {@code R-LC11},
 * {@code A1} or {@code E5}.
 *
 * <p>Rules that this library adds on top of the catalogue use the {@code M-} prefix (for example
 * {@code M-PW1}, the programme window).
 *
 * <p>This class is immutable and thread-safe. Do not rely on identity.
 */
public final class RuleId implements Comparable<RuleId> {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*[a-z]?");

  private final String id;

  private RuleId(String id) {
    Objects.requireNonNull(id, "id");
    checkArgument(FORMAT.matcher(id).matches(),
        "id must look like 'R-EL3', 'A1' or 'M-PW1', but was %s", Quote.of(id));
    this.id = id;
  }

  /**
   * Obtains a rule id.
   *
   * @param id  the id, such as {@code R-EL3}, not null
   * @return the rule id
   * @throws IllegalArgumentException if the id is not of the catalogue's form
   */
  public static RuleId of(String id) {
    return new RuleId(id);
  }

  /**
   * Obtains a rule id from its text form; the inverse of {@link #toString()}.
   *
   * @param text  the id, such as {@code R-EL3}, not null
   * @return the rule id
   * @throws IllegalArgumentException if the text is not of the catalogue's form
   */
  public static RuleId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new RuleId(text.toString());
  }

  /**
   * Gets the id text.
   *
   * @return the id, such as {@code R-EL3}
   */
  public String id() {
    return id;
  }

  @Override
  public int compareTo(RuleId other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RuleId other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the id text, such as {@code R-EL3}.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return id;
  }
}
