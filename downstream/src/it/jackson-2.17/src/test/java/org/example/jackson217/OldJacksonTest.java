package org.example.jackson217;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import eu.mieux.json.MieuxJson;
import eu.mieux.model.request.Request;
import org.junit.jupiter.api.Test;

class OldJacksonTest {

  @Test
  void everyUseNamesTheJacksonFoundAndTheJacksonRequired() {
    assertEquals("2.17.2", PackageVersion.VERSION.toString(), "the class path holds Jackson 2.17");
    for (int call = 1; call <= 2; call++) {
      IllegalStateException refused = assertThrows(IllegalStateException.class,
          () -> MieuxJson.read("{}", Request.class));
      String message = refused.getMessage();
      assertTrue(message.contains("must be 2.18.0 or later"), message);
      assertTrue(message.contains("but was jackson-core 2.17.2 and jackson-databind 2.17.2"), message);
    }
    assertThrows(IllegalStateException.class, MieuxJson::mapper);
  }
}
