package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line cases of issue 18: bounded reads, bounded and escaped echo of input, messages
 * that name the kind of document, one line for any failure. Sizes and exit codes, never wall time.
 */
class HostileInputTest {

  private static final Path DOCUMENTS = Documents.directory();

  /** An endless stream of one byte, as {@code /dev/zero} is. */
  private static InputStream endless(byte value) {
    return new InputStream() {
      @Override
      public int read() {
        return value & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, value);
        return len;
      }
    };
  }

  private static void noRawControlCharacters(CliRun run) {
    assertThat(run.out + run.err).doesNotContain("\u001B").doesNotContain("\u0007");
    assertThat(run.err).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void checkScoreAndExpertsStopAnEndlessInputAtTheBound() {
    for (String[] args : List.of(new String[] {"check", "-"}, new String[] {"score", "-"},
        new String[] {"experts", "match", "-"})) {
      CliRun run = CliRun.of(endless((byte) 0), args);
      assertThat(run.status).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err).contains("document must be at most 4194304 bytes long, but <stdin> is longer");
      assertThat(run.err.lines()).hasSize(1);
    }
  }

  @Test
  void checkOfADirectoryWithOneHugeFileReportsItAndGoesOn(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("huge.json"), new byte[5 * 1024 * 1024]);
    Files.copy(DOCUMENTS.resolve("thailand-2013-2018.action.json"), dir.resolve("ok.json"));
    CliRun run = CliRun.of("", "check", dir.toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).contains("huge.json: malformed: ").contains("document must be at most 4194304 bytes")
        .contains("ok.json: Action ");
  }

  @Test
  void expertsMatchGivenACaseStudyNamesWhatItIs() {
    CliRun run = CliRun.of("", "experts", "match", DOCUMENTS.resolve("case-studies/01-thailand.case-study.json").toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("must be an Action document, but is a case-study document")
        .doesNotContain("request");
  }

  @Test
  void scoreGivenAnActionNamesWhatItIs() {
    CliRun run = CliRun.of("", "score", DOCUMENTS.resolve("thailand-2013-2018.action.json").toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("must be a case-study document, but is an Action document")
        .doesNotContain("sequelNumber");
  }

  /** A document value with ESC and BEL reaches the terminal escaped. */
  @Test
  void controlCharactersFromADocumentAreEscaped() throws Exception {
    String action = Files.readString(DOCUMENTS.resolve("thailand-2013-2018.action.json"));
    String hostile = action.replaceFirst("\"title\" : \"", "\"title\" : \"\\\\u001B[2J\\\\u0007");
    assertThat(hostile).isNotEqualTo(action);
    CliRun run = CliRun.of(hostile, "check", "-");
    noRawControlCharacters(run);
    assertThat(run.out + run.err).contains("\\u001B[2J\\u0007");
  }

  /** Every option value, command name and file name is echoed bounded and escaped. */
  @Property(tries = 20)
  void echoedInputIsBoundedAndEscaped(@ForAll @IntRange(min = 81, max = 900_000) int length) {
    String value = "\u001B]0;x\u0007" + "v".repeat(length);
    for (String[] args : List.of(new String[] {"eligibility", value, "2016-05-01"},
        new String[] {"eligibility", "UA", value}, new String[] {"check", value},
        new String[] {"check", "x.json", "--format", value}, new String[] {value},
        new String[] {"eligibility", "--" + value})) {
      CliRun run = CliRun.of("", args);
      assertThat(run.status).isEqualTo(2);
      noRawControlCharacters(run);
      assertThat(run.err.lines().findFirst().orElseThrow().length()).as(args[0]).isLessThan(1100);
      assertThat(run.err).contains("\\u001B]0;x\\u0007vvv").contains("…");
    }
  }

  /** Issue 14: no stack trace, whatever is thrown, an Error included; exit status 4. */
  @Test
  void anErrorIsOneLineAndExitStatus4() {
    for (Throwable thrown : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
        new IllegalStateException("boom \u001B"))) {
      Command failing = new Command() {
        @Override
        public String name() {
          return "fail";
        }

        @Override
        public String description() {
          return "fails";
        }

        @Override
        public String usage() {
          return "usage: fail\n";
        }

        @Override
        public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
          if (thrown instanceof Error error) {
            throw error;
          }
          throw (RuntimeException) thrown;
        }
      };
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int status = new MieuxCli(List.of(failing)).run(new String[] {"fail"}, InputStream.nullInputStream(),
          new PrintStream(java.io.OutputStream.nullOutputStream()),
          new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      String text = err.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(status).isEqualTo(MieuxCli.FAILED);
      assertThat(text).hasLineCount(1).startsWith("mieux fail: ").doesNotContain("\tat ").doesNotContain("\u001B");
    }
  }
}
