import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Checks a Central Portal bundle of the release dry run: for every published artifact, its POM (with
 * the dry run's url, scm and developer written in, the licence and a description) and, for jars, the jar (with {@code META-INF/LICENSE} and
 * {@code module-info.class}), the sources and the javadoc jar; an {@code .asc} signature and MD5,
 * SHA-1, SHA-256 and SHA-512 checksums for each file; and no other artifact.
 *
 * <p>Usage: {@code java CheckBundle.java BUNDLE.zip VERSION artifactId:pom|jar|jar+tests ...}. Exit status 0
 * when the bundle is complete, 1 with every problem listed otherwise.
 */
public final class CheckBundle {

  private static final List<String> SIGNATURE_AND_CHECKSUMS = List.of(".asc", ".md5", ".sha1", ".sha256", ".sha512");

  private CheckBundle() {}

  /**
   * Runs the check.
   *
   * @param args  the bundle, the version, then artifactId:pom, artifactId:jar or artifactId:jar+tests
   *     (with a test-jar) for every published artifact
   * @throws IOException if the bundle cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: java CheckBundle.java BUNDLE.zip VERSION artifactId:pom|jar|jar+tests ...");
      System.exit(2);
    }
    Path bundle = Path.of(args[0]);
    String version = args[1];
    if (!Files.isRegularFile(bundle)) {
      System.err.println("bundle must be a file, but was missing: " + bundle);
      System.exit(1);
    }
    List<String> problems = new ArrayList<>();
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      Set<String> entries = new TreeSet<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          entries.add(entry.getName());
        }
      }
      Set<String> expected = new TreeSet<>();
      for (String spec : List.of(args).subList(2, args.length)) {
        String artifactId = spec.substring(0, spec.indexOf(':'));
        boolean jar = spec.contains(":jar");
        boolean tests = spec.endsWith(":jar+tests");
        String base = "eu/mieux/" + artifactId + "/" + version + "/" + artifactId + "-" + version;
        List<String> files = new ArrayList<>(List.of(base + ".pom"));
        if (jar) {
          files.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
        }
        if (tests) {
          files.add(base + "-tests.jar");
        }
        for (String file : files) {
          expected.add(file);
          SIGNATURE_AND_CHECKSUMS.forEach(suffix -> expected.add(file + suffix));
        }
        if (entries.contains(base + ".pom")) {
          String pom = text(zip, base + ".pom");
          for (String element : List.of("<url>https://example.org/mieux</url>", "<connection>scm:", "<id>dry-run</id>",
              "<name>Apache License, Version 2.0</name>", "<description>", "<email>dry-run@example.org</email>")) {
            if (!pom.contains(element)) {
              problems.add(base + ".pom must contain " + element + ", but did not");
            }
          }
        }
        if (jar && entries.contains(base + ".jar")) {
          Set<String> inJar = jarEntries(zip, base + ".jar");
          for (String required : List.of("META-INF/LICENSE", "META-INF/NOTICE", "module-info.class")) {
            if (!inJar.contains(required)) {
              problems.add(base + ".jar must contain " + required + ", but did not");
            }
          }
        }
      }
      for (String file : expected) {
        if (!entries.contains(file)) {
          problems.add("the bundle must contain " + file + ", but did not");
        }
      }
      for (String entry : entries) {
        if (!expected.contains(entry) && !entry.endsWith("maven-metadata.xml")) {
          problems.add("the bundle must contain only the published artifacts, but held " + entry);
        }
      }
      if (problems.isEmpty()) {
        System.out.println("CheckBundle: " + bundle.getFileName() + " holds " + expected.size() + " files, as expected");
        return;
      }
    }
    problems.forEach(System.err::println);
    System.exit(1);
  }

  private static String text(ZipFile zip, String name) {
    try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name + " could not be read", e);
    }
  }

  private static Set<String> jarEntries(ZipFile zip, String name) {
    Set<String> names = new TreeSet<>();
    try (ZipInputStream in = new ZipInputStream(zip.getInputStream(zip.getEntry(name)))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + " could not be read", e);
    }
    return names;
  }
}
