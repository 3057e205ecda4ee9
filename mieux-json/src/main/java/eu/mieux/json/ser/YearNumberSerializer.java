package eu.mieux.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Year;

/**
 * Writes a {@link Year} as a JSON integer, such as {@code 2014}, whatever the mapper's date
 * settings; used through the mix-ins, so a caller's own {@code Year} handling is not changed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearNumberSerializer extends StdScalarSerializer<Year> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson instantiates it from the mix-ins' annotations. */
  public YearNumberSerializer() {
    super(Year.class);
  }

  @Override
  public void serialize(Year value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeNumber(value.getValue());
  }
}
