package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Runs the command line in a separate JVM: what only a whole process shows (the heap bound, the
 * platform locale). Checks sizes, row counts and exit codes, never wall time.
 */
class ForkedCliTest {

  private static Process start(List<String> jvmOptions, boolean withoutLocale, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MieuxCli.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (withoutLocale) {
      builder.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
    }
    return builder.start();
  }

  /** Counts the lines of a stream, keeping none. */
  private static CompletableFuture<Long> countLines(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      long lines = 0;
      byte[] buffer = new byte[1 << 16];
      try (in) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              lines++;
            }
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return lines;
    });
  }

  /**
   * Issue 14: the batch streams: 40 MB of rows (twice the heap, and more than the output the old
   * batch kept) go through a JVM of 20 MB heap, every row written.
   */
  @Test
  void aBatchLargerThanTheHeapStreamsThrough() throws Exception {
    Process process = start(List.of("-Xmx20m", "-XX:TieredStopAtLevel=1", "-Xshare:auto"), false,
        "eligibility", "--csv", "-");
    CompletableFuture<Long> out = countLines(process.getInputStream());
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = process.getErrorStream()) {
        return new String(in.readNBytes(10_000), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    int rows = 2_800_000; // 15 bytes a row: 42 MB
    String[] codes = {"UA", "MD", "TH", "PH", "KE", "SN", "PS", "RU"};
    try (OutputStream in = new BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
      in.write("iso2,date\n".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < rows; i++) {
        in.write((codes[i % codes.length] + ",20" + (10 + i % 14) + "-0" + (1 + i % 9) + "-1" + (i % 9) + "\n")
            .getBytes(StandardCharsets.US_ASCII));
      }
    }
    int status = process.waitFor();
    assertThat(err.get()).isEmpty();
    assertThat(status).isZero();
    assertThat(out.get()).isEqualTo(rows + 1L);
  }

  /** Issue 18: with no locale in the environment, output is still UTF-8. */
  @Test
  void outputIsUtf8WithoutALocale() throws Exception {
    Process process = start(List.of("-Xshare:auto"), true, "eligibility", "CI", "2016-05-01");
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isZero();
    assertThat(out).contains("Côte d'Ivoire");
  }

  /** Issue 18: {@code check /dev/zero} ends at the bound with one line, exit 2. */
  @Test
  void checkOfAnEndlessFileEndsAtTheBound() throws Exception {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(zero.toFile().exists(), "/dev/zero exists");
    Process process = start(List.of("-Xmx64m"), false, "check", zero.toString());
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(err).isEqualTo("mieux check: document must be at most 4194304 bytes long, but '/dev/zero' is longer "
        + "(reading stopped there)\n");
  }
}
