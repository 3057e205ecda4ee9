package eu.mieux.json;

import eu.mieux.model.action.Action;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.evaluation.ActionFeedback;
import eu.mieux.model.evaluation.ActivityFeedback;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.Review;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterQuery;
import eu.mieux.model.request.Request;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.roster.Roster;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Optional;

/**
 * The published JSON Schemas (draft 2020-12) of the MIEUX documents, shipped as resources of
 * mieux-json under {@code eu/mieux/json/schema/}.
 *
 * <p>Each schema is self-contained (no remote {@code $ref}) and has a stable, versioned
 * {@code $id}; a change that rejects a document the previous version accepted gets a new version
 * ({@code v2}). A schema that covers several document types is a top-level {@code oneOf} over
 * their {@code $defs}, which their required properties tell apart: {@link #DECISION} over
 * {@code decision}, {@code countryDecision}, {@code requestDecision} and {@code assessment} (the
 * findings of the rules on one document); {@link #ROSTER} over {@code roster} and
 * {@code expertRanking}; {@link #EVALUATION} over {@code evaluation}, {@code activityFeedback},
 * {@code actionFeedback} and {@code review}; {@link #REGISTER} over {@code registerEntry} and
 * {@code registerQuery}. Choice: an {@code Assessment} (the rules' findings on a document) is a
 * decision document, as it answers about a document and cites legal bases; a
 * {@code GoodPracticeAssessment} and a {@code CaseStudy} have schemas of their own, as each embeds
 * a whole Action.
 *
 * <pre>{@code
 * try (InputStream in = JsonSchemas.ACTION.openStream()) { ... }
 * }</pre>
 */
public enum JsonSchemas {
  /** A {@link Request} document. */
  REQUEST("request", List.of(Request.class)),
  /** An {@link Action} document. */
  ACTION("action", List.of(Action.class)),
  /** A {@link Decision}, {@link CountryDecision}, {@link RequestDecision} or {@link Assessment} document. */
  DECISION("decision", List.of(Decision.class, CountryDecision.class, RequestDecision.class, Assessment.class)),
  /**
   * A {@link CaseStudy} document: one of the case studies of the reports, with its Action and evidence.
   *
   * @since 0.1.0
   */
  CASE_STUDY("case-study", List.of(CaseStudy.class)),
  /**
   * A {@link GoodPracticeAssessment} document: an Action scored on the ten characteristics.
   *
   * @since 0.1.0
   */
  GOOD_PRACTICE_ASSESSMENT("good-practice-assessment", List.of(GoodPracticeAssessment.class)),
  /**
   * A {@link Roster} or {@link ExpertRanking} document.
   *
   * @since 0.1.0
   */
  ROSTER("roster", List.of(Roster.class, ExpertRanking.class)),
  /**
   * An {@link Evaluation}, {@link ActivityFeedback}, {@link ActionFeedback} or {@link Review} document.
   *
   * @since 0.1.0
   */
  EVALUATION("evaluation", List.of(Evaluation.class, ActivityFeedback.class, ActionFeedback.class, Review.class)),
  /**
   * A {@link RegisterEntry} or {@link RegisterQuery} document of the knowledge register.
   *
   * @since 0.1.0
   */
  REGISTER("register", List.of(RegisterEntry.class, RegisterQuery.class));

  /** The common prefix of the schema ids, with the wire-format version. */
  public static final String ID_PREFIX = "https://schemas.mieux.eu/json/v1/";

  private final String document;
  private final List<Class<?>> types;

  JsonSchemas(String document, List<Class<?>> types) {
    this.document = document;
    this.types = types;
  }

  /**
   * Gets the schema's {@code $id}, such as {@code https://schemas.mieux.eu/json/v1/request.schema.json}.
   *
   * @return the stable id
   */
  public URI id() {
    return URI.create(ID_PREFIX + fileName());
  }

  /**
   * Gets the schema's file name, such as {@code request.schema.json}.
   *
   * @return the file name
   */
  public String fileName() {
    return document + ".schema.json";
  }

  /**
   * Gets the classpath resource name of the schema.
   *
   * @return the name, such as {@code eu/mieux/json/schema/request.schema.json}
   */
  public String resourceName() {
    return "eu/mieux/json/schema/" + fileName();
  }

  /**
   * Gets the URL of the schema resource.
   *
   * @return the resource URL
   * @throws IllegalStateException if the resource is missing from the classpath
   */
  public URL resource() {
    URL url = JsonSchemas.class.getResource("schema/" + fileName());
    if (url == null) {
      throw new IllegalStateException("resource " + resourceName() + " must be on the classpath, but was not");
    }
    return url;
  }

  /**
   * Opens the schema resource; the caller closes the stream.
   *
   * @return a stream of the schema's UTF-8 JSON text
   * @throws IllegalStateException if the resource is missing from the classpath
   */
  public InputStream openStream() {
    InputStream in = JsonSchemas.class.getResourceAsStream("schema/" + fileName());
    if (in == null) {
      throw new IllegalStateException("resource " + resourceName() + " must be on the classpath, but was not");
    }
    return in;
  }

  /**
   * Gets the model types whose documents this schema describes.
   *
   * @return the types, not empty
   */
  public List<Class<?>> types() {
    return types;
  }

  /**
   * Finds the schema of a model type's documents.
   *
   * @param type  the model type, such as {@code Action.class}, not null
   * @return the schema, or empty if the type is not a top-level document type
   */
  public static Optional<JsonSchemas> forType(Class<?> type) {
    for (JsonSchemas schema : values()) {
      for (Class<?> candidate : schema.types) {
        if (candidate.isAssignableFrom(type)) {
          return Optional.of(schema);
        }
      }
    }
    return Optional.empty();
  }
}
