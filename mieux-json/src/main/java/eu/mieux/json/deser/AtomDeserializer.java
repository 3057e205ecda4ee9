package eu.mieux.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.ActionCode;
import eu.mieux.model.decision.RuleId;
import java.io.IOException;
import java.util.function.Function;
import java.util.regex.Pattern;
import eu.mieux.model.internal.Quote;

/**
 * Reads an atom from its text form with the atom's {@code parse} method: {@link ActionCode}
 * ({@code "2016-16"}), {@link RuleId} ({@code "R-EL3"}) and {@link ValidityPeriod}
 * ({@code "2014-01-01/2020-12-31"}).
 *
 * <p>The text must be a JSON string that matches the atom's published pattern; a parse failure is
 * reported with the atom's own message.
 *
 * @param <T>  the atom type
 */
public final class AtomDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Reads an {@link ActionCode}, {@code YYYY-NN}. */
  public static final AtomDeserializer<ActionCode> ACTION_CODE = new AtomDeserializer<>(
      ActionCode.class, "\\d{4}-\\d{2}", "an Action code 'YYYY-NN', such as '2016-16'", ActionCode::parse);
  /** Reads a {@link RuleId}, such as {@code R-EL3}. */
  public static final AtomDeserializer<RuleId> RULE_ID = new AtomDeserializer<>(
      RuleId.class, "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*[a-z]?", "a rule id such as 'R-EL3', 'A1' or 'M-PW1'",
      RuleId::parse);
  /** Reads a {@link ValidityPeriod}, {@code YYYY-MM-DD/YYYY-MM-DD}, inclusive at both ends. */
  public static final AtomDeserializer<ValidityPeriod> VALIDITY_PERIOD = new AtomDeserializer<>(
      ValidityPeriod.class, "\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}",
      "a period 'YYYY-MM-DD/YYYY-MM-DD', inclusive at both ends", ValidityPeriod::parse);

  private final transient Pattern pattern;
  /** What a valid value looks like, for messages. */
  private final String expected;
  private final transient Function<String, T> parse;

  private AtomDeserializer(Class<T> type, String pattern, String expected, Function<String, T> parse) {
    super(type);
    this.pattern = Pattern.compile(pattern);
    this.expected = expected;
    this.parse = parse;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (T) ctxt.handleUnexpectedToken(handledType(), p);
    }
    String text = p.getText();
    if (!pattern.matcher(text).matches()) {
      throw InvalidFormatException.from(p,
          String.format("expected %s, but was %s", expected, Quote.of(text)), text, handledType());
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw InvalidFormatException.from(p, e.getMessage(), text, handledType());
    }
  }
}
