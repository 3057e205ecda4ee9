package eu.mieux.json;

import eu.mieux.model.action.Action;
import eu.mieux.model.request.Request;
import java.util.Objects;

/**
 * A document read by {@link MieuxJson#readDocument(byte[])} whose type was not known in advance:
 * either a {@link OfRequest request} or an {@link OfAction action}.
 *
 * <pre>{@code
 * switch (MieuxJson.readDocument(bytes)) {
 *   case Document.OfRequest r -> check(r.request());   // Java 21 pattern switch; on 17 use instanceof
 *   case Document.OfAction a -> check(a.action());
 * }
 * }</pre>
 */
public sealed interface Document permits Document.OfRequest, Document.OfAction {

  /**
   * Gets the value read.
   *
   * @return the {@link Request} or {@link Action}
   */
  Object value();

  /**
   * Gets the schema the document conforms to.
   *
   * @return {@link JsonSchemas#REQUEST} or {@link JsonSchemas#ACTION}
   */
  JsonSchemas schema();

  /**
   * A request document.
   *
   * @param request  the request read, not null
   */
  record OfRequest(Request request) implements Document {
    /**
     * Creates a request document.
     *
     * @param request  the request read, not null
     */
    public OfRequest {
      Objects.requireNonNull(request, "request");
    }

    @Override
    public Object value() {
      return request;
    }

    @Override
    public JsonSchemas schema() {
      return JsonSchemas.REQUEST;
    }
  }

  /**
   * An action document.
   *
   * @param action  the action read, not null
   */
  record OfAction(Action action) implements Document {
    /**
     * Creates an action document.
     *
     * @param action  the action read, not null
     */
    public OfAction {
      Objects.requireNonNull(action, "action");
    }

    @Override
    public Object value() {
      return action;
    }

    @Override
    public JsonSchemas schema() {
      return JsonSchemas.ACTION;
    }
  }
}
