package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming batch {@code eligibility --csv} on the CSV forms of issue 14 and the inputs of issue 18. */
class EligibilityBatchTest {

  private static final String UA_ROW = "UA,2016-05-01,true,DCI;ENI,\"covered: ";

  /** Runs the command line on bytes given as standard input. */
  private static CliRun bytes(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = MieuxCli.standard().run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return CliRun.of(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static CliRun stdin(String csv, String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "eligibility";
    args[1] = "--csv";
    args[2] = "-";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return bytes(csv.getBytes(StandardCharsets.UTF_8), args);
  }

  @Test
  void aQuotedFieldWithACommaIsOneName() {
    CliRun run = stdin("iso2,date\n\"Korea, Republic of\",2016-05-01\n\"West Bank and Gaza\",\"2016-05-01\"\n");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out.lines()).hasSize(3);
    assertThat(run.out.lines().toList().get(1)).startsWith("KR,2016-05-01,false,");
    assertThat(run.out.lines().toList().get(2)).startsWith("PS,2016-05-01,true,");
  }

  @Test
  void anEmbeddedQuoteIsPartOfTheField() {
    CliRun run = stdin("iso2,date\n\"Cote d\"\"Ivoire\",2016-05-01\n\"U\"\"K\",2016-05-01\n");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out.lines().toList().get(1)).startsWith("CI,2016-05-01,true,");
    assertThat(run.err).contains("<stdin>:3:1: column iso2: ").contains("'U\"K'");
  }

  @Test
  void anUnterminatedQuoteIsABadRowNotASilentUa() {
    CliRun run = stdin("iso2,date\nUA,2016-05-01\n\"UA,2016-05-01\n");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out.lines()).hasSize(2);
    assertThat(run.err).contains("<stdin>:3: row must have 2 columns iso2,date, but had 1 (a quoted field is not closed)");
  }

  @Test
  void aNulIsABadRowEscapedNotDropped() {
    CliRun run = stdin("iso2,date\nUA,2016-05-01\u0000\nUA\u0000,2016-05-01\n");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out.lines()).hasSize(1);
    assertThat(run.err).contains("<stdin>:2:2: column date: ").contains("'2016-05-01\\u0000'")
        .contains("<stdin>:3:1: column iso2: ").contains("'UA\\u0000'").doesNotContain("\u0000");
  }

  @Test
  void bomCrlfAndBlankLinesAreRead() {
    CliRun run = stdin("\uFEFFiso2,date\r\n\r\nUA,2016-05-01\r\n   \r\n\r\nukraine , 2016-05-01\r\n");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out.lines().toList()).hasSize(3).allSatisfy(l -> assertThat(l).doesNotContain("\r"));
    assertThat(run.out.lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith(UA_ROW));
    assertThat(run.out).contains("\r\n");
  }

  @Test
  void aLatin1ByteIsABadRowAndTheRunGoesOn() {
    byte[] input = "iso2,date\nUA,2016-05-01\nC\u00f4te d'Ivoire,2016-05-01\nUA,2016-05-01\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    CliRun run = bytes(input, "eligibility", "--csv", "-");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out.lines()).hasSize(3);
    assertThat(run.err).contains("<stdin>:3:1: column iso2: country must be UTF-8 text, but had a byte that is not UTF-8");
  }

  @Test
  void aBinaryFileGivesBadRowsOrAStopButNoStackTrace(@TempDir Path dir) throws Exception {
    byte[] binary = new byte[200_000];
    new java.util.Random(7).nextBytes(binary);
    Path file = dir.resolve("binary.csv");
    Files.write(file, binary);
    CliRun run = CliRun.of("", "eligibility", "--csv", file.toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\u001B");
    assertThat(run.err.lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(1200));
  }

  @Test
  void aDirectoryIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("", "eligibility", "--csv", dir.toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("--csv must name a file, but").contains("is a directory");
  }

  @Test
  void csvGivenTwiceIsAUsageError() {
    CliRun run = CliRun.of("", "eligibility", "--csv", "a.csv", "--csv", "b.csv");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("--csv must be given once");
  }

  @Test
  void aWrongHeaderIsRefused() {
    CliRun run = stdin("country;date\nUA;2016-05-01\n");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("<stdin>:1: header must be 'iso2,date', but was 'country;date'");
    assertThat(stdin("").err).contains("the input is empty");
  }

  @Test
  void jsonWritesOneObjectPerRow() {
    CliRun run = stdin("iso2,date\nUA,2016-05-01\nAN,2012-05-01\nXX,2016-05-01\n", "--format", "json");
    assertThat(run.status).isEqualTo(2);
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("{\"line\":2,\"iso2\":\"UA\",\"date\":\"2016-05-01\",\"eligible\":true,"
        + "\"instruments\":[\"DCI\",\"ENI\"],\"reason\":\"covered: ");
    assertThat(lines.subList(1, 4)).allSatisfy(l -> assertThat(l).startsWith("{\"line\":3,"));
    assertThat(run.err).contains("<stdin>:4:1: column iso2:");
  }

  @Test
  void requesterAndStrictApplyToTheWholeBatch() {
    CliRun requester = stdin("iso2,date\nUA,2014-05-01\nUA,2016-05-01\n", "--requester", "local_authority");
    assertThat(requester.out.lines().toList().get(1)).startsWith("UA,2014-05-01,false,").contains("R-EL3");
    assertThat(requester.out.lines().toList().get(2)).startsWith("UA,2016-05-01,true,");
    CliRun strict = stdin("iso2,date\nSN,2022-05-01\n", "--strict");
    CliRun loose = stdin("iso2,date\nSN,2022-05-01\n");
    assertThat(strict.status).isZero();
    assertThat(strict.out).isNotEqualTo(loose.out);
  }

  /** Issue 18: a 100,000-character name is one bounded line, the run goes on. */
  @Test
  void aHugeNameIsRefusedInABoundedLine() {
    CliRun run = stdin("iso2,date\n" + "\u001B[2J" + "x".repeat(100_000) + ",2016-05-01\nUA,2016-05-01\n");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out.lines()).hasSize(2);
    assertThat(run.err).contains("<stdin>:2:1: column iso2: country must be at most 100 characters long")
        .contains("'\\u001B[2Jxxx").contains("…'").doesNotContain("\u001B");
    assertThat(run.err.length()).isLessThan(1200);
  }
}
