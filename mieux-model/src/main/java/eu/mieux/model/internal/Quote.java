package eu.mieux.model.internal;

import java.util.Objects;

/**
 * Quotes input in exception messages: bounded and escaped, so that a message that echoes a document
 * or an argument stays short and cannot reach a terminal or a log as control characters. Not part of
 * the API.
 *
 * <p>{@link #of(CharSequence)} shows at most {@value #MAX_SHOWN} characters (code points) of the input
 * between single quotes, then {@code …} when there is more. {@code \} is shown as {@code \\}, and each
 * character of Unicode category Cc (control), Cf (format, such as the bidirectional overrides), Zl
 * or Zp (line and paragraph separators), and each lone surrogate, as {@code \}{@code uXXXX}, so ESC
 * is {@code \}{@code u001B} and a line feed is {@code \}{@code u000A}: a message is always one line of
 * visible text. Every library exception message that echoes input goes through this class.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quote {

  /** The most characters (code points) of the input a quotation shows. */
  public static final int MAX_SHOWN = 80;

  /** What follows a quotation that was cut short. */
  public static final String ELLIPSIS = "\u2026";

  private Quote() {}

  /**
   * Quotes a text: at most {@value #MAX_SHOWN} characters, escaped, between single quotes, followed
   * by {@code …} inside the quotes when the text is longer.
   *
   * @param text  the text to quote, not null
   * @return the quotation, such as {@code 'visit'} or {@code 'aaaa…'}
   */
  public static String of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8).append('\'');
    append(out, text, MAX_SHOWN, true);
    return out.append('\'').toString();
  }

  /**
   * Escapes a whole text, such as a message that may already hold quotations, without bounding it:
   * only the characters that would not print as themselves are escaped, {@code \} is left as it is.
   *
   * @param text  the text, not null
   * @return the text with every control, format and separator character and every lone surrogate as
   *     {@code \}{@code uXXXX}
   */
  public static String escapeControls(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    append(out, text, Integer.MAX_VALUE, false);
    return out.toString();
  }

  /** Appends at most {@code maxShown} code points of the text, escaped, then {@code …} if cut. */
  private static void append(StringBuilder out, CharSequence text, int maxShown, boolean escapeBackslash) {
    int shown = 0;
    int i = 0;
    while (i < text.length()) {
      if (shown == maxShown) {
        out.append(ELLIPSIS);
        return;
      }
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        char low = text.charAt(i + 1);
        if (isHidden(Character.toCodePoint(c, low))) {
          appendUnicodeEscape(out, c);
          appendUnicodeEscape(out, low);
        } else {
          out.append(c).append(low);
        }
        i += 2;
      } else {
        if (c == '\\' && escapeBackslash) {
          out.append("\\\\");
        } else if (isHidden(c)) {
          appendUnicodeEscape(out, c);
        } else {
          out.append(c);
        }
        i++;
      }
      shown++;
    }
  }

  /** Whether a code point (or a lone surrogate) would not print as itself. */
  private static boolean isHidden(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append("\\u");
    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    for (int pad = hex.length(); pad < 4; pad++) {
      out.append('0');
    }
    out.append(hex);
  }
}
