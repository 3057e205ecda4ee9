package eu.mieux.json.deser;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import eu.mieux.model.Coded;

/**
 * Finds the deserializer of every enum that implements {@link Coded}: a {@link CodedDeserializer}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodedDeserializers extends Deserializers.Base {

  /** The one instance. */
  public static final CodedDeserializers INSTANCE = new CodedDeserializers();

  private CodedDeserializers() {}

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
      BeanDescription beanDesc) {
    return Coded.class.isAssignableFrom(type) ? new CodedDeserializer(type) : null;
  }
}
