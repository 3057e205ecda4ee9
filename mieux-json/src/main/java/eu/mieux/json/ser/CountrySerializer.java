package eu.mieux.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import eu.mieux.model.country.Country;
import java.io.IOException;

/**
 * Writes a {@link Country} as its ISO 3166-1 alpha-2 code, such as {@code "PH"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountrySerializer extends StdSerializer<Country> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final CountrySerializer INSTANCE = new CountrySerializer();

  private CountrySerializer() {
    super(Country.class);
  }

  @Override
  public void serialize(Country value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.alpha2());
  }
}
