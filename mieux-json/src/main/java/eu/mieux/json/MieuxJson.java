package eu.mieux.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import eu.mieux.json.deser.TextDeserializer;
import eu.mieux.model.action.Action;
import eu.mieux.model.internal.Quote;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.request.Request;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The reference JSON binding of MIEUX documents: a strict, preconfigured Jackson mapper and
 * read/write shortcuts that turn every failure into a {@link MieuxJsonException}.
 *
 * <pre>{@code
 * Action action = MieuxJson.read(json, Action.class);     // MieuxJsonException if not acceptable
 * String text = MieuxJson.write(action);                   // always reads back equal
 * Document doc = MieuxJson.readDocument(bytes);            // a request, action or case study, by shape
 * }</pre>
 *
 * <p>Reading is strict: unknown properties, duplicate keys, trailing tokens, {@code null} values,
 * numbers for enums and any scalar coercion ({@code "3"} for an integer, {@code 1} for a string)
 * fail, and so does a broken model invariant. No default typing is ever enabled. Writing leaves out
 * absent {@code Optional}s and never writes {@code null}, but always writes lists, empty ones as
 * {@code []}.
 *
 * <p>Input limits ({@link StreamReadConstraints}): documents of at most
 * {@value #MAX_DOCUMENT_LENGTH} bytes (chars for text input), nesting depth
 * {@value #MAX_NESTING_DEPTH}, strings of at most {@value #MAX_STRING_LENGTH} chars, numbers of at
 * most {@value #MAX_NUMBER_LENGTH} digits, property names of at most {@value #MAX_NAME_LENGTH} chars
 * and {@value #MAX_TOKEN_COUNT} tokens.
 *
 * <p>Needs Jackson 2.18 or later: with an older jackson-core or jackson-databind on the path, every
 * method throws an {@link IllegalStateException} naming the versions found and required.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MieuxJson {

  /** The longest document accepted, in bytes (or chars, for text input): 4 MiB. */
  public static final int MAX_DOCUMENT_LENGTH = 4 * 1024 * 1024;
  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value accepted, in chars: 1 MiB. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;
  /** The longest number accepted, in chars. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest property name accepted, in chars. */
  public static final int MAX_NAME_LENGTH = 1000;
  /** The most tokens one document may hold. */
  public static final long MAX_TOKEN_COUNT = 1_000_000L;

  private MieuxJson() {}

  /**
   * Obtains a new strict mapper with {@link MieuxModule} registered.
   *
   * <p>Each call returns a new mapper, so that changing its configuration cannot affect other
   * callers; prefer {@link #reader(Class)} and {@link #writer(Class)}, which share one.
   *
   * @return a new, ready mapper
   */
  public static JsonMapper mapper() {
    JacksonVersion.require();
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxTokenCount(MAX_TOKEN_COUNT)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(Quote.MAX_SHOWN)
            .maxRawContentLength(Quote.MAX_SHOWN)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new MieuxModule())
        .addModule(new SimpleModule("mieux-strict-text")
            .addDeserializer(String.class, TextDeserializer.INSTANCE))
        .deactivateDefaultTyping()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(MapperFeature.USE_STATIC_TYPING)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
        .withCoercionConfigDefaults(config -> {
          for (CoercionInputShape shape : CoercionInputShape.values()) {
            config.setCoercion(shape, CoercionAction.Fail);
          }
          config.setAcceptBlankAsEmpty(false);
        })
        .build();
  }

  /**
   * Obtains the shared reader for a model type, such as {@code Action.class}.
   *
   * <p>Failures surface as Jackson exceptions; {@link #read(String, Class)} translates them.
   *
   * @param type  the model type to read, not null
   * @return the reader, cached per type
   */
  public static ObjectReader reader(Class<?> type) {
    JacksonVersion.require();
    return Shared.READERS.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Obtains the shared writer for a model type, such as {@code Action.class}.
   *
   * @param type  the model type to write, not null
   * @return the writer, cached per type
   */
  public static ObjectWriter writer(Class<?> type) {
    JacksonVersion.require();
    return Shared.WRITERS.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Reads a document of a known type from JSON text.
   *
   * @param <T>  the model type
   * @param json  the JSON text, not null
   * @param type  the model type, such as {@code Request.class}, not null
   * @return the value, with every invariant checked
   * @throws MieuxJsonException if the text is not an acceptable document of that type
   */
  public static <T> T read(String json, Class<T> type) {
    JacksonVersion.require();
    Objects.requireNonNull(json, "json");
    checkLength(json.length());
    return bind(parser(json), type);
  }

  /**
   * Reads a document of a known type from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param <T>  the model type
   * @param json  the JSON bytes, not null
   * @param type  the model type, such as {@code Action.class}, not null
   * @return the value, with every invariant checked
   * @throws MieuxJsonException if the bytes are not an acceptable document of that type
   */
  public static <T> T read(byte[] json, Class<T> type) {
    JacksonVersion.require();
    Objects.requireNonNull(json, "json");
    checkLength(json.length);
    return bind(parser(json), type);
  }

  /**
   * Reads a document of a known type from a character stream, which is not closed.
   *
   * @param <T>  the model type
   * @param json  the JSON text, not null
   * @param type  the model type, not null
   * @return the value, with every invariant checked
   * @throws MieuxJsonException if the text is not an acceptable document of that type, or cannot be
   *     read
   */
  public static <T> T read(Reader json, Class<T> type) {
    JacksonVersion.require();
    Objects.requireNonNull(json, "json");
    JsonParser parser = parser(json);
    parser.disable(StreamReadFeature.AUTO_CLOSE_SOURCE.mappedFeature());
    return bind(parser, type);
  }

  /**
   * Reads a request, an action or a case-study document, deciding which by its shape.
   *
   * <p>Choice: no discriminator property is added to the wire format, so that a document written
   * by {@link #write(Object)} is read back as it is. A root object with a
   * {@code requestingBodies} property (or, in older documents, {@code requestingBody}) is a request; one with a {@code requestingAuthority} property
   * is an action; one with a {@code credited} property is a case study (only the root's own
   * property names count, and no two of these documents share them); any other document fails at
   * {@code ""}. The other documents (decisions, assessments, roster, evaluation and register
   * documents) are read with {@link #read(byte[], Class)}, as their type is known to the caller.
   *
   * @param json  the JSON bytes, not null
   * @return the document
   * @throws MieuxJsonException if the bytes are not an acceptable request, action or case study
   */
  public static Document readDocument(byte[] json) {
    JacksonVersion.require();
    Objects.requireNonNull(json, "json");
    checkLength(json.length);
    Class<?> type = detect(parser(json));
    if (type == Request.class) {
      return new Document.OfRequest(read(json, Request.class));
    }
    return type == Action.class
        ? new Document.OfAction(read(json, Action.class))
        : new Document.OfCaseStudy(read(json, CaseStudy.class));
  }

  /**
   * Reads a request, an action or a case-study document from a character stream, which is not closed, deciding
   * which by its shape as {@link #readDocument(byte[])} does.
   *
   * @param json  the JSON text, at most {@value #MAX_DOCUMENT_LENGTH} chars, not null
   * @return the document
   * @throws MieuxJsonException if the text is not an acceptable request, action or case study, or
   *     cannot be read
   */
  public static Document readDocument(Reader json) {
    Objects.requireNonNull(json, "json");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = json.read(buffer); n >= 0; n = json.read(buffer)) {
        text.append(buffer, 0, n);
        checkLength(text.length());
      }
    } catch (IOException e) {
      throw MieuxJsonException.from(e);
    }
    String document = text.toString();
    Class<?> type = detect(parser(document));
    if (type == Request.class) {
      return new Document.OfRequest(read(document, Request.class));
    }
    return type == Action.class
        ? new Document.OfAction(read(document, Action.class))
        : new Document.OfCaseStudy(read(document, CaseStudy.class));
  }

  /**
   * Reads a recorded answer: an answer of the rules and the {@link eu.mieux.model.decision.Provenance}
   * stored with it, as {@link #write(Object)} writes a {@link Recorded}.
   *
   * @param <T>  the answer's type
   * @param json  the JSON bytes, not null
   * @param answerType  {@code Decision.class}, {@code CountryDecision.class}, {@code RequestDecision.class}
   *     or {@code Assessment.class}, not null
   * @return the recorded answer, with every invariant checked
   * @throws MieuxJsonException if the bytes are not an acceptable recorded document with such an answer
   *     (a plain answer fails at {@code ""}: it has no {@code provenance})
   * @throws IllegalArgumentException if {@code answerType} is not an answer type
   * @since 0.2.0
   */
  public static <T> Recorded<T> readRecorded(byte[] json, Class<T> answerType) {
    JacksonVersion.require();
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(answerType, "answerType");
    if (!Recorded.ANSWER_TYPES.contains(answerType)) {
      throw new IllegalArgumentException("answerType must be one of " + Recorded.ANSWER_TYPES
          + ", but was " + answerType.getName());
    }
    checkLength(json.length);
    requireRecorded(parser(json));
    JsonParser parser = parser(json);
    try (parser) {
      return Shared.MAPPER.readerFor(recordedType(answerType)).readValue(parser);
    } catch (IOException | RuntimeException e) {
      throw MieuxJsonException.from(e, parser);
    }
  }

  /**
   * Writes a model value, such as a {@code Request}, an {@code Action} or a {@code Decision}, as
   * compact JSON text.
   *
   * @param value  the value, not null
   * @return the JSON text
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    StringWriter out = new StringWriter();
    try {
      writerFor(value).writeValue(out, value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value must be a MIEUX model value, but was " + value.getClass(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a model value as compact UTF-8 JSON bytes.
   *
   * @param value  the value, not null
   * @return the JSON bytes
   */
  public static byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return writerFor(value).writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value must be a MIEUX model value, but was " + value.getClass(), e);
    }
  }

  /**
   * Writes a model value as indented JSON text: the form of the example documents (the rule-check
   * kit's {@code JsonFixtures}).
   *
   * <p>Two-space indentation, {@code "name" : value}, short arrays on one line, {@code \n} line
   * feeds on every platform and a final line feed, so that the text can be stored as a file and
   * compared byte for byte. It reads back as {@link #write(Object)} does.
   *
   * @param value  the value, not null
   * @return the indented JSON text, ending with a line feed
   * @since 0.1.0
   */
  public static String writePretty(Object value) {
    Objects.requireNonNull(value, "value");
    StringWriter out = new StringWriter();
    try {
      writerFor(value).with(Shared.PRETTY).writeValue(out, value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value must be a MIEUX model value, but was " + value.getClass(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /** Reads the root's property names only, and closes the parser. */
  private static Class<?> detect(JsonParser parser) {
    try (parser) {
      return detectOpen(parser);
    } catch (IOException | RuntimeException e) {
      throw MieuxJsonException.from(e, parser);
    }
  }

  private static Class<?> detectOpen(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new MieuxJsonException("", "expected an object: a request, an action or a case-study document", null);
    }
    boolean request = false;
    boolean action = false;
    boolean caseStudy = false;
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String name = parser.currentName();
      request |= "requestingBodies".equals(name) || "requestingBody".equals(name);
      action |= "requestingAuthority".equals(name);
      caseStudy |= "credited".equals(name);
      parser.nextToken();
      parser.skipChildren();
    }
    int found = (request ? 1 : 0) + (action ? 1 : 0) + (caseStudy ? 1 : 0);
    if (found != 1) {
      throw new MieuxJsonException("", "expected a request document (with 'requestingBodies'), an "
          + "action document (with 'requestingAuthority') or a case-study document (with 'credited')"
          + (found > 1 ? ", but found more than one of them" : ""), null);
    }
    return request ? Request.class : action ? Action.class : CaseStudy.class;
  }

  /** Checks that the root has the properties of a recorded document, reading its names only; closes the parser. */
  private static void requireRecorded(JsonParser parser) {
    try (parser) {
      boolean provenance = false;
      boolean answer = false;
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
          provenance |= "provenance".equals(parser.currentName());
          answer |= "answer".equals(parser.currentName());
          parser.nextToken();
          parser.skipChildren();
        }
      }
      if (!provenance || !answer) {
        throw new MieuxJsonException("", "expected a recorded document: an object with 'provenance' and "
            + "'answer' (read a plain answer with MieuxJson.read)", null);
      }
    } catch (IOException | RuntimeException e) {
      throw MieuxJsonException.from(e, parser);
    }
  }

  /** Binds one document from the parser, and closes the parser. */
  private static <T> T bind(JsonParser parser, Class<T> type) {
    try (parser) {
      return reader(type).readValue(parser);
    } catch (IOException | RuntimeException e) {
      throw MieuxJsonException.from(e, parser);
    }
  }

  private static JsonParser parser(String json) {
    try {
      return Shared.MAPPER.createParser(json);
    } catch (IOException e) {
      throw MieuxJsonException.from(e);
    }
  }

  private static JsonParser parser(byte[] json) {
    try {
      return Shared.MAPPER.createParser(json);
    } catch (IOException e) {
      throw MieuxJsonException.from(e);
    }
  }

  private static JsonParser parser(Reader json) {
    try {
      return Shared.MAPPER.createParser(json);
    } catch (IOException e) {
      throw MieuxJsonException.from(e);
    }
  }

  private static void checkLength(long length) {
    if (length > MAX_DOCUMENT_LENGTH) {
      throw new MieuxJsonException("", String.format(
          "document must be at most %s bytes long, but was longer", MAX_DOCUMENT_LENGTH), null);
    }
  }

  /** The shared writer for a value: its model type's, or a recorded answer's with its answer's type. */
  private static ObjectWriter writerFor(Object value) {
    if (value instanceof Recorded<?> recorded) {
      return Shared.MAPPER.writerFor(recordedType(modelType(recorded.answer().getClass())));
    }
    return writer(modelType(value.getClass()));
  }

  private static JavaType recordedType(Class<?> answerType) {
    return Shared.MAPPER.getTypeFactory().constructParametricType(Recorded.class, answerType);
  }

  /** The abstract model type of a value: its {@code Immutable*} implementation's superclass. */
  private static Class<?> modelType(Class<?> type) {
    Class<?> candidate = type;
    while (candidate.getSimpleName().startsWith("Immutable") && candidate.getSuperclass() != null
        && candidate.getName().startsWith("eu.mieux.model.")) {
      candidate = candidate.getSuperclass();
    }
    return candidate;
  }

  /** The mapper, readers and writers shared by the static methods; created once, never changed. */
  private static final class Shared {
    static final JsonMapper MAPPER = mapper();
    static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
      @Override
      protected ObjectReader computeValue(Class<?> type) {
        return MAPPER.readerFor(type);
      }
    };
    static final ClassValue<ObjectWriter> WRITERS = new ClassValue<>() {
      @Override
      protected ObjectWriter computeValue(Class<?> type) {
        return MAPPER.writerFor(type);
      }
    };
  }
}
