package eu.mieux.model.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

/**
 * Assertions on the model's invariant checks, shared by the model tests.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ModelAssertions {

  private ModelAssertions() {}

  /**
   * Asserts that building a value fails with an {@link IllegalStateException} from an invariant
   * check whose message names the field.
   *
   * <p>The message must not come from the strict builder ("attribute is already set") or from a
   * missing attribute, so that a test cannot pass for the wrong reason.
   *
   * @param build  builds the violating value
   * @param field  the field name the message must contain, such as {@code partnerCountries}
   * @return the exception, for further checks
   */
  public static IllegalStateException assertRejected(Supplier<?> build, String field) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build::get);
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains(field), () -> "message should name " + field + ": " + message);
    assertFalse(message.contains("is strict"), () -> "strict-builder error, not an invariant: " + message);
    assertFalse(message.contains("required attributes"), () -> "missing attribute, not an invariant: " + message);
    return e;
  }
}
