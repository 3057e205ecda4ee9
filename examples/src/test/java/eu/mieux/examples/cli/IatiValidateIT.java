package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the shared IATI referee ({@code ../shared/iati/validate}: the official schema with xmllint,
 * then the IATI standard ruleset) on the {@code iati} command's output for every Action document
 * with a code under {@code target/documents}, unpacked from the kit (issue 16, "Done when"). Skips when the referee, xmllint or
 * python3-lxml is missing ({@code apt-get install libxml2-utils python3-lxml}).
 */
class IatiValidateIT {

  private static final Path REFEREE = Path.of(System.getProperty("mieux.iati.referee", "../../shared/iati"));

  @BeforeAll
  static void refereeIsInstalled() {
    assumeTrue(Files.isExecutable(REFEREE.resolve("validate")),
        "the IATI referee is not beside this checkout (" + REFEREE + "/validate): skipped");
    assumeTrue(succeeds("xmllint", "--version"), "xmllint is not installed (apt-get install libxml2-utils): skipped");
    assumeTrue(succeeds("/usr/bin/python3", "-c", "from lxml import etree"),
        "python3-lxml is not installed (apt-get install python3-lxml): skipped");
  }

  static Stream<String> documentsWithCode() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("target", "documents"))) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".action.json") || f.toString().endsWith(".case-study.json"))
          .filter(f -> !f.toString().contains("invalid")).sorted().toList();
      return all.stream().filter(IatiValidateIT::hasCode).map(Path::toString);
    }
  }

  @ParameterizedTest
  @MethodSource("documentsWithCode")
  void theRefereeAcceptsTheExport(String document, @TempDir Path dir) throws Exception {
    Path xml = dir.resolve("activity.xml");
    CliRun run = CliRun.of("", "iati", document, "--reporting-org", "XI-IATI-ICMPD", "--as-of", "2024-06-30",
        "--output", xml.toString());
    assertThat(run.status).as(run.err).isZero();
    Process validate = new ProcessBuilder(REFEREE.resolve("validate").toString(), xml.toString())
        .redirectErrorStream(true).start();
    String report = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(validate.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(validate.exitValue()).as(report).isZero();
    assertThat(report).as(report).contains("schema valid; ruleset errors: 0 ").doesNotContain("FAIL");
  }

  private static boolean hasCode(Path document) {
    try {
      return Files.readString(document).contains("\"code\" : \"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean succeeds(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
