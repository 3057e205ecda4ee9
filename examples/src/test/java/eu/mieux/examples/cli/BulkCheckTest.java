package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.mieux.json.MieuxJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk {@code check}: several files, a directory, NDJSON; one line per document, the worst status. */
class BulkCheckTest {

  private static final Path DOCUMENTS = Documents.directory();

  private static String valid() throws Exception {
    return Files.readString(DOCUMENTS.resolve("thailand-2013-2018.action.json"));
  }

  /** The Costa Rica request, moved to Russia after the ENPI ended: breaks R-EL1. */
  private static String breaksARule() throws Exception {
    return Files.readString(DOCUMENTS.resolve("costa-rica-ii-2016.request.json")).replace("\"CR\"", "\"RU\"");
  }

  private static Path mix(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("a-valid.json"), valid());
    Files.writeString(dir.resolve("b-rule.json"), breaksARule());
    Files.writeString(dir.resolve("sub/c-malformed.json"), "{\"requestingBody\": ");
    Files.copy(DOCUMENTS.resolve("invalid/south-east-asia-activity-outside-period.action.json"),
        dir.resolve("sub/d-invariant.json"));
    Files.writeString(dir.resolve("sub/notes.txt"), "not a document");
    return dir;
  }

  @Test
  void aDirectoryIsCheckedRecursivelyAndTheRunGoesOnPastAMalformedDocument(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("", "check", mix(dir).toString());
    assertThat(run.status).isEqualTo(2);
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).contains("a-valid.json: Action ").contains(": 0 error(s), ");
    assertThat(lines.get(1)).contains("b-rule.json: request by ").contains("error(s)")
        .contains("; first: ERROR R-EL1 /partnerCountries/0 ");
    assertThat(lines.get(2)).contains("c-malformed.json: malformed: 1 error(s), 0 warning(s); first: ERROR ");
    assertThat(lines.get(3)).contains("d-invariant.json: invalid: 1 error(s)").contains("/activities/2");
    assertThat(lines.get(4)).isEqualTo("checked 4 document(s): 1 pass, 2 break a rule, 1 malformed");
    assertThat(run.err).isEmpty();
  }

  @Test
  void severalFilesExitWithTheWorstStatus(@TempDir Path dir) throws Exception {
    mix(dir);
    assertThat(CliRun.of("", "check", dir.resolve("a-valid.json").toString(), dir.resolve("a-valid.json").toString())
        .status).isZero();
    CliRun rule = CliRun.of("", "check", dir.resolve("a-valid.json").toString(), dir.resolve("b-rule.json").toString());
    assertThat(rule.status).isEqualTo(1);
    assertThat(rule.out).contains("checked 2 document(s): 1 pass, 1 break a rule, 0 malformed");
    CliRun missing = CliRun.of("", "check", dir.resolve("a-valid.json").toString(), dir.resolve("nope.json").toString());
    assertThat(missing.status).isEqualTo(2);
    assertThat(missing.out).contains("nope.json: malformed: 1 error(s), 0 warning(s); first: ERROR file must exist");
  }

  @Test
  void ndjsonReportsLineNumbers() throws Exception {
    String ndjson = valid().replace("\n", " ") + "\n\n" + breaksARule().replace("\n", " ") + "\r\n{oops\n";
    CliRun run = CliRun.of(ndjson, "check", "--ndjson", "-");
    assertThat(run.status).isEqualTo(2);
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("<stdin>:1: Action ");
    assertThat(lines.get(1)).startsWith("<stdin>:3: request by ");
    assertThat(lines.get(2)).startsWith("<stdin>:4: malformed: ");
    assertThat(lines.get(3)).isEqualTo("checked 3 document(s): 1 pass, 1 break a rule, 1 malformed");
  }

  @Test
  void jsonFormatWritesOneObjectPerDocumentAndTheSummaryOnStandardError(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("", "check", mix(dir).toString(), "--format", "json");
    assertThat(run.status).isEqualTo(2);
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(4);
    JsonNode first = MieuxJson.mapper().readTree(lines.get(0));
    assertThat(first.get("kind").asText()).isEqualTo("action");
    assertThat(first.get("errors").asInt()).isZero();
    assertThat(first.get("assessment").get("findings").isArray()).isTrue();
    JsonNode malformed = MieuxJson.mapper().readTree(lines.get(2));
    assertThat(malformed.get("kind").asText()).isEqualTo("malformed");
    assertThat(malformed.has("pointer")).isTrue();
    assertThat(run.err).contains("checked 4 document(s)");
  }

  /** Issue 18: an endless line of NDJSON is one bounded malformed line, the next line is still read. */
  @Test
  void aLineLongerThanTheBoundIsMalformedAndTheNextIsRead() throws Exception {
    String ndjson = " ".repeat(MieuxJson.MAX_DOCUMENT_LENGTH + 10) + "x\n" + valid().replace("\n", " ") + "\n";
    CliRun run = CliRun.of(ndjson, "check", "--ndjson", "-");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out.lines().toList().get(0)).startsWith("<stdin>:1: malformed: ")
        .contains("document must be at most 4194304 bytes long");
    assertThat(run.out.lines().toList().get(1)).startsWith("<stdin>:2: Action ");
  }

  @Test
  void usage() {
    assertThat(CliRun.of("", "check", "--ndjson", "-", "x.json").status).isEqualTo(2);
    assertThat(CliRun.of("", "check", "--ndjson", "/no/such/file").err).contains("--ndjson must name a readable file");
  }

  /** A document's description counts in ASCII digits whatever the default locale, like the rest of the line. */
  @Test
  void descriptionsCountInAsciiDigitsWhateverTheLocale(@TempDir Path dir) throws Exception {
    mix(dir);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      String bulk = CliRun.of("", "check", dir.toString()).out.lines().toList().get(0);
      assertThat(bulk).containsPattern(", [0-9]+ activities, [0-9]+ experts: 0 error\\(s\\), [0-9]+ warning\\(s\\)");
      String single = CliRun.of("", "check", dir.resolve("a-valid.json").toString()).out.lines().toList().get(0);
      assertThat(single).containsPattern(", [0-9]+ activities, [0-9]+ experts$");
    } finally {
      Locale.setDefault(saved);
    }
  }

  /** A directory's walk keeps a link to a *.json file, as a file; a linked directory is not entered. */
  @Test
  void aLinkToADocumentIsCheckedAndALinkedDirectoryIsNotEntered(@TempDir Path dir, @TempDir Path elsewhere)
      throws Exception {
    Path target = Files.writeString(elsewhere.resolve("valid.json"), valid());
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a-valid.json"), valid());
    Files.createDirectory(dir.resolve("x.json"));
    try {
      Files.createSymbolicLink(dir.resolve("b-link.json"), target);
      Files.createSymbolicLink(dir.resolve("c-linked-dir"), elsewhere);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here: " + e);
    }
    List<String> lines = CliRun.of("", "check", dir.toString()).out.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("b-link.json: Action ");
    assertThat(lines.get(1)).contains("a-valid.json: Action ");
    assertThat(lines.get(2)).isEqualTo("checked 2 document(s): 2 pass, 0 break a rule, 0 malformed");
  }
}
