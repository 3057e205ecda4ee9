package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCommandTest {

  private static final Path DOCUMENTS = Documents.directory();

  @ParameterizedTest
  @ValueSource(strings = {"philippines-2010-2012.action.json", "south-east-asia-2012-2013.action.json",
      "thailand-2013-2018.action.json", "costa-rica-ii-2016-07.action.json", "costa-rica-ii-2016.request.json"})
  void theSeedDocumentsAreValid(String file) {
    CliRun run = CliRun.of("", "check", DOCUMENTS.resolve(file).toString());
    assertThat(run.status).as(run.out + run.err).isZero();
    assertThat(run.out).contains("PASSES: 0 error(s)");
  }

  @Test
  void aRequestThatBreaksARuleExitsWith1AndExplains() throws Exception {
    String russia = Files.readString(DOCUMENTS.resolve("costa-rica-ii-2016.request.json")).replace("\"CR\"", "\"RU\"");
    CliRun run = CliRun.of(russia, "check", "-");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).startsWith("<stdin>: request by ").contains("ERROR   R-EL1   /partnerCountries/0")
        .contains("ENPI ended 2013-12-31").contains("FAILS: ");
  }

  @Test
  void aBrokenInvariantExitsWith1WithThePointer() {
    CliRun run = CliRun.of("", "check",
        DOCUMENTS.resolve("invalid/south-east-asia-activity-outside-period.action.json").toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).contains("invalid document: at /activities/2: ").doesNotContain("Exception");
  }

  @Test
  void malformedJsonExitsWith2WithThePointerAndNoStackTrace() {
    CliRun run = CliRun.of("", "check", DOCUMENTS.resolve("invalid/truncated.request.json").toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("at /receivedOn").doesNotContain("\tat ").doesNotContain("Exception");
    CliRun unknown = CliRun.of("{\"requestingBody\": {}, \"colour\": 1}", "check", "-");
    assertThat(unknown.status).isEqualTo(2);
    assertThat(unknown.err).startsWith("<stdin>: at ");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(CliRun.of("", "check").status).isEqualTo(2);
    assertThat(CliRun.of("", "check", "a.json", "--format", "xml").err).contains("--format must be one of [text, json]");
    assertThat(CliRun.of("", "check", "no-such-file.json").err).contains("file must exist, but was 'no-such-file.json'");
    CliRun help = CliRun.of("", "check", "--help");
    assertThat(help.status).isZero();
    assertThat(help.out).contains("exit status: 0 valid, 1 breaks a rule or a model invariant, 2 malformed JSON");
  }
}
