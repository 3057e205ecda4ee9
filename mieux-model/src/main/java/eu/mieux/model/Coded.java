package eu.mieux.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import eu.mieux.model.internal.Quote;

/**
 * A closed vocabulary whose constants have a stable, lower-case external code.
 *
 * <p>The code is the constant name in lower case ({@code LOCAL_AUTHORITY} is {@code local_authority}).
 * It is the form used in JSON documents, CSV files and on the command line, and it never changes
 * once released, even if a constant's Java name would.
 */
public interface Coded {

  /**
   * Gets the stable external code of this constant.
   *
   * @return the code, lower case, not empty
   */
  default String code() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }

  /**
   * Obtains the constant of an enum from its external code.
   *
   * <p>The match ignores case and accepts {@code -} in place of {@code _}, so {@code local-authority}
   * and {@code LOCAL_AUTHORITY} are read as {@code local_authority}.
   *
   * @param <E>  the enum type
   * @param type  the enum class, not null
   * @param code  the code, not null
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code; the message lists the valid codes
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    String wanted = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(wanted)) {
        return constant;
      }
    }
    checkArgument(false, "%s code must be one of [%s], but was %s", type.getSimpleName(),
        Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", ")),
        Quote.of(code));
    throw new AssertionError("unreachable");
  }
}
