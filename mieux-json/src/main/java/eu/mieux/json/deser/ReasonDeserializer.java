package eu.mieux.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.util.AccessPattern;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RuleId;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads a {@link Reason} through its builder, checking the derived {@code quality}.
 *
 * <p>{@code Reason.quality()} is derived from the legal bases, so the builder has no initializer
 * for it and a mix-in cannot bind it. Choice: the writer always writes it, and the reader accepts
 * it only when it equals the quality derived from {@code legalBases}; it may be omitted. A
 * different value fails at {@code .../quality}, so nothing a document says is silently dropped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReasonDeserializer extends StdDeserializer<Reason> {

  private static final long serialVersionUID = 1L;

  private static final List<Object> PROPERTIES =
      List.of("ruleId", "outcome", "message", "country", "legalBases", "quality");

  /** The one instance. */
  public static final ReasonDeserializer INSTANCE = new ReasonDeserializer();

  private ReasonDeserializer() {
    super(Reason.class);
  }

  @Override
  public Reason deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    }
    if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return (Reason) ctxt.handleUnexpectedToken(Reason.class, p);
    }
    Reason.Builder builder = Reason.builder();
    DataQuality quality = null;
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      try {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          throw InvalidNullException.from(ctxt, null, ctxt.constructType(Reason.class));
        }
        switch (name) {
          case "ruleId" -> builder.ruleId(ctxt.readValue(p, RuleId.class));
          case "outcome" -> builder.outcome(ctxt.readValue(p, Outcome.class));
          case "message" -> builder.message(readString(p, ctxt));
          case "country" -> builder.country(ctxt.readValue(p, Country.class));
          case "legalBases" -> readLegalBases(p, ctxt, builder);
          case "quality" -> quality = ctxt.readValue(p, DataQuality.class);
          default -> ctxt.handleUnknownProperty(p, this, Reason.class, name);
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, Reason.class, name);
      }
    }
    Reason reason;
    try {
      reason = builder.build();
    } catch (IllegalStateException e) {
      return (Reason) ctxt.handleInstantiationProblem(Reason.class, null, e);
    }
    if (quality != null && quality != reason.quality()) {
      JsonMappingException e = InvalidFormatException.from(p, String.format(
          "quality must be the worst quality of legalBases, '%s', but was '%s'",
          reason.quality().code(), quality.code()), quality.code(), DataQuality.class);
      throw JsonMappingException.wrapWithPath(e, Reason.class, "quality");
    }
    return reason;
  }

  private static String readString(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
    String text = p.getText();
    TextDeserializer.checkWellFormed(p, text);
    return text;
  }

  private static void readLegalBases(JsonParser p, DeserializationContext ctxt, Reason.Builder builder)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      ctxt.handleUnexpectedToken(ctxt.constructType(List.class), p);
      return;
    }
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      try {
        if (t == JsonToken.VALUE_NULL) {
          throw InvalidNullException.from(ctxt, null, ctxt.constructType(LegalBasis.class));
        }
        builder.addLegalBasis(ctxt.readValue(p, LegalBasis.class));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, List.class, index);
      }
    }
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return PROPERTIES;
  }

  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.CONSTANT;
  }
}
