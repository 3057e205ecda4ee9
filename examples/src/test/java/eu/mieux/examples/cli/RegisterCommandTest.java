package eu.mieux.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterCommandTest {

  @Test
  void queriesByThemeAndCharacteristic() {
    CliRun run = CliRun.of("", "register", "--theme", "migration_and_development", "--characteristic", "endorsement");
    assertThat(run.status).isZero();
    assertThat(run.out).contains("Mauritius II").contains("Malawi").contains("Madagascar").contains("4 entries");
  }

  @Test
  void csvHasAHeaderAndOneLinePerEntry() {
    CliRun run = CliRun.of("", "register", "--country", "PE", "--format", "csv");
    assertThat(run.status).isZero();
    assertThat(run.out.lines().findFirst()).contains("kind,title,code,countries,years,themes,characteristics");
    assertThat(run.out.lines().count()).isGreaterThan(1);
  }

  @Test
  void noMatchExitsWith1AndBadCodesWith2() {
    assertThat(CliRun.of("", "register", "--country", "FR").status).isEqualTo(1);
    CliRun bad = CliRun.of("", "register", "--theme", "tourism");
    assertThat(bad.status).isEqualTo(2);
    assertThat(bad.err).contains("ThematicArea code must be one of [");
  }
}
