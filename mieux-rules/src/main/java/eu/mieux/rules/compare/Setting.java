package eu.mieux.rules.compare;

import eu.mieux.rules.DateInConflict;
import eu.mieux.rules.Policy;
import eu.mieux.rules.RulesConfig;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A setting of {@link RulesConfig} that a what-if comparison may change, named by the key of its
 * {@code KEY=VALUE} form, such as {@code programmeEnd=2024-04-30}.
 *
 * <p>The keys cover the choices of RULES.md §13 and §15 where the sources disagree or are silent.
 * {@link #apply(RulesConfig, List)} reads assignments at the CLI boundary; the rest of the library
 * takes a {@link RulesConfig}.
 */
public enum Setting {
  /** The last day of the programme ({@link DateInConflict#PROGRAMME_END}): an ISO date. */
  PROGRAMME_END("programmeEnd", "ISO date; %s by default, %s in the 15-years article"),
  /** The last day of MIEUX III ({@link DateInConflict#PHASE_III_END}): an ISO date. */
  PHASE_III_END("phaseIIIEnd", "ISO date; %s by default, %s in the programme's article"),
  /** The data-quality policy of the country rule: {@code standard} or {@code strict}. */
  POLICY("policy", "standard (every coverage row, the default) or strict (VERIFIED rows only)"),
  /** R-EL7 before 2012 as an error ({@code true}) or a warning ({@code false}, the default). */
  STRICT_EARLY_MANDATE("strictEarlyMandate", "true (the seeds: error) or false (the record: warning, the default)"),
  /** R-EL3b on ({@code true}, the default) or off ({@code false}). */
  CSO_ONLY_JOINTLY("csoOnlyJointly", "true (a CSO requests only with a government body, the default) or false"),
  /** The first day extended requesters may request (R-EL3): an ISO date. */
  EXTENDED_REQUESTERS_FROM("extendedRequestersFrom", "ISO date; %s by default, 2015-12-01 for MIEUX III"),
  /** The first day every thematic area is accepted (R-EL7): an ISO date. */
  ALL_THEMATIC_AREAS_FROM("allThematicAreasFrom", "ISO date; %s by default, 2011-01-01 for an earlier phase II");

  private final String key;
  private final String values;

  Setting(String key, String values) {
    this.key = key;
    this.values = values;
  }

  /**
   * Gets the key of the {@code KEY=VALUE} form, such as {@code programmeEnd}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Gets what values the setting takes, for help texts.
   *
   * @return a short description of the values and the default
   */
  public String accepts() {
    return switch (this) {
      case PROGRAMME_END -> String.format(values, DateInConflict.PROGRAMME_END.defaultValue(),
          DateInConflict.PROGRAMME_END.otherReading());
      case PHASE_III_END -> String.format(values, DateInConflict.PHASE_III_END.defaultValue(),
          DateInConflict.PHASE_III_END.otherReading());
      case EXTENDED_REQUESTERS_FROM -> String.format(values, RulesConfig.EXTENDED_REQUESTERS_FROM);
      case ALL_THEMATIC_AREAS_FROM -> String.format(values, RulesConfig.ALL_THEMATIC_AREAS_FROM);
      default -> values;
    };
  }

  /**
   * Obtains the setting with a key.
   *
   * @param key  the key, such as {@code policy}, not null
   * @return the setting
   * @throws IllegalArgumentException listing the keys if none matches
   */
  public static Setting fromKey(String key) {
    Objects.requireNonNull(key, "key");
    for (Setting setting : values()) {
      if (setting.key.equals(key)) {
        return setting;
      }
    }
    throw new IllegalArgumentException("setting must be one of " + keys() + ", but was '" + key + "'");
  }

  /**
   * Gets every key, in declaration order.
   *
   * @return the keys
   */
  public static List<String> keys() {
    return Arrays.stream(values()).map(Setting::key).toList();
  }

  /**
   * Returns a copy of the settings with assignments applied in order.
   *
   * @param base  the settings to start from, not null
   * @param assignments  assignments such as {@code programmeEnd=2024-04-30}, not null
   * @return the new settings
   * @throws IllegalArgumentException naming the assignment and its key when the form, the key or the
   *     value is wrong, or when the settings it gives are inconsistent
   */
  public static RulesConfig apply(RulesConfig base, List<String> assignments) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(assignments, "assignments");
    RulesConfig.Builder builder = base.toBuilder();
    for (String assignment : assignments) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("assignment must have the form KEY=VALUE with KEY one of " + keys()
            + ", but was '" + assignment + "'");
      }
      Setting setting = fromKey(assignment.substring(0, eq));
      setting.set(builder, assignment.substring(eq + 1));
    }
    return builder.build();
  }

  private void set(RulesConfig.Builder builder, String value) {
    switch (this) {
      case PROGRAMME_END -> builder.programmeEnd(date(value));
      case PHASE_III_END -> builder.phaseIIIEnd(date(value));
      case POLICY -> builder.policy(policy(value));
      case STRICT_EARLY_MANDATE -> builder.strictEarlyMandate(bool(value));
      case CSO_ONLY_JOINTLY -> builder.csoOnlyJointly(bool(value));
      case EXTENDED_REQUESTERS_FROM -> builder.extendedRequestersFrom(date(value));
      case ALL_THEMATIC_AREAS_FROM -> builder.allThematicAreasFrom(date(value));
    }
  }

  private LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " must be an ISO date such as 2024-04-30, but was '" + value + "'", e);
    }
  }

  private boolean bool(String value) {
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(key + " must be true or false, but was '" + value + "'");
    }
    return Boolean.parseBoolean(value);
  }

  private Policy policy(String value) {
    return switch (value) {
      case "standard" -> Policy.standard();
      case "strict" -> Policy.strict();
      default -> throw new IllegalArgumentException(key + " must be one of [standard, strict], but was '" + value + "'");
    };
  }

  /**
   * Returns the key and its values, such as {@code programmeEnd (ISO date; ...)}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return key + " (" + values + ")";
  }
}
