package eu.mieux.examples.cli;

import eu.mieux.rules.MieuxRules;
import eu.mieux.rules.Policy;
import eu.mieux.rules.RulesConfig;
import eu.mieux.rules.coverage.CoverageTable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code --coverage FILE} option of every command that decides eligibility: decide on the
 * coverage data of a file, such as a newer {@code coverage.csv}, instead of the shipped data.
 *
 * <p>The file is read and checked whole before any decision ({@link CoverageTable#read(Path)}); a
 * file that cannot be read or breaks a rule is a usage error whose message names the file, line and
 * column.
 */
final class CoverageOption {

  /** The option's name. */
  static final String NAME = "--coverage";

  /** The option's line in a command's usage. */
  static final String USAGE =
      "--coverage FILE   decide on the coverage data of FILE (checked first: see 'coverage --help')\n"
      + "                  instead of the shipped data\n";

  private CoverageOption() {}

  /**
   * Obtains the rules a command decides with.
   *
   * @param file  the value of {@code --coverage}, or empty for the shipped data
   * @param strict  whether to use VERIFIED coverage rows only
   * @return the rules
   * @throws IllegalArgumentException naming the file, line and column of the first fault of the
   *     coverage file, or saying why it cannot be read
   */
  static MieuxRules rules(Optional<String> file, boolean strict) {
    RulesConfig config = strict
        ? RulesConfig.standard().withPolicy(Policy.strict()) : RulesConfig.standard();
    if (file.isEmpty()) {
      return strict ? MieuxRules.of(config) : MieuxRules.standard();
    }
    return MieuxRules.of(table(file.get()), config);
  }

  /**
   * Reads and checks a coverage file.
   *
   * @param file  the path
   * @return the table
   * @throws IllegalArgumentException naming the file, line and column of the first fault, or saying
   *     why the file cannot be read
   */
  static CoverageTable table(String file) {
    try {
      return CoverageTable.read(Path.of(file));
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("coverage file must be readable, but was not: "
          + e.getMessage(), e);
    }
  }
}
