package eu.mieux.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of one command: positional arguments, flags and options with a value.
 *
 * <p>Options are declared up front; anything else starting with {@code --} is a usage error, as is an
 * option without its value. {@code -} alone is a positional argument (standard input).
 */
final class Arguments {

  private final List<String> positional;
  private final Map<String, String> values;
  private final Set<String> flags;
  private final Map<String, List<String>> repeated;

  private Arguments(List<String> positional, Map<String, String> values, Set<String> flags,
      Map<String, List<String>> repeated) {
    this.positional = positional;
    this.values = values;
    this.flags = flags;
    this.repeated = repeated;
  }

  /**
   * Parses arguments.
   *
   * @param args  the arguments after the command name
   * @param valued  the options that take a value, such as {@code --format}
   * @param flagNames  the options that take none, such as {@code --strict}
   * @return the parsed arguments
   * @throws IllegalArgumentException naming the unknown option or the option without a value
   */
  static Arguments parse(List<String> args, Set<String> valued, Set<String> flagNames) {
    return parse(args, valued, Set.of(), flagNames);
  }

  /**
   * Parses arguments, some of whose options may be given several times.
   *
   * @param args  the arguments after the command name
   * @param valued  the options that take a value once, such as {@code --format}
   * @param repeatable  the options that take a value and may repeat, such as {@code --set}
   * @param flagNames  the options that take none, such as {@code --strict}
   * @return the parsed arguments
   * @throws IllegalArgumentException naming the unknown option or the option without a value
   */
  static Arguments parse(List<String> args, Set<String> valued, Set<String> repeatable, Set<String> flagNames) {
    Map<String, List<String>> repeated = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    java.util.Set<String> flags = new java.util.LinkedHashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (repeatable.contains(arg)) {
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        repeated.computeIfAbsent(arg, k -> new ArrayList<>()).add(args.get(++i));
      } else if (valued.contains(arg)) {
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        if (values.put(arg, args.get(++i)) != null) {
          throw new IllegalArgumentException(arg + " is given twice");
        }
      } else if (flagNames.contains(arg)) {
        flags.add(arg);
      } else if (arg.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + Terminal.quote(arg));
      } else {
        positional.add(arg);
      }
    }
    return new Arguments(positional, values, flags, repeated);
  }

  List<String> positional() {
    return positional;
  }

  Optional<String> value(String option) {
    return Optional.ofNullable(values.get(option));
  }

  List<String> values(String option) {
    return repeated.getOrDefault(option, List.of());
  }

  boolean flag(String flag) {
    return flags.contains(flag);
  }

  /**
   * Gets the {@code --format} option, checked against the formats a command supports.
   *
   * @param supported  the formats, the first being the default
   * @return the chosen format
   * @throws IllegalArgumentException if the format is not supported
   */
  String format(List<String> supported) {
    String format = value("--format").orElse(supported.get(0));
    if (!supported.contains(format)) {
      throw new IllegalArgumentException("--format must be one of " + supported + ", but was " + Terminal.quote(format));
    }
    return format;
  }
}
