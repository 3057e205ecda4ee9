package eu.mieux.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code mieux} command line: {@code java -jar mieux-examples.jar COMMAND [ARGS]}.
 *
 * <p>The commands are a registry of {@link Command} objects, looked up by name. {@code --help}
 * lists them; {@code COMMAND --help} prints a command's usage. An unknown command or option prints
 * the usage on standard error and exits with status 2.
 *
 * <p>Output is UTF-8 whatever the platform locale. No stack trace is ever printed: anything a command
 * throws, an {@link Error} such as {@link OutOfMemoryError} included, ends the run with one line on
 * standard error naming the problem and exit status {@value #FAILED}.
 */
public final class MieuxCli {

  /**
   * The exit status of a run that failed for a reason other than its input: out of memory, stack
   * overflow or an internal error.
   */
  public static final int FAILED = 4;

  private final Map<String, Command> commands = new LinkedHashMap<>();

  /**
   * Creates a command line with the given commands.
   *
   * @param commands  the commands, names unique
   */
  public MieuxCli(List<Command> commands) {
    for (Command command : commands) {
      if (this.commands.putIfAbsent(command.name(), command) != null) {
        throw new IllegalArgumentException(
            "commands must have unique names, but '" + command.name() + "' repeats");
      }
    }
  }

  /**
   * Obtains the command line with every shipped command.
   *
   * @return the command line
   */
  public static MieuxCli standard() {
    return new MieuxCli(List.of(new EligibilityCommand(), new CheckCommand(), new ScoreCommand(),
        new ExpertsCommand(), new RegisterCommand(), new IatiCommand(), new CompareCommand()));
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args  the command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    int status;
    try {
      status = standard().run(args, System.in, out, err);
    } catch (Throwable e) {
      status = failed("mieux", e, err);
    }
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the command line in-process.
   *
   * @param args  the command and its arguments
   * @param in  the standard input
   * @param out  the standard output
   * @param err  the standard error
   * @return the exit status of the command, or 2 for a usage error
   */
  public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(usage());
      return Command.USAGE;
    }
    if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      out.print(usage());
      return 0;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      err.println("mieux: unknown command " + Terminal.quote(args[0]));
      err.print(usage());
      return Command.USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(command.usage());
      return 0;
    }
    try {
      return command.run(rest, in, out, err);
    } catch (Throwable e) {
      return failed("mieux " + command.name(), e, err);
    }
  }

  /**
   * Reports a failure in one line, without a stack trace.
   *
   * @param prefix  who failed, such as {@code mieux check}
   * @param failure  what was thrown
   * @param err  the standard error
   * @return {@link #FAILED}
   */
  static int failed(String prefix, Throwable failure, PrintStream err) {
    String what;
    if (failure instanceof OutOfMemoryError) {
      what = "out of memory: the input needs more heap than -Xmx gives (" + failure.getMessage() + ")";
    } else if (failure instanceof StackOverflowError) {
      what = "stack overflow: the input is nested too deeply";
    } else {
      what = "internal error: " + failure.getClass().getName()
          + (failure.getMessage() == null ? "" : ": " + Terminal.line(failure.getMessage()));
    }
    err.println(prefix + ": " + what);
    err.flush();
    return FAILED;
  }

  /**
   * Gets the global usage text, listing the commands.
   *
   * @return the usage
   */
  public String usage() {
    StringBuilder text = new StringBuilder("usage: java -jar mieux-examples.jar COMMAND [ARGS]\n\n");
    text.append("commands:\n");
    for (Command command : commands.values()) {
      text.append(String.format("  %-12s %s%n", command.name(), command.description()));
    }
    text.append("\nRun 'COMMAND --help' for a command's usage.\n");
    return text.toString();
  }
}
