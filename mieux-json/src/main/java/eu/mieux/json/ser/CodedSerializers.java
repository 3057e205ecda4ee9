package eu.mieux.json.ser;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import eu.mieux.model.Coded;

/**
 * Finds the serializer of every enum that implements {@link Coded}: a {@link CodedSerializer} of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodedSerializers extends Serializers.Base {

  /** The one instance. */
  public static final CodedSerializers INSTANCE = new CodedSerializers();

  private CodedSerializers() {}

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
    Class<?> raw = type.getRawClass();
    return raw.isEnum() && Coded.class.isAssignableFrom(raw)
        ? new CodedSerializer((Class<? extends Enum<?>>) raw) : null;
  }
}
