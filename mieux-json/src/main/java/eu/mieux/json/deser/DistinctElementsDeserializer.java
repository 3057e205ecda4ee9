package eu.mieux.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import eu.mieux.model.internal.Quote;

/**
 * Reads a JSON array into the elements of a set-valued attribute, refusing repeated elements.
 *
 * <p>The model's sets ({@code ActionFiche.draftedBy()}, {@code CountryDecision.instruments()}, ...)
 * would silently merge a repeated element; a document that repeats one is refused instead, at the
 * repeated element's index, so that nothing a document says is dropped. Used through the mix-ins.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DistinctElementsDeserializer extends StdDeserializer<List<Object>>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  /** The type of the set elements. */
  private final JavaType elementType;
  private final transient JsonDeserializer<Object> element;

  /** Creates the uncontextualised deserializer; Jackson instantiates it from the mix-ins. */
  public DistinctElementsDeserializer() {
    this(null, null);
  }

  private DistinctElementsDeserializer(JavaType elementType, JsonDeserializer<Object> element) {
    super(List.class);
    this.elementType = elementType;
    this.element = element;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    JavaType type = property == null ? ctxt.getContextualType() : property.getType();
    JavaType elem = type.getContentType() != null ? type.getContentType() : type.containedTypeOrUnknown(0);
    return new DistinctElementsDeserializer(elem, ctxt.findContextualValueDeserializer(elem, property));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return (List<Object>) ctxt.handleUnexpectedToken(List.class, p);
    }
    Set<Object> seen = new LinkedHashSet<>();
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      try {
        if (t == JsonToken.VALUE_NULL) {
          throw InvalidNullException.from(ctxt, null, elementType);
        }
        Object value = element.deserialize(p, ctxt);
        if (!seen.add(value)) {
          throw InvalidFormatException.from(p, String.format(
              "elements must not repeat, but %s is repeated", Quote.of(p.getText())), p.getText(), elementType.getRawClass());
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, List.class, index);
      }
    }
    return new ArrayList<>(seen);
  }
}
