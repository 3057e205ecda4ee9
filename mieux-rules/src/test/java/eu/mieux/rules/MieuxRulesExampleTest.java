package eu.mieux.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in {@link MieuxRules}'s class javadoc compiles against the library (issue 13). */
class MieuxRulesExampleTest {

  private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL);

  @Test
  void theClassJavadocExampleCompiles(@TempDir Path out) throws IOException {
    String source = Files.readString(Path.of("src/main/java/eu/mieux/rules/MieuxRules.java"), StandardCharsets.UTF_8);
    Matcher m = EXAMPLE.matcher(source);
    assertThat(m.find()).as("MieuxRules has a <pre>{@code ...}</pre> example").isTrue();
    String example = m.group(1).replaceAll("(?m)^ \\* ?", "");
    String unit = "package example;\n"
        + "import eu.mieux.model.action.*; import eu.mieux.model.country.*; import eu.mieux.model.decision.*;\n"
        + "import eu.mieux.model.lifecycle.*; import eu.mieux.model.request.*; import eu.mieux.rules.*;\n"
        + "import eu.mieux.rules.lifecycle.*; import java.time.*; import java.util.*;\n"
        + "class Example {\n  void run(Request request, Action action, LocalDate date) {\n" + example + "\n  }\n}\n";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///example/Example.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return unit;
      }
    };
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("-proc:none", "-d", out.toString(), "-classpath", System.getProperty("java.class.path")), null,
        List.of(file)).call();
    assertThat(compiled).as("the example compiles:\n%s\n%s", unit, diagnostics).isTrue();
  }
}
