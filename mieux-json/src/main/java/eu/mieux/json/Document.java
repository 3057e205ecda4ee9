package eu.mieux.json;

import eu.mieux.model.action.Action;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.request.Request;
import java.util.Objects;

/**
 * A document read by {@link MieuxJson#readDocument(byte[])} whose type was not known in advance:
 * a {@link OfRequest request}, an {@link OfAction action} or a {@link OfCaseStudy case study}.
 *
 * <pre>{@code
 * switch (MieuxJson.readDocument(bytes)) {
 *   case Document.OfRequest r -> check(r.request());   // Java 21 pattern switch; on 17 use instanceof
 *   case Document.OfAction a -> check(a.action());
 *   case Document.OfCaseStudy c -> score(c.caseStudy());
 * }
 * }</pre>
 */
public sealed interface Document permits Document.OfRequest, Document.OfAction, Document.OfCaseStudy {

  /**
   * Gets the value read.
   *
   * @return the {@link Request}, {@link Action} or {@link CaseStudy}
   */
  Object value();

  /**
   * Gets the schema the document conforms to.
   *
   * @return {@link JsonSchemas#REQUEST}, {@link JsonSchemas#ACTION} or {@link JsonSchemas#CASE_STUDY}
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

  /**
   * A case-study document.
   *
   * @param caseStudy  the case study read, not null
   * @since 0.1.0
   */
  record OfCaseStudy(CaseStudy caseStudy) implements Document {
    /**
     * Creates a case-study document.
     *
     * @param caseStudy  the case study read, not null
     */
    public OfCaseStudy {
      Objects.requireNonNull(caseStudy, "caseStudy");
    }

    @Override
    public Object value() {
      return caseStudy;
    }

    @Override
    public JsonSchemas schema() {
      return JsonSchemas.CASE_STUDY;
    }
  }
}
