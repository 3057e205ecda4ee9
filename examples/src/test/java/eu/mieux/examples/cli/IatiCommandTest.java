package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code iati} command (issue 16): exit statuses, messages naming the file, no stack trace. */
class IatiCommandTest {

  private static final Path DOCUMENTS = Documents.directory();
  private static final String COSTA_RICA = DOCUMENTS.resolve("costa-rica-ii-2016-07.action.json").toString();

  @Test
  void anActionWithACodeExportsWithExit0() {
    CliRun run = CliRun.of("", "iati", COSTA_RICA, "--reporting-org", "XI-IATI-ICMPD", "--as-of", "2024-06-30");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<iati-identifier>XI-IATI-ICMPD-2016-07</iati-identifier>")
        .contains("<recipient-country code=\"CR\" percentage=\"100\">")
        .contains("<sector vocabulary=\"1\" code=\"15190\" percentage=\"100\">")
        .contains("<activity-status code=\"4\"/>")
        .contains("<narrative>General Directorate of Migration and Foreigners (DGME)</narrative>");
  }

  @Test
  void caseStudiesExportTheirActionAndSequelsAreRelated() {
    CliRun run = CliRun.of("", "iati", DOCUMENTS.resolve("case-studies/07-costa-rica.case-study.json").toString(),
        "--as-of", "2024-06-30", "--documents-at", "https://example.org/mieux/");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("<iati-identifier>XI-IATI-ICMPD-").contains("<document-link url=\"https://example.org/mieux/");
  }

  @Test
  void anActionWithoutACodeIsRefusedWithExit1NamingTheFileAndTheField() {
    String philippines = DOCUMENTS.resolve("philippines-2010-2012.action.json").toString();
    CliRun run = CliRun.of("", "iati", COSTA_RICA, philippines, "--as-of", "2024-06-30");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).isEqualTo(philippines
        + ": refused: /code: code must be present to form the iati-identifier, but was empty\n");
    assertThat(run.out).contains("XI-IATI-ICMPD-2016-07");
  }

  @Test
  void onlyRefusedActionsWriteNothing() {
    CliRun run = CliRun.of("", "iati", DOCUMENTS.resolve("thailand-2013-2018.action.json").toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEmpty();
  }

  @Test
  void malformedInputExitsWith2AndWritesNothing() {
    String truncated = DOCUMENTS.resolve("invalid/truncated.request.json").toString();
    CliRun run = CliRun.of("", "iati", COSTA_RICA, truncated);
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith(truncated + ": ").doesNotContain("Exception").doesNotContain("\tat ");
    CliRun request = CliRun.of("", "iati", DOCUMENTS.resolve("costa-rica-ii-2016.request.json").toString());
    assertThat(request.status).isEqualTo(2);
    assertThat(request.err).contains("a request document, but iati exports Actions");
    CliRun invalid = CliRun.of("", "iati",
        DOCUMENTS.resolve("invalid/south-east-asia-activity-outside-period.action.json").toString());
    assertThat(invalid.status).isEqualTo(2);
    assertThat(invalid.err).contains("invalid document: at /activities/2: ");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(CliRun.of("", "iati").status).isEqualTo(2);
    CliRun future = CliRun.of("", "iati", COSTA_RICA, "--as-of", "2999-01-01");
    assertThat(future.status).isEqualTo(2);
    assertThat(future.err).startsWith("mieux iati: --as-of must not be in the future, but was 2999-01-01");
    CliRun date = CliRun.of("", "iati", COSTA_RICA, "--as-of", "30/06/2024");
    assertThat(date.err).startsWith("mieux iati: --as-of must be a date YYYY-MM-DD, but was '30/06/2024'");
    CliRun ref = CliRun.of("", "iati", COSTA_RICA, "--reporting-org", "XI IATI");
    assertThat(ref.status).isEqualTo(2);
    assertThat(ref.err).startsWith("mieux iati: --reporting-org: ref must be non-empty, without whitespace");
    assertThat(CliRun.of("", "iati", "no-such-file.json").err).startsWith("mieux iati: file must exist, but was 'no-such-file.json'");
  }

  @Test
  void outputGoesToAFileWhenAsked(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.xml");
    CliRun run = CliRun.of("", "iati", COSTA_RICA, "--as-of", "2024-06-30", "--output", file.toString());
    assertThat(run.status).isZero();
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(file)).contains("<iati-activities version=\"2.03\"");
  }
}
