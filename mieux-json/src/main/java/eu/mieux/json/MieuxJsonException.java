package eu.mieux.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import eu.mieux.model.Coded;
import eu.mieux.model.country.Country;
import eu.mieux.model.internal.Quote;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one exception that reading a MIEUX JSON document throws when the document is not acceptable:
 * malformed or truncated JSON, an unknown or missing property, a wrong type, an unknown code, a bad
 * date or country, a broken model invariant, or a document over the size limits.
 *
 * <p>{@link #pointer()} is the RFC 6901 JSON Pointer of the offending value, such as
 * {@code /activities/3/type}, or {@code ""} for the whole document; the message starts with it and
 * says what was expected, for example
 * {@code at /activities/3/type: ActivityType code must be one of [...], but was 'visit'}. For a
 * missing property the pointer names the property that should be there; for a broken invariant it
 * names the object whose build failed, or the list element the invariant names
 * ({@code activities[3]} becomes {@code /activities/3}). The Jackson exception is kept as the cause.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MieuxJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private static final Pattern MISSING =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?");
  private static final Pattern TOKEN = Pattern.compile("JsonToken\\.([A-Z_]+)");
  private static final Pattern COERCED = Pattern.compile("(?:from|coerce) ([\\w-]+) value");
  private static final Map<String, String> SHAPES = Map.of("Integer", "an integer", "Boolean", "a boolean",
      "String", "a string", "Floating-point", "a floating-point number", "empty", "an empty string", "Array", "an array",
      "Object", "an object");
  private static final Pattern LEADING = Pattern.compile("^(\\w+) must ");
  /** The longest problem a message states, after the pointer, in chars. */
  private static final int MAX_PROBLEM_LENGTH = 2000;

  /** The JSON Pointer of the offending value. */
  private final String pointer;

  /** Whether the document broke a model invariant rather than being malformed. */
  private final boolean invariantViolation;

  /**
   * Creates an exception.
   *
   * @param pointer  the JSON Pointer of the offending value, {@code ""} for the root, not null
   * @param problem  what is wrong and what was expected, not null
   * @param cause  the underlying exception, or null
   */
  public MieuxJsonException(String pointer, String problem, Throwable cause) {
    this(pointer, problem, cause, false);
  }

  private MieuxJsonException(String pointer, String problem, Throwable cause, boolean invariantViolation) {
    super("at " + (pointer.isEmpty() ? "\"\" (the document root)" : shown(pointer)) + ": "
        + bounded(Quote.escapeControls(Objects.requireNonNull(problem, "problem"))), cause);
    this.pointer = pointer;
    this.invariantViolation = invariantViolation;
  }

  /**
   * Checks if the document is well-formed JSON of the right shape but breaks a model invariant, such
   * as an Activity outside its Action's period, rather than being malformed.
   *
   * @return true for a broken invariant, false for malformed JSON, a wrong type or code, a missing or
   *     unknown property, or a limit exceeded
   */
  public boolean isModelInvariantViolation() {
    return invariantViolation;
  }

  /**
   * Gets the JSON Pointer (RFC 6901) of the offending value.
   *
   * @return the pointer, starting with {@code /}, or {@code ""} for the document root
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Translates any failure of a read into one exception with a pointer; a limit breach is located
   * with the parser that met it, at the offending value.
   */
  static MieuxJsonException from(Throwable failure, JsonParser parser) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException limit) {
        return new MieuxJsonException(limitPointer(limit, parser),
            "document exceeds a limit: " + limit.getOriginalMessage(), failure);
      }
      if (t == t.getCause()) {
        break;
      }
    }
    return from(failure);
  }

  /**
   * The pointer of the value that broke a limit: the value the parser stood at; for a property name
   * too long, the object that holds it; for the document length, the root.
   */
  private static String limitPointer(StreamConstraintsException limit, JsonParser parser) {
    String message = String.valueOf(limit.getOriginalMessage());
    JsonStreamContext context = parser.getParsingContext();
    if (context == null || message.startsWith("Document length")) {
      return "";
    }
    if (message.startsWith("Name length")) {
      JsonStreamContext parent = context.getParent();
      return parent == null ? "" : parent.pathAsPointer().toString();
    }
    return context.pathAsPointer().toString();
  }

  /** Translates any failure of a read into one exception with a pointer. */
  static MieuxJsonException from(Throwable failure) {
    if (failure instanceof MieuxJsonException e) {
      return e;
    }
    if (failure instanceof JsonMappingException e) {
      return fromMapping(e);
    }
    if (failure instanceof StreamConstraintsException e) {
      return new MieuxJsonException("", "document exceeds a limit: " + e.getOriginalMessage(), e);
    }
    if (failure instanceof StreamReadException e) {
      String pointer = parserPointer(e.getProcessor());
      String what = e instanceof JsonEOFException
          ? "expected more JSON, but the input ends (truncated document): " : "malformed JSON: ";
      return new MieuxJsonException(pointer, what + e.getOriginalMessage(), e);
    }
    if (failure instanceof JacksonException e) {
      return new MieuxJsonException("", "unreadable JSON: " + e.getOriginalMessage(), e);
    }
    return new MieuxJsonException("", "unreadable document: " + failure, failure);
  }

  private static MieuxJsonException fromMapping(JsonMappingException e) {
    String pointer = pointer(e.getPath());
    if (e instanceof UnrecognizedPropertyException u) {
      return new MieuxJsonException(pointer, String.format("unknown property %s; expected one of %s",
          Quote.of(u.getPropertyName()), names(u.getKnownPropertyIds())), e);
    }
    if (e instanceof InvalidNullException) {
      return new MieuxJsonException(pointer,
          "null is not allowed; expected a value (omit an optional property instead of writing null)", e);
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null
        && String.valueOf(f.getOriginalMessage()).startsWith("Cannot coerce")) {
      Matcher shape = COERCED.matcher(f.getOriginalMessage());
      String was = shape.find() ? SHAPES.getOrDefault(shape.group(1), shape.group(1)) : "another type";
      return new MieuxJsonException(pointer,
          String.format("expected %s, but was %s (no coercion)", expected(f.getTargetType()), was), e);
    }
    if (e instanceof InvalidFormatException) {
      return new MieuxJsonException(pointer, e.getOriginalMessage(), e);
    }
    if (e instanceof ValueInstantiationException v) {
      return fromBuild(pointer, v);
    }
    if (e instanceof MismatchedInputException m) {
      return fromMismatch(pointer, m);
    }
    if (e.getCause() instanceof StreamConstraintsException limit) {
      return new MieuxJsonException(pointer, "document exceeds a limit: " + limit.getOriginalMessage(), e);
    }
    if (e.getCause() instanceof StreamReadException read) {
      return new MieuxJsonException(pointer, (read instanceof JsonEOFException
          ? "expected more JSON, but the input ends (truncated document): " : "malformed JSON: ")
          + read.getOriginalMessage(), e);
    }
    return new MieuxJsonException(pointer, e.getOriginalMessage(), e);
  }

  private static MieuxJsonException fromBuild(String pointer, ValueInstantiationException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String message = String.valueOf(cause.getMessage());
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      List<String> names = Stream.of(missing.group(1).split(",")).map(String::trim).toList();
      String problem = names.size() == 1
          ? String.format("required property '%s' is missing", names.get(0))
          : String.format("required properties %s are missing", names);
      return new MieuxJsonException(pointer + "/" + escape(names.get(0)), problem, e);
    }
    Matcher indexed = INDEXED.matcher(message);
    Matcher leading = LEADING.matcher(message);
    String at = pointer;
    if (indexed.find()) {
      at = pointer + "/" + escape(indexed.group(1)) + "/" + indexed.group(2)
          + (indexed.group(3) == null ? "" : "/" + escape(indexed.group(3)));
    } else if (leading.find()) {
      at = pointer + "/" + escape(leading.group(1));
    }
    return new MieuxJsonException(at, "model invariant broken: " + message, e, true);
  }

  private static MieuxJsonException fromMismatch(String pointer, MismatchedInputException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("No content to map")) {
      return new MieuxJsonException(pointer, "expected a JSON document, but the input is empty", e);
    }
    if (original.startsWith("Trailing token")) {
      return new MieuxJsonException(pointer, "expected the end of input after the document, but "
          + "found more: " + original, e);
    }
    Matcher named = TOKEN.matcher(original);
    JsonToken token = named.find() ? JsonToken.valueOf(named.group(1))
        : e.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
    Class<?> target = e.getTargetType();
    if (target == null) {
      return new MieuxJsonException(pointer, original, e);
    }
    Matcher shape = COERCED.matcher(original);
    String was = token == null && shape.find() ? SHAPES.getOrDefault(shape.group(1), shape.group(1))
        : describe(token);
    return new MieuxJsonException(pointer, String.format("expected %s, but was %s", expected(target), was), e);
  }

  private static String expected(Class<?> target) {
    if (target == String.class) {
      return "a string";
    }
    if (target == int.class || target == Integer.class) {
      return "an integer";
    }
    if (target == LocalDate.class) {
      return "an ISO-8601 date string 'YYYY-MM-DD'";
    }
    if (target == Year.class) {
      return "a year, an integer such as 2014";
    }
    if (target == Country.class) {
      return "an ISO 3166-1 alpha-2 country code string, such as 'PH'";
    }
    if (target.isEnum() && Coded.class.isAssignableFrom(target)) {
      return "a " + target.getSimpleName() + " code string, one of " + Stream.of(target.getEnumConstants())
          .map(c -> ((Coded) c).code()).collect(Collectors.joining(", ", "[", "]"));
    }
    if (Iterable.class.isAssignableFrom(target)) {
      return "an array";
    }
    if (target.getName().startsWith("eu.mieux.model.")) {
      String name = target.getSimpleName();
      if ("Builder".equals(name) && target.getEnclosingClass() != null) {
        name = target.getEnclosingClass().getSimpleName();
      }
      return switch (name) {
        case "ActionCode", "RuleId", "ValidityPeriod" -> "a " + name + " string";
        default -> "an object (" + name + ")";
      };
    }
    return "a value of type " + target.getSimpleName();
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a floating-point number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  private static String names(Collection<Object> known) {
    return known == null ? "[]" : known.stream().map(String::valueOf).sorted()
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String parserPointer(Object processor) {
    if (processor instanceof JsonParser p) {
      JsonStreamContext context = p.getParsingContext();
      if (context != null) {
        return context.pathAsPointer().toString();
      }
    }
    return "";
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        sb.append('/').append(escape(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  /** The pointer as the message shows it: each reference token bounded and escaped. */
  private static String shown(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String quoted = Quote.of(token);
      out.append('/').append(quoted, 1, quoted.length() - 1);
    }
    return out.toString();
  }

  /** The problem as the message shows it: at most 2,000 chars. */
  private static String bounded(String problem) {
    return problem.length() <= MAX_PROBLEM_LENGTH ? problem
        : problem.substring(0, MAX_PROBLEM_LENGTH) + Quote.ELLIPSIS;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
