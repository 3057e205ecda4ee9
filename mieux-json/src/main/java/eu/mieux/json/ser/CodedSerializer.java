package eu.mieux.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import eu.mieux.model.Coded;
import java.io.IOException;

/**
 * Writes a {@link Coded} enum constant as its lower-case {@link Coded#code()} string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodedSerializer extends StdSerializer<Coded> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final CodedSerializer INSTANCE = new CodedSerializer();

  private CodedSerializer() {
    super(Coded.class);
  }

  @Override
  public void serialize(Coded value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.code());
  }
}
