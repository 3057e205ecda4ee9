package eu.mieux.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Provenance;
import eu.mieux.model.decision.RequestDecision;
import java.util.List;
import java.util.Objects;

/**
 * An answer of the rules as a system stores it: the answer and its {@link Provenance} (library
 * version, coverage data, the settings that differ from the defaults).
 *
 * <p>On the wire it is the {@code recorded} document of {@link JsonSchemas#DECISION}:
 * <pre>{@code
 * {"provenance":{"libraryVersion":"0.2.0","coverageData":"coverage.csv 2026-11","settings":{}},
 *  "answer":{"country":"UA","holdsFrom":"2014-06-27", ... }}
 * }</pre>
 * The answer keeps its own form unchanged inside {@code answer}, so a system that stores plain answers
 * reads them as before, and one that stores recorded answers never confuses the two:
 * {@link MieuxJson#read(byte[], Class)} refuses a recorded document, and
 * {@link MieuxJson#readRecorded(byte[], Class)} a plain one, each at the JSON Pointer of the
 * difference.
 *
 * <pre>{@code
 * MieuxRules rules = MieuxRules.standard();
 * CountryDecision ua = rules.countryEligibility().check(Country.UA, LocalDate.of(2016, 5, 1));
 * String json = MieuxJson.write(Recorded.of(ua, rules.provenance()));
 * Recorded<CountryDecision> back = MieuxJson.readRecorded(json.getBytes(UTF_8), CountryDecision.class);
 * }</pre>
 *
 * @param <T>  the answer's type: {@link Decision}, {@link CountryDecision}, {@link RequestDecision}
 *     or {@link Assessment}
 * @param answer  the answer, not null
 * @param provenance  what produced it, not null
 * @since 0.2.0
 */
@JsonPropertyOrder({"provenance", "answer"})
public record Recorded<T>(@JsonProperty("answer") T answer, @JsonProperty("provenance") Provenance provenance) {

  /** The answer types a recorded document may hold: those of {@link JsonSchemas#DECISION}. */
  static final List<Class<?>> ANSWER_TYPES = JsonSchemas.DECISION.types();

  /**
   * Creates a recorded answer.
   *
   * @param answer  the answer, one of the types of {@link JsonSchemas#DECISION}, not null
   * @param provenance  what produced it, not null
   * @throws IllegalArgumentException if the answer is of another type
   */
  @JsonCreator
  public Recorded {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(provenance, "provenance");
    if (ANSWER_TYPES.stream().noneMatch(type -> type.isInstance(answer))) {
      throw new IllegalArgumentException("answer must be a Decision, CountryDecision, RequestDecision or "
          + "Assessment, but was a " + answer.getClass().getSimpleName());
    }
  }

  /**
   * Obtains a recorded answer.
   *
   * @param <T>  the answer's type
   * @param answer  the answer, one of the types of {@link JsonSchemas#DECISION}, not null
   * @param provenance  what produced it, such as {@code MieuxRules.provenance()}, not null
   * @return the recorded answer
   * @throws IllegalArgumentException if the answer is of another type
   */
  public static <T> Recorded<T> of(T answer, Provenance provenance) {
    return new Recorded<>(answer, provenance);
  }
}
