package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpertsCommandTest {

  @Test
  void ranksTheSyntheticRosterForASeedAction() {
    CliRun run = CliRun.of("", "experts", "match", Documents.path("philippines-2010-2012.action.json"), "--top", "2");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).startsWith("Communicating better with migrants: 675 candidates, ")
        .contains("  1 ").contains("  2 ").doesNotContain("  3 ").contains("E3 ");
  }

  @Test
  void aRequestIsNotAnAction() {
    CliRun run = CliRun.of("", "experts", "match", Documents.path("costa-rica-ii-2016.request.json"));
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("must be an Action document");
  }

  @Test
  void usageErrors() {
    assertThat(CliRun.of("", "experts", "rank", "a.json").err).contains("expected 'match ACTION.json'");
    assertThat(CliRun.of("", "experts", "match", "a.json", "--top", "x").err).contains("--top must be a number");
  }
}
