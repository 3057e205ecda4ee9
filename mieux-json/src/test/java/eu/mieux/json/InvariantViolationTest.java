package eu.mieux.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A broken model invariant is told apart from malformed JSON. */
class InvariantViolationTest {

  private static final Path INVALID = Path.of("..", "examples", "documents", "invalid");

  private static MieuxJsonException failure(byte[] json) {
    return catchThrowableOfType(MieuxJsonException.class, () -> MieuxJson.readDocument(json));
  }

  @Test
  void anActivityOutsideItsActionIsAnInvariantViolation() throws Exception {
    MieuxJsonException e = failure(Files.readAllBytes(
        INVALID.resolve("south-east-asia-activity-outside-period.action.json")));
    assertThat(e.isModelInvariantViolation()).isTrue();
    assertThat(e.pointer()).isEqualTo("/activities/2");
  }

  @Test
  void malformedOrIncompleteJsonIsNot() throws Exception {
    assertThat(failure(Files.readAllBytes(INVALID.resolve("truncated.request.json"))).isModelInvariantViolation())
        .isFalse();
    assertThat(failure("{\"requestingBody\":{\"name\":\"x\",\"kind\":\"parliament\",\"country\":\"CV\"}}"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).isModelInvariantViolation()).isFalse();
  }
}
