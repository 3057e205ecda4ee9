package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference data without a release (issue 17 item 7): {@code coverage FILE} checks and summarises a
 * coverage file, and {@code --coverage FILE} makes {@code eligibility} and {@code check} decide on it.
 */
class CoverageCommandTest {

  private static final String HEADER = "iso2,iso3,name_en,instrument,valid_from,valid_to,basis,source\n";
  /** Russia covered by ENI in 2016: not so in the shipped data (ELIGIBILITY-NOTES.md §2). */
  private static final String RUSSIA = HEADER
      + "RU,RUS,Russian Federation,ENI,2014-01-01,2020-12-31,test basis,unverified: test\n"
      + "RU,RUS,Russian Federation,ENI,2016-01-01,2016-12-31,test overlap,test\n";

  private static Path write(Path dir, String text) throws Exception {
    Path file = dir.resolve("coverage.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void theShippedDataIsSummarised() {
    CliRun run = CliRun.of("", "coverage");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).startsWith("coverage.csv: valid coverage data")
        .contains("version   2026-11").containsPattern("sha256    [0-9a-f]{64}")
        .contains("1639 rows for 176 countries").contains("dates     2001-12-02 to 2027-12-31")
        .containsPattern("DAC_ODA +\\d+ +\\d+ +\\d+ +873").containsPattern("total +\\d+ +294 +117 +1639")
        .contains("; --warnings lists them");
  }

  @Test
  void aValidFileIsSummarisedWithItsWarnings(@TempDir Path dir) throws Exception {
    Path file = write(dir, RUSSIA);
    CliRun run = CliRun.of("", "coverage", file.toString(), "--warnings");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).startsWith(file + ": valid coverage data")
        .contains("2 rows for 1 countries").containsPattern("ENI +1 +1 +0 +2")
        .contains("warnings  1 overlapping")
        .contains(file + ":3: column valid_from: period 2016-01-01/2016-12-31 of RU ENI overlaps line 2");
  }

  @Test
  void anInvalidFileExitsWith1NamingFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = write(dir, RUSSIA + "RU,RUS,Russian Federation,NDICI,2021-01-01,+999999999-12-31,b,s\n");
    CliRun run = CliRun.of("", "coverage", file.toString());
    assertThat(run.status).isEqualTo(CoverageCommand.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(file + ":4: column valid_to: valid_to must be within 1990-01-01 and "
        + "2100-12-31, but was +999999999-12-31\n");
  }

  @Test
  void standardInputIsRead() {
    CliRun run = CliRun.of(HEADER + "RU,RUS,Russia,ENI,2014-01-01,+10000-01-01,b,s\n", "coverage", "-");
    assertThat(run.status).isEqualTo(CoverageCommand.INVALID);
    assertThat(run.err).startsWith("<stdin>:2: column valid_to: ");
  }

  @Test
  void aMissingFileIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("", "coverage", dir.resolve("none.csv").toString());
    assertThat(run.status).isEqualTo(Command.USAGE);
    assertThat(run.err).contains("none.csv").doesNotContain("Exception");
  }

  @Test
  void eligibilityDecidesOnTheGivenFile(@TempDir Path dir) throws Exception {
    Path file = write(dir, RUSSIA);
    assertThat(CliRun.of("", "eligibility", "RU", "2016-05-01").status)
        .isEqualTo(EligibilityCommand.NOT_ELIGIBLE);
    CliRun run = CliRun.of("", "eligibility", "RU", "2016-05-01", "--coverage", file.toString());
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("basis:   test basis");
    CliRun strict = CliRun.of("", "eligibility", "RU", "2016-05-01", "--coverage", file.toString(),
        "--strict", "--format", "csv");
    assertThat(strict.status).as(strict.err).isZero();
    assertThat(strict.out).contains("RU,2016-05-01,true,ENI,\"covered: test overlap\"");
    CliRun batch = CliRun.of("iso2,date\nRU,2016-05-01\nUA,2016-05-01\n", "eligibility", "--csv", "-",
        "--coverage", file.toString());
    assertThat(batch.status).as(batch.err).isZero();
    assertThat(batch.out).contains("RU,2016-05-01,true,ENI,").contains("UA,2016-05-01,false,none,");
  }

  @Test
  void aBadCoverageFileIsAUsageErrorOfEveryCommandThatDecides(@TempDir Path dir) throws Exception {
    Path file = write(dir, RUSSIA + RUSSIA.substring(HEADER.length(), RUSSIA.indexOf('\n', HEADER.length()) + 1));
    String expected = file + ":4: column iso2: row must not repeat line 2";
    CliRun single = CliRun.of("", "eligibility", "RU", "2016-05-01", "--coverage", file.toString());
    assertThat(single.status).isEqualTo(Command.USAGE);
    assertThat(single.err).contains(expected).doesNotContain("Exception");
    CliRun check = CliRun.of("", "check", Documents.path("costa-rica-ii-2016.request.json"), "--coverage",
        file.toString());
    assertThat(check.status).isEqualTo(Command.USAGE);
    assertThat(check.err).contains(expected);
    CliRun missing = CliRun.of("", "eligibility", "RU", "2016-05-01", "--coverage", dir.resolve("x").toString());
    assertThat(missing.status).isEqualTo(Command.USAGE);
    assertThat(missing.err).contains("coverage file must be readable");
  }

  @Test
  void checkDecidesOnTheGivenFile(@TempDir Path dir) throws Exception {
    Path file = write(dir, RUSSIA);
    CliRun run = CliRun.of("", "check", Documents.path("costa-rica-ii-2016.request.json"), "--coverage",
        file.toString());
    assertThat(run.status).isEqualTo(CheckCommand.BREAKS_A_RULE);
    assertThat(run.out).contains("R-EL1").contains("Costa Rica (CR) is not covered");
  }
}
