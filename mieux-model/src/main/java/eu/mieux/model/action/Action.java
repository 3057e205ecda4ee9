package eu.mieux.model.action;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.ActionCode;
import eu.mieux.model.MieuxStyle;
import eu.mieux.model.Phase;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.internal.Invariants;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import eu.mieux.model.internal.Quote;

/**
 * A MIEUX Action: an intervention in one or more partner countries outside the EU, normally a
 * logical sequence of six or seven Activities designed jointly by the requesting authority, the
 * MIEUX team and the steering committee (RULES.md §2; annual report 2018, 10-year report p. 11-16).
 *
 * <p>Invariants checked by {@code build()}, each failure an {@link IllegalStateException} naming the
 * field: non-blank title; at least one partner country, none twice; at least one thematic area, none
 * twice, and every sub-topic under one of them; the end date, if known, not before the start date;
 * every activity inside the Action's period; no expert id twice; every expert id an activity names
 * is one of the Action's experts; a sequel number of at least 1; a history whose transitions chain,
 * in date order, to the current status.
 *
 * <p>Business rules (fact-finding mission first, six or seven activities, the lifecycle) are not
 * invariants: the rules module checks them and explains its findings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class Action {

  Action() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the Action code, such as {@code 2016-16} (R-LC13).
   *
   * @return the code, or empty when the texts do not give it
   */
  public abstract Optional<ActionCode> code();

  /**
   * Gets the title, such as {@code Communicating better with migrants}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Gets the position of this Action in its series for the same partner: 1 for the first, 2 for
   * "II" and so on (R-LC12).
   *
   * @return the sequel number, at least 1
   */
  @Value.Default
  public int sequelNumber() {
    return 1;
  }

  /**
   * Gets the partner countries, one or several for a regional Action.
   *
   * @return the countries in the order given, not empty, without duplicates
   */
  public abstract List<Country> partnerCountries();

  /**
   * Gets the requesting authority, usually also the main beneficiary.
   *
   * @return the requesting authority
   */
  public abstract RequestingBody requestingAuthority();

  /**
   * Gets the bodies that sent the request jointly with the requesting authority (R-EL3b, R-EL3e), such
   * as the NGO of Niger III.
   *
   * @return the joint requesters, possibly empty
   */
  public abstract List<RequestingBody> jointRequesters();

  /**
   * Gets the requesting side: the requesting authority, then the joint requesters.
   *
   * @return the requesting bodies, not empty
   */
  public List<RequestingBody> requestingBodies() {
    List<RequestingBody> bodies = new java.util.ArrayList<>(1 + jointRequesters().size());
    bodies.add(requestingAuthority());
    bodies.addAll(jointRequesters());
    return java.util.Collections.unmodifiableList(bodies);
  }

  /**
   * Gets the other partner authorities of a multi-institution Action that took part without
   * requesting (R-EL3e: an academic institute, universities, an NGO coalition).
   *
   * @return the other authorities, possibly empty
   */
  public abstract List<RequestingBody> otherAuthorities();

  /**
   * Gets the type of the Action (R-LC15).
   *
   * @return the type, {@link ActionType#CLASSIC} unless given
   */
  @Value.Default
  public ActionType actionType() {
    return ActionType.CLASSIC;
  }

  /**
   * Gets the Action this one continues after it was interrupted (R-LC14: Mexico IV continued
   * Mexico III, interrupted by COVID-19).
   *
   * @return the code of the interrupted Action, or empty
   */
  public abstract Optional<ActionCode> continues();

  /**
   * Gets the thematic areas.
   *
   * @return the areas, not empty, without duplicates
   */
  public abstract List<ThematicArea> thematicAreas();

  /**
   * Gets the sub-topics, each under one of {@link #thematicAreas()}.
   *
   * @return the sub-topics, without duplicates, possibly empty
   */
  public abstract List<SubTopic> subTopics();

  /**
   * Gets the programme phase the Action belongs to.
   *
   * @return the phase
   */
  public abstract Phase phase();

  /**
   * Gets the date the request behind this Action was received.
   *
   * @return the date, or empty when unknown
   */
  public abstract Optional<LocalDate> requestReceivedOn();

  /**
   * Gets the first day of implementation.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * Gets the last day of implementation.
   *
   * @return the end date, or empty while the Action is ongoing
   */
  public abstract Optional<LocalDate> endDate();

  /**
   * Gets the lifecycle state.
   *
   * @return the status
   */
  public abstract ActionStatus status();

  /**
   * Gets the Action Fiche.
   *
   * @return the fiche, or empty when not recorded
   */
  public abstract Optional<ActionFiche> fiche();

  /**
   * Gets the Activities, in the order they took place.
   *
   * @return the activities, possibly empty
   */
  public abstract List<Activity> activities();

  /**
   * Gets the experts deployed on the Action.
   *
   * @return the experts, no id twice, possibly empty
   */
  public abstract List<Expert> experts();

  /**
   * Gets the partner-country focal points.
   *
   * @return the focal points, possibly empty
   */
  public abstract List<FocalPoint> focalPoints();

  /**
   * Gets the deliverables the Action left behind.
   *
   * @return the deliverables, possibly empty
   */
  public abstract List<Deliverable> deliverables();

  /**
   * Gets the transitions that led to {@link #status()}, oldest first (RULES.md §4).
   *
   * @return the history, possibly empty for an Action recorded without one
   */
  public abstract List<StatusChange> history();

  /**
   * Checks if the date lies within the Action's period; an ongoing Action has no end.
   *
   * @param date  the date, not null
   * @return true if {@code startDate <= date} and, when the end is known, {@code date <= endDate}
   */
  public boolean isWithinPeriod(LocalDate date) {
    return !date.isBefore(startDate()) && endDate().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Checks if this Action is the one a reference names, such as a deployment or an evaluation: the
   * same code when both have one, otherwise the same title.
   *
   * @param code  the code the reference gives, or empty, not null
   * @param title  the title the reference gives, not null
   * @return true if the reference names this Action
   */
  public boolean isNamedBy(Optional<ActionCode> code, String title) {
    if (code.isPresent() && code().isPresent()) {
      return code.equals(code());
    }
    return title().equals(title);
  }

  @Value.Check
  void check() {
    requestReceivedOn().ifPresent(d -> Invariants.checkDocumentDate("requestReceivedOn", d));
    Invariants.checkDocumentDate("startDate", startDate());
    endDate().ifPresent(d -> Invariants.checkDocumentDate("endDate", d));
    Invariants.checkNotBlank("title", title());
    checkState(sequelNumber() >= 1, "sequelNumber must be at least 1, but was %s", sequelNumber());
    checkState(!partnerCountries().isEmpty(), "partnerCountries must not be empty, but was %s",
        partnerCountries());
    Invariants.checkNoDuplicates("partnerCountries", partnerCountries());
    checkState(!jointRequesters().contains(requestingAuthority()),
        "jointRequesters must not repeat requestingAuthority, but was %s", jointRequesters());
    Invariants.checkNoDuplicates("jointRequesters", jointRequesters());
    code().ifPresent(c -> continues().ifPresent(earlier -> checkState(!earlier.equals(c),
        "continues must name another Action than code %s, but was %s", c, earlier)));
    checkState(!thematicAreas().isEmpty(), "thematicAreas must not be empty, but was %s",
        thematicAreas());
    Invariants.checkNoDuplicates("thematicAreas", thematicAreas());
    Invariants.checkSubTopics(subTopics(), thematicAreas());
    endDate().ifPresent(end -> checkState(!end.isBefore(startDate()),
        "endDate must be on or after startDate %s, but was %s", startDate(), end));
    checkHistory();
    Set<String> expertIds = new HashSet<>();
    for (int i = 0; i < experts().size(); i++) {
      checkState(expertIds.add(experts().get(i).id()),
          "experts must not hold duplicates, but experts[%s] repeats id %s", i, Quote.of(experts().get(i).id()));
    }
    for (int i = 0; i < activities().size(); i++) {
      Activity activity = activities().get(i);
      checkState(isWithinPeriod(activity.startDate()) && isWithinPeriod(activity.endDate()),
          "activities[%s] must lie within the Action's period %s to %s, but was %s",
          i, startDate(), endDate().map(LocalDate::toString).orElse("ongoing"), activity.period());
      for (String id : activity.expertIds()) {
        checkState(expertIds.contains(id),
            "activities[%s].expertIds must name experts of the Action, but %s is not in experts", i, Quote.of(id));
      }
    }
  }

  private void checkHistory() {
    for (int i = 1; i < history().size(); i++) {
      StatusChange previous = history().get(i - 1);
      StatusChange change = history().get(i);
      checkState(change.from() == previous.to(),
          "history[%s].from must be %s, the state history[%s] led to, but was %s",
          i, previous.to(), i - 1, change.from());
      checkState(!change.date().isBefore(previous.date()),
          "history[%s].date must be on or after %s, but was %s", i, previous.date(), change.date());
    }
    if (!history().isEmpty()) {
      StatusChange last = history().get(history().size() - 1);
      checkState(last.to() == status(),
          "status must be %s, the state the history led to, but was %s", last.to(), status());
    }
  }

  /** A builder of {@link Action}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAction.Builder {
    /** Creates an empty builder; prefer {@link Action#builder()}. */
    public Builder() {}
  }
}
