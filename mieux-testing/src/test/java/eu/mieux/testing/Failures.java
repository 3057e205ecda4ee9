package eu.mieux.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Runs a rule check that must fail and returns its message. */
final class Failures {

  private Failures() {}

  /**
   * Runs a check that must throw an {@link AssertionError}.
   *
   * @param check  the check
   * @return the message of the error
   */
  static String messageOf(Executable check) {
    return assertThrows(AssertionError.class, check).getMessage();
  }
}
