package eu.mieux.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of the {@code mieux} command line, such as {@code eligibility}.
 *
 * <p>A command reads its arguments (without the command name), may read {@code in}, writes its
 * results to {@code out} and its diagnostics to {@code err}, and returns the exit status. It never
 * calls {@link System#exit(int)}. Exit status 2 always means a usage error.
 */
public interface Command {

  /** The exit status of a usage error: unknown option, missing or malformed argument. */
  int USAGE = 2;

  /**
   * Gets the name the command is called by, such as {@code eligibility}.
   *
   * @return the name, lower case
   */
  String name();

  /**
   * Gets a one-line description for the global help.
   *
   * @return the description
   */
  String description();

  /**
   * Gets the usage text printed by {@code --help} and on a usage error.
   *
   * @return the usage, several lines
   */
  String usage();

  /**
   * Runs the command.
   *
   * @param args  the arguments after the command name, not null
   * @param in  the standard input
   * @param out  the standard output, for results
   * @param err  the standard error, for diagnostics
   * @return the exit status
   */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err);

  /**
   * Reports a usage error: the message (escaped and bounded), prefixed with the command's name, then
   * the usage.
   *
   * @param err  the standard error
   * @param message  what is wrong with the arguments
   * @return {@link #USAGE}, to return from {@link #run}
   */
  default int usageError(PrintStream err, String message) {
    err.println("mieux " + name() + ": " + Terminal.line(message));
    err.print(usage());
    return USAGE;
  }
}
