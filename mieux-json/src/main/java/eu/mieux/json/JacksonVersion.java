package eu.mieux.json;

import com.fasterxml.jackson.core.Version;
import java.util.Optional;

/**
 * The oldest Jackson this module runs on, checked once: an application whose dependency management
 * brings an older Jackson (Spring Boot 3.3 manages 2.17) gets, at every use of {@link MieuxJson}, an
 * {@link IllegalStateException} naming the versions found and the version required, rather than a
 * {@code NoSuchMethodError} deep inside the mapper's set-up.
 *
 * <p>Why 2.18: the input limits use {@code StreamReadConstraints.Builder.maxTokenCount}, new in 2.18.
 */
final class JacksonVersion {

  /** The oldest supported release of jackson-core and jackson-databind. */
  static final String REQUIRED = "2.18.0";
  private static final int REQUIRED_MAJOR = 2;
  private static final int REQUIRED_MINOR = 18;

  private static final Optional<String> PROBLEM = problem(
      com.fasterxml.jackson.core.json.PackageVersion.VERSION,
      com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);

  private JacksonVersion() {}

  /**
   * Throws if the Jackson on the class or module path is older than {@link #REQUIRED}.
   *
   * @throws IllegalStateException naming the versions found and the version required
   */
  static void require() {
    if (PROBLEM.isPresent()) {
      throw new IllegalStateException(PROBLEM.get());
    }
  }

  /**
   * Describes what is wrong with the Jackson versions found, if anything.
   *
   * @param core  the version of jackson-core
   * @param databind  the version of jackson-databind
   * @return the message, or empty when both are supported
   */
  static Optional<String> problem(Version core, Version databind) {
    if (supported(core) && supported(databind)) {
      return Optional.empty();
    }
    return Optional.of("Jackson (jackson-core and jackson-databind) must be " + REQUIRED
        + " or later for mieux-json " + PackageVersion.VERSION + ", but was jackson-core " + core
        + " and jackson-databind " + databind
        + ": upgrade Jackson, for example by importing com.fasterxml.jackson:jackson-bom:" + REQUIRED
        + " or later in dependencyManagement");
  }

  private static boolean supported(Version version) {
    return version.getMajorVersion() > REQUIRED_MAJOR
        || version.getMajorVersion() == REQUIRED_MAJOR && version.getMinorVersion() >= REQUIRED_MINOR;
  }
}
