package eu.mieux.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import eu.mieux.model.internal.Quote;

/**
 * Reads a {@link LocalDate} strictly from an ISO-8601 calendar date string {@code YYYY-MM-DD}.
 *
 * <p>Timestamps, arrays, date-times, expanded years and impossible dates such as
 * {@code 2016-02-30} are refused. Used through the mix-ins only, so that a caller's own
 * {@code LocalDate} handling is not changed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson instantiates it from the mix-ins' annotations. */
  public IsoDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getText();
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
      try {
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
            Integer.parseInt(text, 8, 10, 10));
      } catch (DateTimeException e) {
        throw InvalidFormatException.from(p,
            String.format("expected an existing ISO-8601 date 'YYYY-MM-DD', but was %s (%s)", Quote.of(text),
                e.getMessage()), text, LocalDate.class);
      }
    }
    throw InvalidFormatException.from(p,
        String.format("expected an ISO-8601 date 'YYYY-MM-DD', but was %s", Quote.of(text)), text, LocalDate.class);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
