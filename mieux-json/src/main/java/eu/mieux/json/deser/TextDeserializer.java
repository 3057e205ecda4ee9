package eu.mieux.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads a {@link String} as Jackson does, then refuses a text that is not well-formed Unicode: a lone
 * surrogate, written raw in a character stream or as a {@code \}{@code uD800} escape, cannot be
 * written back as UTF-8, so it is refused on every input path (text, bytes and streams) alike.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextDeserializer extends StringDeserializer {

  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final TextDeserializer INSTANCE = new TextDeserializer();

  private TextDeserializer() {}

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = super.deserialize(p, ctxt);
    if (text != null) {
      checkWellFormed(p, text);
    }
    return text;
  }

  /**
   * Checks that a text read from the parser's current token has no lone surrogate.
   *
   * @param p  the parser, at the string's token
   * @param text  the text
   * @throws InvalidFormatException naming the first lone surrogate and its index
   */
  static void checkWellFormed(JsonParser p, String text) throws InvalidFormatException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw InvalidFormatException.from(p, String.format(
            "text must be well-formed Unicode, but has a lone surrogate \\u%04X at char %s", (int) c, i),
            String.valueOf(c), String.class);
      }
    }
  }
}
