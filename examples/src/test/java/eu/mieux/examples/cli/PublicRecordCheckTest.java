package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real Actions named in RULES.md §12 (the seeds' example documents) and §15 (the public record:
 * joint requests, MIEUX I Actions outside irregular migration, the first multi-country Action, an
 * Action put on hold and closed early) pass {@code check} with exit status 0; warnings are allowed.
 */
class PublicRecordCheckTest {

  private static final Path DOCUMENTS = Documents.directory();

  static Stream<Path> realActions() throws IOException {
    try (Stream<Path> seeds = Files.list(DOCUMENTS); Stream<Path> record = Files.list(DOCUMENTS.resolve("public-record"))) {
      return Stream.concat(seeds.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream(),
          record.sorted().toList().stream());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realActions")
  void passesCheck(Path document) {
    CliRun run = CliRun.of("", "check", document.toString());
    assertThat(run.status).as(run.out + run.err).isZero();
    assertThat(run.out).contains("PASSES: 0 error(s)");
  }

  @Test
  void theRecordCoversTheSectionFifteenActions() throws IOException {
    assertThat(realActions().filter(p -> p.getParent().endsWith("public-record")).count()).isEqualTo(9);
  }

  /** §15.2: a MIEUX I Action outside irregular migration passes with a warning naming the conflict. */
  @Test
  void mieuxIOutsideIrregularMigrationIsAWarning() {
    CliRun run = CliRun.of("", "check", DOCUMENTS.resolve("public-record/angola-2009.request.json").toString());
    assertThat(run.status).isZero();
    assertThat(run.out).contains("R-EL7").contains("§15.2");
  }

  /** §15.1 R-EL3b: the same joint request without its government body fails. */
  @Test
  void aCsoAloneFailsCheck() throws IOException {
    String tajikistan = Files.readString(DOCUMENTS.resolve("public-record/tajikistan-iv-2021.request.json"));
    String ngosOnly = tajikistan.replaceFirst("\"national_public_authority\"", "\"civil_society_organisation\"");
    CliRun run = CliRun.of(ngosOnly, "check", "-");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).contains("R-EL3b").contains("/requestingBodies");
  }
}
