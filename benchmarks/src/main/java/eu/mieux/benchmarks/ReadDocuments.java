package eu.mieux.benchmarks;

import eu.mieux.json.MieuxJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The yardstick of the bulk-check benchmark: reads every {@code *.json} document under a directory
 * with {@link MieuxJson#readDocument(byte[])} alone, without the rules, and prints how many it read.
 *
 * <p>{@code java -cp mieux-benchmarks.jar eu.mieux.benchmarks.ReadDocuments DIR}
 */
public final class ReadDocuments {

  private ReadDocuments() {}

  /**
   * Reads the documents.
   *
   * @param args  the directory
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    int read = 0;
    for (Path file : files) {
      MieuxJson.readDocument(Files.readAllBytes(file));
      read++;
    }
    System.out.println("read " + read + " documents");
  }
}
