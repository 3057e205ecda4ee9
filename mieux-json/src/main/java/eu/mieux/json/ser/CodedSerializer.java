package eu.mieux.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import eu.mieux.model.Coded;
import java.io.IOException;

/**
 * Writes a {@link Coded} enum constant as its lower-case {@link Coded#code()} string.
 *
 * <p>One instance per enum type, holding the codes pre-encoded (indexed by ordinal), so writing
 * never recomputes a code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodedSerializer extends StdSerializer<Coded> {

  private static final long serialVersionUID = 1L;

  /** The pre-encoded code of each constant, by ordinal. */
  private final SerializedString[] codes;

  /**
   * Creates the serializer of one enum.
   *
   * @param type  the enum class, implementing {@link Coded}, not null
   */
  public CodedSerializer(Class<? extends Enum<?>> type) {
    super(Coded.class);
    Enum<?>[] constants = type.getEnumConstants();
    this.codes = new SerializedString[constants.length];
    for (Enum<?> constant : constants) {
      codes[constant.ordinal()] = new SerializedString(((Coded) constant).code());
    }
  }

  @Override
  public void serialize(Coded value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(codes[((Enum<?>) value).ordinal()]);
  }
}
