package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 18 through the command line: the library's new refusals (dates outside the four-digit ISO
 * years, rosters over the matching bound) are usage errors with a message, never a stack trace.
 */
class Issue18BoundsCliTest {

  @Test
  void aDecisionForYear10000IsRefusedNotWrittenUnreadable() {
    CliRun run = CliRun.of("", "eligibility", "UA", "+10000-01-01", "--format", "json");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    // the command line refuses it as it reads the argument (yyyy-mm-dd), before the library would
    assertThat(run.err).contains("date must be an ISO date yyyy-mm-dd").contains("but was '+10000-01-01'").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aRosterOverTheMatchingBoundIsRefused() {
    StringBuilder roster = new StringBuilder("{\"members\":[");
    for (int i = 0; i <= 10_000; i++) {
      roster.append(i == 0 ? "" : ",").append("{\"expert\":{\"id\":\"e").append(i)
          .append("\",\"origin\":\"eu_member_state\",\"profile\":\"civil_servant\"}}");
    }
    roster.append("]}");
    CliRun run = CliRun.of(roster.toString(), "experts", "match", Documents.path("philippines-2010-2012.action.json"),
        "--roster", "-");
    assertThat(run.status).as(run.err).isEqualTo(2);
    assertThat(run.err).contains("roster.members must hold at most 10000 experts, but held 10001")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }
}
