package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code compare}: what a choice among the sources changes (RULES.md §15.1-§15.3). */
class CompareCommandTest {

  private static final String CSV = "country,date,requester\n"
      + "UA,2024-03-15,\n"
      + "UA,2024-04-15,\n"
      + "NE,2022-03-01,civil_society_organisation\n"
      + "NE,2022-03-01,civil_society_organisation+local_authority\n";

  /** §15.3 M-PW2: only the April 2024 question changes, and both reasons are printed. */
  @Test
  void programmeEndChangesOneAnswer() {
    CliRun run = CliRun.of(CSV, "compare", "--set", "programmeEnd=2024-04-30", "--csv", "-");
    assertThat(run.status).as(run.err).isEqualTo(1);
    assertThat(run.out).contains("compared 4 question(s) with programmeEnd=2024-04-30: 1 answer(s) differ")
        .contains("UA 2024-04-15: NO -> YES").contains("base: NO").contains("alternative: YES")
        .contains("M-PW1").doesNotContain("UA 2024-03-15");
  }

  /** §15.1 R-EL3b and §15.2, with documents as the questions and --base moving the starting point. */
  @Test
  void documentsAndBaseSettings() {
    CliRun csoAlone = CliRun.of(CSV, "compare", "--set", "csoOnlyJointly=false", "--csv", "-");
    assertThat(csoAlone.out).contains("NE 2022-03-01 civil_society_organisation: NO -> YES").contains("R-EL3b");
    CliRun strict = CliRun.of("", "compare", "--set", "strictEarlyMandate=true",
        Documents.path("public-record/angola-2009.request.json"), Documents.path("public-record/niger-iii-2016.request.json"));
    assertThat(strict.status).isEqualTo(1);
    assertThat(strict.out).contains("2 question(s)").contains("1 answer(s) differ")
        .contains("angola-2009.request.json: YES -> NO").contains("R-EL7 warning").contains("R-EL7 error");
    CliRun same = CliRun.of("", "compare", "--base", "strictEarlyMandate=true", "--set", "strictEarlyMandate=true",
        Documents.path("public-record/angola-2009.request.json"));
    assertThat(same.status).isZero();
    assertThat(same.out).contains("0 answer(s) differ");
  }

  @Test
  void badInputIsAUsageErrorWithoutStackTrace() {
    assertThat(CliRun.of("", "compare", "--csv", "-").err).contains("expected at least one --set KEY=VALUE");
    CliRun badKey = CliRun.of(CSV, "compare", "--set", "end=2024", "--csv", "-");
    assertThat(badKey.status).isEqualTo(2);
    assertThat(badKey.err).contains("setting must be one of [programmeEnd").doesNotContain("Exception");
    CliRun badRow = CliRun.of("country,date\nUA,soon\n", "compare", "--set", "policy=strict", "--csv", "-");
    assertThat(badRow.status).isEqualTo(2);
    assertThat(badRow.err).contains("<stdin>:2: column date: date must be an ISO date");
    CliRun badHeader = CliRun.of("iso2,date\nUA,2016-01-01\n", "compare", "--set", "policy=strict", "--csv", "-");
    assertThat(badHeader.err).contains("<stdin>:1: header must be 'country,date'");
  }
}
