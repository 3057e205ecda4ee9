package eu.mieux.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the bytes of a document named on the command line: a file, or standard input for {@code -}.
 */
final class DocumentInput {

  private DocumentInput() {}

  /**
   * Reads the whole document.
   *
   * @param name  a file path, or {@code -} for standard input
   * @param in  the standard input
   * @return the bytes
   * @throws IllegalArgumentException if the file does not exist or cannot be read
   */
  static byte[] read(String name, InputStream in) {
    try {
      return name.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(name));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + name, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
