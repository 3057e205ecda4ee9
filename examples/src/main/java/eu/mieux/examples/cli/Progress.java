package eu.mieux.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress of a long batch run, printed on standard error only when standard error is a terminal,
 * so that redirected output and logs stay clean.
 */
final class Progress {

  private static final int EVERY = 5_000;

  private final PrintStream err;
  private final boolean enabled;
  private Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /**
   * Starts a progress report.
   *
   * @param err  where diagnostics go
   * @return the progress, silent unless {@code err} is the process's standard error and a terminal
   */
  static Progress of(PrintStream err) {
    return new Progress(err, err == System.err && stderrIsTerminal());
  }

  void row(long done) {
    if (enabled && done % EVERY == 0) {
      err.print("\rprocessed " + done + " rows");
    }
  }

  void done(long total) {
    if (enabled && total >= EVERY) {
      err.println("\rprocessed " + total + " rows");
    }
  }

  /** Checks if file descriptor 2 is a terminal; false wherever this cannot be told (not Linux). */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
