package eu.mieux.examples.cli;

import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the bytes of a document named on the command line, a file or standard input for {@code -},
 * through a bounded read: at most {@link MieuxJson#MAX_DOCUMENT_LENGTH} bytes are read, so that
 * {@code /dev/zero} or an endless pipe ends at once with an error instead of filling the heap.
 */
final class DocumentInput {

  private DocumentInput() {}

  /**
   * Reads a whole document, at most {@link MieuxJson#MAX_DOCUMENT_LENGTH} bytes.
   *
   * @param name  a file path, or {@code -} for standard input
   * @param in  the standard input, not closed
   * @return the bytes
   * @throws IllegalArgumentException if the file does not exist, is a directory, cannot be read or
   *     is longer than the bound; the message quotes the name
   */
  static byte[] read(String name, InputStream in) {
    if (name.equals("-")) {
      return bounded(name, in);
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("file must be a valid path, but was " + Terminal.quote(name));
    }
    if (Files.isDirectory(path)) {
      throw new IllegalArgumentException("file must be a regular file, but " + Terminal.quote(name)
          + " is a directory");
    }
    return file(path, name);
  }

  /**
   * Reads a whole document from a file, at most {@link MieuxJson#MAX_DOCUMENT_LENGTH} bytes: a
   * regular file of known size in one read, anything else (a device, a pipe) through a bounded read.
   *
   * @param path  the file
   * @param name  the name to quote in messages
   * @return the bytes
   * @throws IllegalArgumentException if the file does not exist, cannot be read or is longer than
   *     the bound; the message quotes the name
   */
  static byte[] file(Path path, String name) {
    try (SeekableByteChannel channel = Files.newByteChannel(path)) {
      long size = channel.size();
      if (size > MieuxJson.MAX_DOCUMENT_LENGTH) {
        throw new IllegalArgumentException("document must be at most " + MieuxJson.MAX_DOCUMENT_LENGTH
            + " bytes long, but " + display(name) + " has " + size + " bytes");
      }
      if (size > 0) {
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
          // read until full or at the end
        }
        if (!buffer.hasRemaining() && channel.read(ByteBuffer.allocate(1)) < 0) {
          return buffer.array();
        }
        channel.position(0);
      }
      return bounded(name, Channels.newInputStream(channel));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("file must exist, but was " + Terminal.quote(name));
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException("file must be readable, but " + Terminal.quote(name) + " is not");
    } catch (FileSystemException e) {
      throw new IllegalArgumentException("file must be readable, but " + Terminal.quote(name) + " is not: "
          + e.getReason());
    } catch (IOException e) {
      throw new IllegalArgumentException("file must be readable, but " + Terminal.quote(name) + " failed: "
          + e.getMessage());
    }
  }

  private static byte[] bounded(String name, InputStream stream) {
    byte[] bytes;
    try {
      bytes = stream.readNBytes(MieuxJson.MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException e) {
      throw new IllegalArgumentException("file must be readable, but " + display(name) + " failed: "
          + e.getMessage());
    }
    if (bytes.length > MieuxJson.MAX_DOCUMENT_LENGTH) {
      throw new IllegalArgumentException("document must be at most " + MieuxJson.MAX_DOCUMENT_LENGTH
          + " bytes long, but " + display(name) + " is longer (reading stopped there)");
    }
    return bytes;
  }

  /**
   * Names a document for a message.
   *
   * @param name  a file path, or {@code -}
   * @return {@code <stdin>} or the quoted name
   */
  static String display(String name) {
    return name.equals("-") ? "<stdin>" : Terminal.quote(name);
  }

  /**
   * Names what a document is, for messages about the wrong kind of document.
   *
   * @param document  the document read
   * @return such as {@code a case-study document}
   */
  static String kind(Document document) {
    if (document instanceof Document.OfRequest) {
      return "a request document";
    }
    return document instanceof Document.OfAction ? "an Action document" : "a case-study document";
  }
}
