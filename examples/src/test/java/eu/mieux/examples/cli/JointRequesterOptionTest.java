package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code eligibility COUNTRY DATE --requester KIND[,KIND...]}: joint requests (RULES.md §15.1 R-EL3b, R-EL3d). */
class JointRequesterOptionTest {

  @ParameterizedTest(name = "{0}: exit {1}")
  @CsvSource(delimiter = '|', textBlock = """
      civil_society_organisation                           | 1 | R-EL3b: a CSO alone in 2022
      civil_society_organisation,national_public_authority | 0 | R-EL3b: with a national authority
      civil_society_organisation,local_authority           | 0 | R-EL3d: with a local authority
      local_authority                                      | 0 | R-EL3d: a municipality alone
      """)
  void exitStatusFollowsThePairing(String kinds, int status, String source) {
    CliRun run = CliRun.of("", "eligibility", "NE", "2022-03-01", "--requester", kinds);
    assertThat(run.status).as(source + "\n" + run.out + run.err).isEqualTo(status);
    if (status == 1) {
      assertThat(run.out).contains("R-EL3b").contains("only jointly with a government body");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      civil_society_organisation,mayor | mayor
      ,local_authority                 | ''
      """)
  void anUnknownKindIsAUsageError(String kinds, String named) {
    CliRun run = CliRun.of("", "eligibility", "NE", "2022-03-01", "--requester", kinds);
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("'" + named + "'").doesNotContain("Exception");
  }
}
