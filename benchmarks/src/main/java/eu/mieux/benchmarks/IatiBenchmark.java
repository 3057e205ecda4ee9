package eu.mieux.benchmarks;

import com.fasterxml.jackson.databind.ObjectWriter;
import eu.mieux.iati.IatiExport;
import eu.mieux.iati.IatiExporter;
import eu.mieux.json.MieuxJson;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.Action;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exports the detailed Action of {@link JsonBenchmark} (7 activities, 4 experts; given the illustrative code 2010-01, since the texts give none) as an IATI 2.03 document
 * to bytes, and in the same run writes it as JSON with {@link MieuxJson}, for comparison (issue 16).
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/mieux-benchmarks.jar Iati -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IatiBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final Instant GENERATED = Instant.parse("2024-07-01T08:00:00Z");

  private Action action;
  private List<Action> actions;
  private ObjectWriter jsonWriter;

  /** Builds the action and checks that it exports. */
  @Setup
  public void setUp() {
    action = Action.builder().from(JsonBenchmark.detailedAction()).code(ActionCode.of(2010, 1)).build();
    actions = List.of(action);
    jsonWriter = MieuxJson.writer(Action.class);
    if (!IatiExporter.standard().export(actions, AS_OF, GENERATED).isComplete()) {
      throw new IllegalStateException("the action must export");
    }
  }

  /** Checks the Action and writes its IATI document to bytes. */
  @Benchmark
  public byte[] exportIati() {
    IatiExport export = IatiExporter.standard().export(actions, AS_OF, GENERATED);
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    export.writeTo(out);
    return out.toByteArray();
  }

  /** Writes the same Action as JSON with MieuxJson. */
  @Benchmark
  public byte[] writeJson() throws IOException {
    return jsonWriter.writeValueAsBytes(action);
  }
}
