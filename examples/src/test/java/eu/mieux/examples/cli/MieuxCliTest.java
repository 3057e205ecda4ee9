package eu.mieux.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MieuxCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return MieuxCli.standard().run(args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvFileWithABadRow(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.csv");
    Files.writeString(input, String.join("\n",
        "iso2,date",
        "UA,2016-05-01",
        "RU,2016-05-01",
        "XX,2016-05-01",
        "SN,2021-01-01",
        "MS,2020-13-01",
        "PS,2013-12-31",
        ""));
    int status = run("", "eligibility", "--csv", input.toString());
    assertEquals(2, status, err());
    List<String> lines = out().lines().toList();
    assertEquals("iso2,date,eligible,instruments,reason", lines.get(0));
    assertEquals(5, lines.size(), out());
    assertTrue(lines.get(1).startsWith("UA,2016-05-01,true,DCI;ENI,\"covered: "), lines.get(1));
    assertTrue(lines.get(2).startsWith("RU,2016-05-01,false,none,\"Russian Federation (RU) is not covered"),
        lines.get(2));
    assertTrue(lines.get(2).contains("ENPI ended 2013-12-31"), lines.get(2));
    assertTrue(lines.get(3).startsWith("SN,2021-01-01,true,NDICI,"), lines.get(3));
    assertTrue(lines.get(4).startsWith("PS,2013-12-31,true,DCI;ENPI,"), lines.get(4));
    assertTrue(err().contains(":4:1: column iso2:") && err().contains("'XX'"), err());
    assertTrue(err().contains(":6:2: column date:") && err().contains("'2020-13-01'"), err());
  }

  @Test
  void csvFromStdinWithoutBadRowsExitsZero() {
    int status = run("iso2,date\nDE,2016-05-01\nAF,2030-01-01\n", "eligibility", "--csv", "-");
    assertEquals(0, status, err());
    List<String> lines = out().lines().toList();
    assertTrue(lines.get(1).startsWith("DE,2016-05-01,false,none,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("AF,2030-01-01,false,none,\"undetermined: "), lines.get(2));
  }

  @Test
  void singleCheckPrintsReasonsAndBases() {
    assertEquals(0, run("", "eligibility", "UA", "2016-05-01"), err());
    assertTrue(out().contains("Outcome: YES"), out());
    assertTrue(out().contains("[R-EL1 YES] Ukraine (UA) is covered by ENI"), out());
    assertTrue(out().contains("basis:   ENI Annex I partner country (ENP 16)"), out());
    assertTrue(out().contains("[M-PW1 YES]"), out());
  }

  @Test
  void singleCheckExitCodes() {
    assertEquals(1, run("", "eligibility", "RU", "2016-05-01"));
    assertEquals(1, run("", "eligibility", "UA", "2015-06-01", "--requester", "parliament"));
    assertEquals(0, run("", "eligibility", "UA", "2016-06-01", "--requester", "parliament"));
    assertEquals(3, run("", "eligibility", "MS", "2020-06-01", "--strict"));
    assertEquals(0, run("", "eligibility", "MS", "2020-06-01"));
    assertTrue(out().contains("UNVERIFIED"), out());
  }

  @Test
  void usageErrors() {
    assertEquals(2, run("", "nonsense"));
    assertTrue(err().contains("unknown command 'nonsense'"), err());
    assertEquals(2, run("", "eligibility", "UA", "2016-05-01", "--bogus"));
    assertTrue(err().contains("unknown option '--bogus'"), err());
    assertEquals(2, run("", "eligibility", "Ukrane", "2016-05-01"));
    assertTrue(err().contains("UA (Ukraine)"), err());
    assertEquals(2, run("", "eligibility", "UA", "2016-05-01", "--requester", "king"));
    assertEquals(2, run(""));
  }

  @Test
  void help() {
    assertEquals(0, run("", "--help"));
    assertTrue(out().contains("eligibility"), out());
    assertEquals(0, run("", "eligibility", "--help"));
    assertTrue(out().contains("--csv FILE"), out());
  }
}
