package eu.mieux.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import eu.mieux.model.Coded;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import eu.mieux.model.internal.Quote;

/**
 * Reads a {@link Coded} enum constant from its exact lower-case code, such as {@code "study_visit"}.
 *
 * <p>Strict: only a JSON string equal to one of the codes is accepted. Unlike
 * {@link Coded#fromCode(Class, String)}, case, {@code -} for {@code _} and surrounding blanks are
 * not forgiven, so that every accepted document is also valid against the published schema. An
 * unknown code fails with a message that lists the valid codes.
 *
 * @param <E>  the enum type
 */
public final class CodedDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {

  private static final long serialVersionUID = 1L;

  /** The constants by their code. */
  private final Map<String, E> byCode;
  /** The valid codes, listed for messages. */
  private final String validCodes;

  /**
   * Creates a deserializer for one enum.
   *
   * @param type  the enum class, implementing {@link Coded}, not null
   */
  public CodedDeserializer(Class<E> type) {
    super(type);
    this.byCode = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      byCode.put(((Coded) constant).code(), constant);
    }
    this.validCodes = Stream.of(type.getEnumConstants()).map(c -> ((Coded) c).code())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @Override
  @SuppressWarnings("unchecked")
  public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (E) ctxt.handleUnexpectedToken(handledType(), p);
    }
    String text = p.getText();
    E found = byCode.get(text);
    if (found == null) {
      throw InvalidFormatException.from(p, String.format("%s code must be one of %s, but was %s",
          handledType().getSimpleName(), validCodes, Quote.of(text)), text, handledType());
    }
    return found;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
