package eu.mieux.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The module knows its version and is discoverable. */
class VersionTest extends JsonTestBase {

  @Test
  void versionIsKnown() {
    assertFalse(PackageVersion.VERSION.isUnknownVersion());
    assertEquals(PackageVersion.VERSION, new MieuxModule().version());
    assertEquals("eu.mieux", PackageVersion.VERSION.getGroupId());
    assertEquals("mieux-json", PackageVersion.VERSION.getArtifactId());
    // the version the build filtered in, whatever it is (0.1.0 was released; main moves on)
    assertTrue(PackageVersion.VERSION.getMajorVersion() > 0 || PackageVersion.VERSION.getMinorVersion() >= 1,
        "version must be 0.1.0 or later, but was " + PackageVersion.VERSION);
  }

  @Test
  void moduleIsAServiceAndRegisteredOnce() {
    assertTrue(StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false)
        .anyMatch(m -> m instanceof MieuxModule));
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertTrue(found.getRegisteredModuleIds().contains(new MieuxModule().getTypeId()));
    assertTrue(mapper().getRegisteredModuleIds().contains(new MieuxModule().getTypeId()));
  }

  @Test
  void plainMapperWithTheModuleReadsTheDocuments() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new MieuxModule());
    assertEquals(Fixtures.detailedAction(),
        plain.readValue(MieuxJson.write(Fixtures.detailedAction()), eu.mieux.model.action.Action.class));
  }
}
