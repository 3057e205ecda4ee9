package eu.mieux.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of mieux-json, as written by the build into {@code eu/mieux/json/version.properties}.
 *
 * <p>The file is a filtered resource, read once when this class is initialised.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PackageVersion implements Versioned {

  /** The version of this artifact, such as {@code 0.1.0-SNAPSHOT}; never {@link Version#unknownVersion()} in a build. */
  public static final Version VERSION = load();

  /** Creates an instance; prefer the {@link #VERSION} constant. */
  public PackageVersion() {}

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("eu/mieux/json/version.properties must be readable", e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"),
        properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }

  /**
   * Gets the version of mieux-json.
   *
   * @return {@link #VERSION}
   */
  @Override
  public Version version() {
    return VERSION;
  }
}
