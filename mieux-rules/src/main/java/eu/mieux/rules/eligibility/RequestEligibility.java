package eu.mieux.rules.eligibility;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.Explained;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a request may be served: the programme window (M-PW1), the requester kinds
 * (R-EL2, R-EL3, and R-EL3b for joint requests) and, country by country, the coverage of each partner country (R-EL1, R-EL4).
 *
 * <p>The outcome is {@code YES} when every part is {@code YES}, {@code NO} when any part is
 * {@code NO}, and {@code UNDETERMINED} otherwise. A multi-country (regional) request gets one
 * {@link CountryDecision} per partner country, in the request's order; each country's reasons name
 * their country. The reasons of the request are the window's, then the requester's, then each
 * country's. All parts are judged on the date the request was received (RULES.md §13 Q13).
 *
 * <pre>{@code
 * RequestDecision decision = MieuxRules.standard().requestEligibility().check(request);
 * decision.countries().get(0).outcome();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RequestEligibility {

  private final CountryEligibility countries;
  private final RequesterEligibility requesters;
  private final ProgrammeWindow window;

  /**
   * Creates the rule from its parts.
   *
   * @param countries  the country rule, not null
   * @param requesters  the requester rule, not null
   * @param window  the programme window, not null
   */
  public RequestEligibility(CountryEligibility countries, RequesterEligibility requesters,
      ProgrammeWindow window) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.requesters = Objects.requireNonNull(requesters, "requesters");
    this.window = Objects.requireNonNull(window, "window");
  }

  /**
   * Decides whether a request may be served, on the date it was received.
   *
   * @param request  the request, not null
   * @return the decision, with one country decision per partner country
   */
  public RequestDecision check(Request request) {
    Objects.requireNonNull(request, "request");
    return check(request.partnerCountries(),
        request.requestingBodies().stream().map(eu.mieux.model.request.RequestingBody::kind).toList(),
        request.receivedOn());
  }

  /**
   * Decides whether bodies of these kinds may send one joint request for countries on a date: each
   * kind on the date (R-EL2, R-EL3) and the pairing of a civil-society organisation with a government
   * body (R-EL3b).
   *
   * @param partnerCountries  the partner countries, not empty, not null
   * @param kinds  the kinds of the requesting bodies, not empty, not null
   * @param date  the date the request was received, not null
   * @return the decision, with one country decision per partner country
   * @throws IllegalArgumentException if there is no partner country or no kind
   */
  public RequestDecision check(List<Country> partnerCountries, List<RequesterKind> kinds, LocalDate date) {
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(date, "date");
    return combine(partnerCountries, date, List.of(window.check(date), requesters.checkJoint(kinds, date)));
  }

  /**
   * Decides whether a body of a kind may request for countries on a date.
   *
   * @param partnerCountries  the partner countries, not empty, not null
   * @param kind  the kind of requesting body, not null
   * @param date  the date the request was received, not null
   * @return the decision, with one country decision per partner country
   * @throws IllegalArgumentException if there is no partner country, or the date is outside
   *     {@link ValidityPeriod#DOCUMENT_DATES} (a decision must be writable as a document)
   */
  public RequestDecision check(List<Country> partnerCountries, RequesterKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    return combine(partnerCountries, date, List.of(window.check(date), requesters.check(kind, date)));
  }

  /**
   * Decides whether countries may be served on a date, when the requester is not known: the
   * programme window and the country rule only.
   *
   * @param partnerCountries  the partner countries, not empty, not null
   * @param date  the as-of date, not null
   * @return the decision, with one country decision per partner country
   * @throws IllegalArgumentException if there is no partner country, or the date is outside
   *     {@link ValidityPeriod#DOCUMENT_DATES} (a decision must be writable as a document)
   */
  public RequestDecision check(List<Country> partnerCountries, LocalDate date) {
    return combine(partnerCountries, date, List.of(window.check(date)));
  }

  private RequestDecision combine(List<Country> partnerCountries, LocalDate date,
      List<Decision> parts) {
    Objects.requireNonNull(partnerCountries, "partnerCountries");
    Objects.requireNonNull(date, "date");
    checkArgument(ValidityPeriod.DOCUMENT_DATES.contains(date),
        "date must be within the ISO-8601 four-digit years %s, but was %s", ValidityPeriod.DOCUMENT_DATES, date);
    checkArgument(!partnerCountries.isEmpty(), "partnerCountries must not be empty, but was %s",
        partnerCountries);
    List<Explained> all = new ArrayList<>(parts);
    RequestDecision.Builder decision = RequestDecision.builder().date(date);
    for (Decision part : parts) {
      decision.addAllReasons(part.reasons());
    }
    for (Country country : partnerCountries) {
      CountryDecision answer = countries.check(country, date);
      all.add(answer);
      decision.addCountry(answer).addAllReasons(answer.reasons());
    }
    return decision.outcome(combine(all)).build();
  }

  /**
   * Combines outcomes: {@code NO} if any is {@code NO}, else {@code UNDETERMINED} if any is, else
   * {@code YES}.
   *
   * @param parts  the answers to combine, not null
   * @return the combined outcome, {@code YES} for no part
   */
  public static Outcome combine(List<? extends Explained> parts) {
    Outcome outcome = Outcome.YES;
    for (Explained part : parts) {
      if (part.outcome() == Outcome.NO) {
        return Outcome.NO;
      }
      if (part.outcome() == Outcome.UNDETERMINED) {
        outcome = Outcome.UNDETERMINED;
      }
    }
    return outcome;
  }
}
