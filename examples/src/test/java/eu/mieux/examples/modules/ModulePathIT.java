package eu.mieux.examples.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A modular application on the built jars: the module {@code eu.mieux.consumer}
 * ({@code src/test/consumer}) says only {@code requires eu.mieux.rules; requires eu.mieux.json;}. It is
 * compiled with {@code -Xlint:all -Werror} against the module path and launched with
 * {@code java --module-path ... -m eu.mieux.consumer/...}, without {@code --add-modules}: Guava, FastCSV,
 * Jackson and Immutables' annotations must come in through the mieux modules' own {@code requires}.
 *
 * <p>Runs in the {@code integration-test} phase (failsafe), after the jars are packaged.
 */
class ModulePathIT {

  private static final List<String> MIEUX = List.of("mieux-model", "mieux-rules", "mieux-json", "mieux-iati");
  /** The third-party jars of the three mieux jars , taken from the test class path. */
  private static final List<String> THIRD_PARTY = List.of("guava-", "failureaccess-", "jspecify-",
      "jackson-", "value-annotations-", "fastcsv-");
  private static final Path CONSUMER = Path.of("target", "module-consumer");

  private static List<Path> modulePath() {
    List<Path> path = new ArrayList<>();
    for (String module : MIEUX) {
      Path jar = Path.of("..", module, "target", module + "-" + System.getProperty("mieux.version") + ".jar");
      assertThat(jar).as("run 'verify' so that %s is packaged", jar).exists();
      path.add(jar);
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString();
      if (Files.isRegularFile(p) && name.endsWith(".jar") && THIRD_PARTY.stream().anyMatch(name::startsWith)) {
        path.add(p);
      }
    }
    return path;
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  @BeforeAll
  static void compileTheConsumer() throws IOException {
    List<String> sources;
    try (Stream<Path> files = Files.walk(Path.of("src", "test", "consumer"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    Files.createDirectories(CONSUMER);
    List<String> arguments = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
        "--module-path", joined(modulePath()), "-d", CONSUMER.toString()));
    arguments.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, arguments.toArray(String[]::new)))
        .as("javac %s (its messages are above)", arguments).isZero();
  }

  @Test
  void everyMieuxJarIsAnExplicitModuleThatExportsNoInternalPackage() {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    for (String name : List.of("eu.mieux.model", "eu.mieux.rules", "eu.mieux.json", "eu.mieux.iati")) {
      ModuleDescriptor descriptor = finder.find(name).orElseThrow().descriptor();
      assertThat(descriptor.isAutomatic()).as(name).isFalse();
      Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      assertThat(exported).as(name).contains(name)
          .noneMatch(p -> p.contains(".internal") || p.endsWith(".ser") || p.endsWith(".deser")
              || p.endsWith(".mixin"));
    }
  }

  @Test
  void aModuleRequiringOnlyRulesAndJsonDecidesAndWritesJson() throws Exception {
    List<Path> documents;
    try (Stream<Path> files = Files.list(Path.of("target", "documents"))) {
      documents = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    try (Stream<Path> files = Files.list(Path.of("target", "documents", "case-studies"))) {
      files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(documents::add);
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", joined(modulePath()) + File.pathSeparator + CONSUMER,
        "-m", "eu.mieux.consumer/eu.mieux.consumer.Main"));
    documents.forEach(d -> command.add(d.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).contains("decision: UA YES").contains("json: {\"country\":\"UA\"")
        .contains("builder copy equal: true").doesNotContain("SLF4J").doesNotContain("Exception");
    for (Path document : documents) {
      assertThat(output).contains("round trip: " + document.getFileName());
    }
  }
}
