package eu.mieux.examples.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Loads the built mieux jars on the module path, as a modular application would, and uses them
 * there: every jar must resolve as the named module its {@code Automatic-Module-Name} declares, and
 * the rules must find their coverage data as a module resource.
 *
 * <p>Runs in the {@code integration-test} phase (failsafe), after the jars are packaged.
 */
class ModulePathIT {

  private static final Set<String> MIEUX = Set.of("eu.mieux.model", "eu.mieux.rules", "eu.mieux.json");
  private static final List<String> THIRD_PARTY = List.of("guava-", "failureaccess-", "jspecify-",
      "error_prone_annotations-", "j2objc-annotations-", "jackson-", "slf4j-api-", "fastcsv-");

  private static List<Path> modulePath() {
    List<Path> path = new ArrayList<>();
    for (String module : List.of("mieux-model", "mieux-rules", "mieux-json")) {
      Path jar = Path.of("..", module, "target", module + "-" + System.getProperty("mieux.version") + ".jar");
      assertThat(jar).as("run 'verify' so that %s is packaged", jar).exists();
      path.add(jar);
    }
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString();
      // third-party dependencies of the three jars, taken from the test class path
      if (Files.isRegularFile(p) && name.endsWith(".jar") && THIRD_PARTY.stream().anyMatch(name::startsWith)) {
        path.add(p);
      }
    }
    return path;
  }

  @Test
  void everyJarIsTheNamedModuleItDeclares() {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), MIEUX);
    for (String name : MIEUX) {
      ModuleDescriptor descriptor = configuration.findModule(name).orElseThrow().reference().descriptor();
      assertThat(descriptor.name()).isEqualTo(name);
      assertThat(descriptor.packages()).contains(name);
    }
  }

  @Test
  void theRulesRunFromTheModulePath() throws Exception {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    // as with --add-modules ALL-MODULE-PATH: automatic modules read only the modules that are resolved
    Set<String> all = finder.findAll().stream().map(m -> m.descriptor().name())
        .collect(java.util.stream.Collectors.toSet());
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), all);
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("eu.mieux.rules");
    Class<?> rules = loader.loadClass("eu.mieux.rules.MieuxRules");
    assertThat(rules.getModule().getName()).isEqualTo("eu.mieux.rules");
    Object standard = rules.getMethod("standard").invoke(null);
    Object eligibility = rules.getMethod("countryEligibility").invoke(standard);
    Class<?> country = loader.loadClass("eu.mieux.model.country.Country");
    Object ukraine = country.getMethod("valueOf", String.class).invoke(null, "UA");
    Object decision = eligibility.getClass().getMethod("check", country, java.time.LocalDate.class)
        .invoke(eligibility, ukraine, java.time.LocalDate.of(2016, 5, 1));
    assertThat(decision.getClass().getMethod("isYes").invoke(decision)).isEqualTo(true);

    Class<?> json = layer.findLoader("eu.mieux.json").loadClass("eu.mieux.json.MieuxJson");
    assertThat(json.getModule().getName()).isEqualTo("eu.mieux.json");
    String written = (String) json.getMethod("write", Object.class).invoke(null, decision);
    assertThat(written).startsWith("{\"country\":\"UA\"");
  }
}
