package eu.mieux.examples.cli;

import eu.mieux.testing.JsonFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kit's example documents ({@link JsonFixtures}) as files for the command line, written once per
 * test run under {@code target/test-documents/} with the kit's folder layout ({@code case-studies/},
 * {@code public-record/}, {@code invalid/}). The tests read the kit's jar, never another module's
 * folder; the packaged {@code target/documents/} for users is unpacked from the same jar.
 */
final class Documents {

  private Documents() {}

  /**
   * Gets the folder holding every document.
   *
   * @return {@code target/test-documents}
   */
  static Path directory() {
    return Holder.DIRECTORY;
  }

  /**
   * Gets the path of one document, as the command line takes it.
   *
   * @param name  a name of {@link JsonFixtures#documentNames()} or {@link JsonFixtures#invalidDocumentNames()}
   * @return the path, as text
   */
  static String path(String name) {
    return directory().resolve(name).toString();
  }

  /** Writes the documents once; class initialisation is thread-safe. */
  private static final class Holder {
    static final Path DIRECTORY = write(Path.of("target", "test-documents"));

    private static Path write(Path directory) {
      List<String> names = new ArrayList<>(JsonFixtures.documentNames());
      names.addAll(JsonFixtures.invalidDocumentNames());
      try {
        for (String name : names) {
          Path file = directory.resolve(name);
          Files.createDirectories(file.getParent());
          Files.writeString(file, JsonFixtures.document(name), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the example documents could not be written to " + directory, e);
      }
      return directory;
    }
  }
}
