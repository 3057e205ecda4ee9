package eu.mieux.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import eu.mieux.model.country.Country;
import java.io.IOException;
import eu.mieux.model.internal.Quote;

/**
 * Reads a {@link Country} from its ISO 3166-1 alpha-2 code: exactly two upper-case letters that
 * name a known country, such as {@code "PH"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryDeserializer extends StdScalarDeserializer<Country> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final CountryDeserializer INSTANCE = new CountryDeserializer();

  private CountryDeserializer() {
    super(Country.class);
  }

  @Override
  public Country deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (Country) ctxt.handleUnexpectedToken(Country.class, p);
    }
    String text = p.getText();
    if (text.length() == 2 && isUpper(text.charAt(0)) && isUpper(text.charAt(1))) {
      Country found = Country.findAlpha2(text).orElse(null);
      if (found != null) {
        return found;
      }
    }
    throw InvalidFormatException.from(p, String.format(
        "country must be a known ISO 3166-1 alpha-2 code in upper case, such as 'PH', but was %s", Quote.of(text)),
        text, Country.class);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
