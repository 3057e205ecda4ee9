package eu.mieux.iati;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.action.Action;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The outcome of an export: the Actions that become IATI activities, with their identifiers, and the
 * refusals of the others; {@link #writeTo(Writer)} writes the {@code iati-activities} document of the
 * exported Actions.
 *
 * <p>The document is written on demand and may be written several times, always identically: the
 * as-of date and the generated instant are fixed at export.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IatiExport {

  private static final int BUFFER = 8192;

  private final IatiSettings settings;
  private final LocalDate asOf;
  private final Instant generatedAt;
  private final ImmutableList<Action> exported;
  private final ImmutableList<String> identifiers;
  private final ImmutableList<IatiRefusal> refusals;

  IatiExport(IatiSettings settings, LocalDate asOf, Instant generatedAt, List<Action> exported,
      List<IatiRefusal> refusals) {
    this.settings = settings;
    this.asOf = asOf;
    this.generatedAt = generatedAt;
    this.exported = ImmutableList.copyOf(exported);
    this.identifiers = this.exported.stream()
        .map(action -> ActivityWriter.identifier(settings, action.code().orElseThrow()))
        .collect(ImmutableList.toImmutableList());
    this.refusals = ImmutableList.copyOf(refusals);
  }

  /**
   * Gets the date the export describes: dates up to it are actual, later ones planned.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets the instant written as {@code generated-datetime} and {@code last-updated-datetime}.
   *
   * @return the instant, whole seconds
   */
  public Instant generatedAt() {
    return generatedAt;
  }

  /**
   * Gets the Actions written as activities, in the order given.
   *
   * @return the exported Actions, possibly empty
   */
  public List<Action> exported() {
    return exported;
  }

  /**
   * Gets the {@code iati-identifier} of each exported Action, in the same order.
   *
   * @return the identifiers, unique, each {@code {reporting-org ref}-{Action code}}
   */
  public List<String> identifiers() {
    return identifiers;
  }

  /**
   * Gets the refusals, in the order of the Actions given.
   *
   * @return the refusals, empty when every Action was exported
   */
  public List<IatiRefusal> refusals() {
    return refusals;
  }

  /**
   * Checks if there is a document to write: at least one Action was exported.
   *
   * @return true if {@link #exported()} is not empty
   */
  public boolean hasActivities() {
    return !exported.isEmpty();
  }

  /**
   * Checks if every Action given was exported.
   *
   * @return true if there is no refusal
   */
  public boolean isComplete() {
    return refusals.isEmpty();
  }

  /**
   * Writes the {@code iati-activities} document to a writer, which is flushed and left open. The
   * document declares UTF-8: a writer that encodes must encode UTF-8.
   *
   * @param out  the writer, not null
   * @throws IllegalArgumentException if {@code out} is an {@link OutputStreamWriter} of another
   *     encoding
   * @throws IllegalStateException if no Action was exported: the schema requires one activity
   * @throws UncheckedIOException if the writer fails
   */
  public void writeTo(Writer out) {
    Objects.requireNonNull(out, "out");
    if (out instanceof OutputStreamWriter encoding
        && !Charset.forName(encoding.getEncoding()).equals(StandardCharsets.UTF_8)) {
      throw new IllegalArgumentException("out must encode UTF-8, the document's declared encoding, "
          + "but encodes " + encoding.getEncoding());
    }
    checkWritable();
    try {
      // the JDK's writer passes characters one at a time: buffer them
      write(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(new BufferedWriter(out, BUFFER)));
    } catch (XMLStreamException e) {
      throw new UncheckedIOException("the IATI document could not be started: " + e.getMessage(),
          new java.io.IOException(e));
    }
  }

  /**
   * Writes the {@code iati-activities} document to a stream in UTF-8; the stream is flushed and left
   * open.
   *
   * @param out  the stream, not null
   * @throws IllegalStateException if no Action was exported: the schema requires one activity
   * @throws UncheckedIOException if the stream fails
   */
  public void writeTo(OutputStream out) {
    Objects.requireNonNull(out, "out");
    checkWritable();
    // the JDK's own UTF-8 stream writer encodes one character at a time: encode in bulk instead
    writeTo(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Gets the {@code iati-activities} document as text.
   *
   * @return the XML document
   * @throws IllegalStateException if no Action was exported: the schema requires one activity
   */
  public String toXml() {
    StringWriter out = new StringWriter(4096 + 4096 * exported.size());
    writeTo(out);
    return out.toString();
  }

  private void checkWritable() {
    if (exported.isEmpty()) {
      throw new IllegalStateException("exported must hold at least one Action, since an iati-activities "
          + "document needs one activity, but all " + refusals.size() + " were refused");
    }
  }

  private void write(XMLStreamWriter writer) {
    IndentedXml xml = new IndentedXml(writer);
    xml.startDocument();
    xml.start("iati-activities").attribute("version", "2.03")
        .attribute("generated-datetime", generatedAt.toString());
    ActivityWriter activities = new ActivityWriter(settings, asOf, generatedAt, xml);
    Map<Action, List<String>> siblings = ActivityWriter.siblings(settings, exported);
    for (Action action : exported) {
      activities.write(action, siblings.get(action));
    }
    xml.end();
    xml.endDocument();
    try {
      writer.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException("the IATI document could not be finished: " + e.getMessage(),
          new java.io.IOException(e));
    }
  }

  /**
   * Returns a summary, such as {@code IatiExport[asOf=2024-06-30, exported=3, refused=1]}.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "IatiExport[asOf=" + asOf + ", exported=" + exported.size() + ", refused=" + refusals.size()
        + "]";
  }
}
