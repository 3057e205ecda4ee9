package eu.mieux.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/**
 * Jackson older than 2.18 is named at first use (issue 17 item 6); the class-path run against a real
 * Jackson 2.17 is the downstream integration test {@code jackson-2.17}.
 */
class JacksonVersionTest {

  private static Version version(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
  }

  @Test
  void jackson217IsRefusedWithTheVersionsFoundAndRequired() {
    assertThat(JacksonVersion.problem(version(2, 17, 2), version(2, 17, 2))).hasValueSatisfying(message ->
        assertThat(message).startsWith("Jackson (jackson-core and jackson-databind) must be 2.18.0 or later")
            .contains("but was jackson-core 2.17.2 and jackson-databind 2.17.2"));
  }

  @Test
  void anOldDatabindAloneIsRefused() {
    assertThat(JacksonVersion.problem(version(2, 23, 0), version(2, 16, 1))).isPresent();
  }

  @Test
  void jackson218AndLaterAreAccepted() {
    assertThat(JacksonVersion.problem(version(2, 18, 0), version(2, 18, 0))).isEmpty();
    assertThat(JacksonVersion.problem(version(2, 23, 0), version(2, 23, 0))).isEmpty();
    assertThat(JacksonVersion.problem(version(3, 0, 0), version(3, 0, 0))).isEmpty();
  }

  @Test
  void theJacksonOfThisBuildIsAccepted() {
    JacksonVersion.require();
    assertThat(MieuxJson.mapper()).isNotNull();
  }
}
