package eu.mieux.rules.compare;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.action.Action;
import eu.mieux.model.country.Country;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question a {@link Comparison} asks under both settings: may a country (and requesting bodies
 * of some kinds) be served on a date, or what does {@code check} find in a request or an Action.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Question {

  private final String label;
  private final Optional<Country> country;
  private final Optional<LocalDate> date;
  private final ImmutableList<RequesterKind> requesters;
  private final Optional<Request> request;
  private final Optional<Action> action;

  private Question(String label, Optional<Country> country, Optional<LocalDate> date, List<RequesterKind> requesters,
      Optional<Request> request, Optional<Action> action) {
    checkArgument(!label.isBlank(), "label must not be blank, but was '%s'", label);
    this.label = label;
    this.country = country;
    this.date = date;
    this.requesters = ImmutableList.copyOf(requesters);
    this.request = request;
    this.action = action;
  }

  /**
   * Obtains the question "may this country be served on this date" (M-PW1, R-EL1).
   *
   * @param country  the partner country, not null
   * @param date  the date, not null
   * @return the question, labelled such as {@code UA 2016-05-01}
   */
  public static Question ofCountry(Country country, LocalDate date) {
    return ofCountry(country, date, List.of());
  }

  /**
   * Obtains the question "may bodies of these kinds request for this country on this date" (M-PW1,
   * R-EL1, R-EL2, R-EL3, R-EL3b).
   *
   * @param country  the partner country, not null
   * @param date  the date, not null
   * @param requesters  the kinds of the requesting bodies, possibly empty for the country question
   *     alone, not null
   * @return the question, labelled such as {@code NE 2022-03-01 civil_society_organisation}
   */
  public static Question ofCountry(Country country, LocalDate date, List<RequesterKind> requesters) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(requesters, "requesters");
    String label = country.alpha2() + " " + date + (requesters.isEmpty() ? ""
        : " " + String.join("+", requesters.stream().map(RequesterKind::code).toList()));
    return new Question(label, Optional.of(country), Optional.of(date), requesters, Optional.empty(),
        Optional.empty());
  }

  /**
   * Obtains the question "what does the admissibility check find in this request".
   *
   * @param label  how to name the question in the output, such as a file name, not blank
   * @param request  the request, not null
   * @return the question
   */
  public static Question ofRequest(String label, Request request) {
    return new Question(Objects.requireNonNull(label, "label"), Optional.empty(), Optional.empty(), List.of(),
        Optional.of(Objects.requireNonNull(request, "request")), Optional.empty());
  }

  /**
   * Obtains the question "what do the Action rules find in this Action".
   *
   * @param label  how to name the question in the output, such as a file name, not blank
   * @param action  the Action, not null
   * @return the question
   */
  public static Question ofAction(String label, Action action) {
    return new Question(Objects.requireNonNull(label, "label"), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.of(Objects.requireNonNull(action, "action")));
  }

  /**
   * Gets how the question is named in the output.
   *
   * @return the label, not blank
   */
  public String label() {
    return label;
  }

  Optional<Country> country() {
    return country;
  }

  Optional<LocalDate> date() {
    return date;
  }

  List<RequesterKind> requesters() {
    return requesters;
  }

  Optional<Request> request() {
    return request;
  }

  Optional<Action> action() {
    return action;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Question other && label.equals(other.label) && country.equals(other.country)
        && date.equals(other.date) && requesters.equals(other.requesters) && request.equals(other.request)
        && action.equals(other.action);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, country, date, requesters, request, action);
  }

  /**
   * Returns the label.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }
}
