package eu.mieux.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.mieux.json.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Validates JSON text against a published schema of mieux-json (draft 2020-12). */
final class Schemas {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<JsonSchemas, JsonSchema> LOADED = new EnumMap<>(JsonSchemas.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Schemas() {}

  static synchronized Set<ValidationMessage> validate(JsonSchemas which, String json) {
    JsonSchema schema = LOADED.computeIfAbsent(which, w -> {
      try (InputStream in = w.openStream()) {
        return FACTORY.getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(w + " could not be read", e);
      }
    });
    try {
      return schema.validate(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }
}
