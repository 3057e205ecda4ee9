package eu.mieux.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's rule catalogue table equal to {@code rules.csv}.
 *
 * <p>After editing the catalogue, regenerate the table with
 * {@code ./mvnw -pl mieux-rules -am verify -Dtest=RuleCatalogueReadmeTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmieux.readme.update=true}.
 */
class RuleCatalogueReadmeTest {

  static final String START = "<!-- rule-catalogue:start (generated from rules.csv by RuleCatalogueReadmeTest) -->";
  static final String END = "<!-- rule-catalogue:end -->";
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmeShowsTheCatalogue() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README.md holds the marker %s", START).isNotNegative();
    assertThat(end).as("README.md holds the marker %s", END).isGreaterThan(start);
    String expected = readme.substring(0, start + START.length()) + "\n" + table(RuleCatalogue.standard())
        + readme.substring(end);
    if (Boolean.getBoolean("mieux.readme.update")) {
      Files.writeString(README, expected, StandardCharsets.UTF_8);
      return;
    }
    assertThat(readme).as("README.md's catalogue table; regenerate with -Dmieux.readme.update=true")
        .isEqualTo(expected);
  }

  /** The catalogue as a Markdown table, one row per rule, in the catalogue's order. */
  static String table(RuleCatalogue catalogue) {
    StringBuilder out = new StringBuilder("\n| id | topic | statement | sources |\n|---|---|---|---|\n");
    for (CatalogueRule rule : catalogue.rules()) {
      out.append("| ").append(rule.id()).append(" | ").append(cell(rule.topic())).append(" | ")
          .append(cell(rule.statement())).append(" | ")
          .append(cell(String.join("; ", rule.sources()))).append(" |\n");
    }
    return out.append('\n').toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
