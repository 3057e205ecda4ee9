package eu.mieux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every example's {@code main} and checks what it prints, so that the examples never rot. */
@Isolated
class ExamplesTest {

  private static String run(Consumer<String[]> main, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.accept(args);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void checkARequest() {
    assertThat(run(CheckARequest::main)).startsWith("admissible: true")
        .contains("R-EL1 /partnerCountries/0: Belarus (BY) is covered by ENI");
  }

  @Test
  void explainARefusal() {
    assertThat(run(ExplainARefusal::main)).startsWith("Russian Federation on 2016-05-01: NO")
        .contains("ENPI ended 2013-12-31").contains("cross-border cooperation");
  }

  @Test
  void scoreAnAction() {
    assertThat(run(ScoreAnAction::main)).contains("met: Ownership, Tangible results, EU added value, Catalyst")
        .contains("score: 4 of 10, candidate: true");
  }

  @Test
  void readAndWriteJson() {
    assertThat(run(ReadAndWriteJson::main)).contains("read a request from DOLE received on 2009-06-01")
        .contains("written back equal: true").contains("refused at /channel:");
  }

  /** RULES.md §15.3 M-PW2 and §15.1 R-EL3b: only the answers the two choices change are listed. */
  @Test
  void compareSettings() {
    assertThat(run(CompareSettings::main)).contains("2 of 4 answers differ")
        .contains("UA 2024-04-15: NO -> YES").contains("NE 2022-03-01 civil_society_organisation: NO -> YES")
        .contains("R-EL3b").doesNotContain("UA 2024-03-15");
  }

  @Test
  void useTheStrictPolicy() {
    assertThat(run(UseTheStrictPolicy::main)).contains("default policy: YES [OAD]")
        .contains("strict policy:  UNDETERMINED").contains("set aside (unverified)");
  }

  @Test
  void checkAMultiCountryRequest() {
    assertThat(run(CheckAMultiCountryRequest::main)).contains("request on 2012-06-01: YES")
        .contains("request on 2016-06-01: NO").contains("RU: NO []").contains("UA: YES [DCI, ENI]");
  }

  @Test
  void countryTimeline() {
    assertThat(run(CountryTimeline::main)).contains("from 2007-01-01: YES [DCI]").contains("from 2018-01-01: NO []");
    assertThat(run(CountryTimeline::main, "RU")).contains("from 2014-01-01: NO []");
    assertThat(run(CountryTimeline::main, "Korea, Republic of")).startsWith("South Korea (KR)");
  }

  /** Issue 18: an unknown code is one line naming it and the closest codes, never a stack trace. */
  @Test
  void countryTimelineWithAnUnknownCodeSaysSoInOneLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CountryTimeline.run(new String[] {"QQ"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("CountryTimeline: country must be")
        .contains("'QQ'").contains("closest known").doesNotContain("Exception").doesNotContain("\tat ")
        .hasLineCount(1);
  }
}
