package eu.mieux.model.internal;

import static com.google.common.base.Preconditions.checkState;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Consistency checks shared by the model's {@code @Value.Check} methods. Not part of the API.
 */
public final class Invariants {

  private Invariants() {}

  /**
   * Checks that a list holds no element twice.
   *
   * @param name  the attribute name, for the message
   * @param values  the list to check
   * @throws IllegalStateException naming the attribute and the first repeated index
   */
  public static void checkNoDuplicates(String name, List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      checkState(seen.add(values.get(i)), "%s must not hold duplicates, but %s[%s] repeats %s",
          name, name, i, values.get(i));
    }
  }

  /**
   * Checks that a text is not blank.
   *
   * @param name  the attribute name, for the message
   * @param value  the text to check
   * @throws IllegalStateException naming the attribute
   */
  public static void checkNotBlank(String name, String value) {
    checkState(!value.isBlank(), "%s must not be blank, but was '%s'", name, value);
  }
}
