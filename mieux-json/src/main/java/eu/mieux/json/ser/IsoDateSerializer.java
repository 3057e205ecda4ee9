package eu.mieux.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Writes a {@link LocalDate} as its ISO-8601 text {@code YYYY-MM-DD}, whatever the mapper's date
 * settings; used through the mix-ins, so a caller's own {@code LocalDate} handling is not changed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IsoDateSerializer extends StdScalarSerializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson instantiates it from the mix-ins' annotations. */
  public IsoDateSerializer() {
    super(LocalDate.class);
  }

  @Override
  public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.toString());
  }
}
