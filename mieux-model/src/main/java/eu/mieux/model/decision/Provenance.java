package eu.mieux.model.decision;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.internal.Invariants;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What produced a decision or an assessment, for a system that stores one: the library version, the
 * identity of the coverage data and the settings that differ from the defaults.
 *
 * <p>One shared object per rules instance ({@code MieuxRules.provenance()}): a system stores it once
 * beside the answers that instance gave, and asking for it costs nothing.
 *
 * <pre>{@code
 * Provenance p = MieuxRules.standard().provenance();
 * p.libraryVersion();   // 0.1.0
 * p.coverageData();     // coverage.csv 2026-11
 * p.settings();         // {} with the default settings; {policy=...} after withPolicy(...)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Provenance {

  Provenance() {}

  /**
   * Obtains a provenance.
   *
   * @param libraryVersion  the version of mieux-rules, not blank
   * @param coverageData  the identity of the coverage data (its name and version), not blank
   * @param settings  each setting that differs from the defaults, by name, with its value; not null
   * @return the provenance
   */
  public static Provenance of(String libraryVersion, String coverageData, Map<String, String> settings) {
    return builder().libraryVersion(libraryVersion).coverageData(coverageData).putAllSettings(settings).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   * @since 0.2.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the version of the library that decided.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public abstract String libraryVersion();

  /**
   * Gets the identity of the coverage data the rules read.
   *
   * @return the data's name and version
   */
  public abstract String coverageData();

  /**
   * Gets the settings that differ from the defaults, by name.
   *
   * @return the settings and their values, sorted by name; empty with the default settings
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> settings();

  @Value.Check
  void check() {
    Invariants.checkNotBlank("libraryVersion", libraryVersion());
    Invariants.checkNotBlank("coverageData", coverageData());
    settings().forEach((name, value) -> {
      Invariants.checkNotBlank("settings", name);
      Invariants.checkNotBlank("settings/" + name, value);
    });
  }

  /**
   * A builder of {@link Provenance}; {@code build()} checks the invariants.
   *
   * @since 0.2.0
   */
  public static final class Builder extends ImmutableProvenance.Builder {
    /** Creates an empty builder; prefer {@link Provenance#builder()}. */
    public Builder() {}
  }
}
