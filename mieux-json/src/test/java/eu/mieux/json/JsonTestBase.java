package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON test kit: the strict mapper, {@code a2q} for readable literals, rejection asserts. */
abstract class JsonTestBase {

  private static final JsonMapper MAPPER = MieuxJson.mapper();

  static JsonMapper mapper() {
    return MAPPER;
  }

  /** Turns apostrophes into double quotes, so that JSON literals read well in Java. */
  static String a2q(String json) {
    return json.replace('\'', '"');
  }

  /** Asserts that reading fails with one MieuxJsonException at the pointer, naming every substring. */
  static MieuxJsonException assertRejected(String json, Class<?> type, String pointer, String... substrings) {
    MieuxJsonException e = assertThrows(MieuxJsonException.class, () -> MieuxJson.read(json, type));
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.getMessage().startsWith("at "), e.getMessage());
    for (String s : substrings) {
      assertTrue(e.getMessage().contains(s), () -> "'" + s + "' not in: " + e.getMessage());
    }
    return e;
  }
}
