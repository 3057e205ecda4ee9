package eu.mieux.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines of at most a given length, so that a stream without line breaks
 * (such as {@code /dev/zero}) costs a bounded amount of memory. A longer line is skipped to its
 * end and reported as too long; the next line is read as usual.
 */
final class BoundedLines {

  private final InputStream in;
  private final int max;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean tooLong;

  /**
   * Reads lines from a stream, which is not closed.
   *
   * @param in  the stream
   * @param max  the longest line kept, in bytes
   */
  BoundedLines(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /**
   * Reads the next line, without its line break ({@code \n} or {@code \r\n}).
   *
   * @return the line, empty if it was longer than the bound (see {@link #tooLong()}); null at the end
   * @throws IOException if the stream cannot be read
   */
  byte[] next() throws IOException {
    byte[] line = new byte[0];
    int length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      if (!tooLong) {
        if (length + chunk > max) {
          tooLong = true;
          line = new byte[0];
          length = 0;
        } else {
          if (line.length < length + chunk) {
            line = Arrays.copyOf(line, Math.max(length + chunk, Math.min(max, line.length * 2 + 64)));
          }
          System.arraycopy(buffer, start, line, length, chunk);
          length += chunk;
        }
      }
      if (position < limit) {
        position++;
        break;
      }
    }
    lineNumber++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return length == line.length ? line : Arrays.copyOf(line, length);
  }

  /**
   * Tells if the line last read was longer than the bound.
   *
   * @return true if it was skipped
   */
  boolean tooLong() {
    return tooLong;
  }

  /**
   * Gets the number of the line last read.
   *
   * @return the line number, from 1
   */
  long lineNumber() {
    return lineNumber;
  }
}
