package eu.mieux.iati;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that indents elements by two spaces; text content stays on its element's line.
 * {@link XMLStreamException}s become {@link UncheckedIOException}s.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class IndentedXml {

  private static final String[] INDENTS = new String[12];

  static {
    for (int depth = 0; depth < INDENTS.length; depth++) {
      INDENTS[depth] = "\n" + "  ".repeat(depth);
    }
  }

  private final XMLStreamWriter writer;
  /** One entry per open element: true once it has a child element. */
  private final Deque<Boolean> open = new ArrayDeque<>();

  IndentedXml(XMLStreamWriter writer) {
    this.writer = writer;
  }

  void startDocument() {
    try {
      writer.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  void endDocument() {
    try {
      writer.writeCharacters("\n");
      writer.writeEndDocument();
      writer.flush();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Opens an element on a new, indented line. */
  IndentedXml start(String name) {
    try {
      newLine();
      writer.writeStartElement(name);
      open.push(false);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Writes an empty element on a new, indented line; its attributes follow. */
  IndentedXml empty(String name) {
    try {
      newLine();
      writer.writeEmptyElement(name);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Writes an attribute of the element just opened. */
  IndentedXml attribute(String name, String value) {
    try {
      writer.writeAttribute(name, value);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Writes {@code xml:lang} on the element just opened. */
  IndentedXml language(String value) {
    try {
      writer.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", value);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Writes text content inside the element just opened. */
  IndentedXml text(String text) {
    try {
      writer.writeCharacters(text);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Closes the innermost element, on its own line if it has child elements. */
  IndentedXml end() {
    try {
      if (open.pop()) {
        newLineAt(open.size());
      }
      writer.writeEndElement();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Writes {@code <name><narrative>text</narrative></name>}. */
  IndentedXml withNarrative(String name, String text) {
    return start(name).narrative(text).end();
  }

  /** Writes {@code <narrative>text</narrative>}. */
  IndentedXml narrative(String text) {
    return start("narrative").text(text).end();
  }

  private void newLine() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.pop();
      open.push(true);
    }
    newLineAt(open.size());
  }

  private void newLineAt(int depth) throws XMLStreamException {
    writer.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
  }

  private static UncheckedIOException failure(XMLStreamException e) {
    return new UncheckedIOException("the IATI document could not be written: " + e.getMessage(),
        e.getCause() instanceof IOException io ? io : new IOException(e));
  }
}
