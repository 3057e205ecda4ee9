package eu.mieux.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.Year;

/**
 * Reads a {@link Year} strictly from a JSON integer from {@value #MIN} to {@value #MAX}, such as
 * {@code 2014}.
 *
 * <p>Strings ({@code "2014"}), floating-point numbers and years outside the range are refused. Used
 * through the mix-ins only, so that a caller's own {@code Year} handling is not changed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearNumberDeserializer extends StdScalarDeserializer<Year> {

  /** The first year accepted. */
  public static final int MIN = 1000;
  /** The last year accepted. */
  public static final int MAX = 9999;

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson instantiates it from the mix-ins' annotations. */
  public YearNumberDeserializer() {
    super(Year.class);
  }

  @Override
  public Year deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return (Year) ctxt.handleUnexpectedToken(Year.class, p);
    }
    if (p.getNumberType() == JsonParser.NumberType.INT) {
      int year = p.getIntValue();
      if (year >= MIN && year <= MAX) {
        return Year.of(year);
      }
    }
    throw InvalidFormatException.from(p, String.format("expected a year from %s to %s, but was %s", MIN, MAX,
        p.getText()), p.getText(), Year.class);
  }
}
