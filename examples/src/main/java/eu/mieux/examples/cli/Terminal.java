package eu.mieux.examples.cli;

/**
 * Makes text safe to print on a terminal: input is quoted bounded and escaped, so that a huge
 * value cannot flood the screen and control characters (ESC, BEL, new lines) cannot forge output
 * or drive the terminal.
 *
 * <p>Escaped are ISO control characters, Unicode format characters (such as bidirectional
 * overrides), line and paragraph separators and unpaired surrogates, each shown as {@code \\uXXXX}.
 */
final class Terminal {

  /** The most characters of an input quoted by {@link #quote(String)}. */
  static final int QUOTED_LENGTH = 80;

  /** The most characters of a diagnostic line printed by {@link #line(String)}. */
  static final int LINE_LENGTH = 1000;

  private Terminal() {}

  /**
   * Quotes an input: at most {@value #QUOTED_LENGTH} characters then {@code …}, escaped, between
   * single quotes.
   *
   * @param input  the input
   * @return the quoted input, such as {@code 'U\u001BA'}
   */
  static String quote(String input) {
    return "'" + escape(input, QUOTED_LENGTH) + "'";
  }

  /**
   * Makes one diagnostic line of a message that may quote input: escaped, at most
   * {@value #LINE_LENGTH} characters then {@code …}.
   *
   * @param message  the message
   * @return the line, without a line break
   */
  static String line(String message) {
    return escape(message, LINE_LENGTH);
  }

  /**
   * Escapes a text and bounds it.
   *
   * @param text  the text
   * @param max  the most characters kept
   * @return the text, escaped, ending with {@code …} if it was longer
   */
  static String escape(String text, int max) {
    int end = Math.min(text.length(), max);
    StringBuilder out = null;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean escape = needsEscape(text, i, c);
      if (escape && out == null) {
        out = new StringBuilder(end + 16).append(text, 0, i);
      }
      if (escape) {
        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
            .append(HEX[c & 0xF]);
      } else if (out != null) {
        out.append(c);
      }
    }
    String kept = out == null ? text.substring(0, end) : out.toString();
    return text.length() > max ? kept + "…" : kept;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean needsEscape(String text, int i, char c) {
    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
      return true;
    }
    if (c < 0x80) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
