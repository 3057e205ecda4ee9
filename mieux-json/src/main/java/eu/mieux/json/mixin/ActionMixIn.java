package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.mieux.json.deser.IsoDateDeserializer;
import eu.mieux.json.ser.IsoDateSerializer;
import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.ActionType;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON contract of {@link Action}: auto-detection off, every property named, reading through {@link Action.Builder}.
 *
 * <p>{@code jointRequesters} (omitted when empty) and {@code actionType} (omitted for a classic
 * Action, the default) are left out of documents that do not use them, so that documents written
 * before they existed read and write back unchanged.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"code", "title", "sequelNumber", "partnerCountries", "requestingAuthority", "jointRequesters", "otherAuthorities", "actionType", "continues", "thematicAreas", "subTopics", "phase", "requestReceivedOn", "startDate", "endDate", "status", "fiche", "activities", "experts", "focalPoints", "deliverables", "history"})
@JsonDeserialize(builder = Action.Builder.class)
public abstract class ActionMixIn {

  private ActionMixIn() {}

  @JsonProperty("code")
  abstract Optional<ActionCode> code();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("sequelNumber")
  abstract int sequelNumber();

  @JsonProperty("partnerCountries")
  abstract List<Country> partnerCountries();

  @JsonProperty("requestingAuthority")
  abstract RequestingBody requestingAuthority();

  @JsonProperty("jointRequesters") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<RequestingBody> jointRequesters();

  @JsonProperty("otherAuthorities")
  abstract List<RequestingBody> otherAuthorities();

  @JsonProperty("actionType")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ClassicActionType.class)
  abstract ActionType actionType();

  @JsonProperty("continues")
  abstract Optional<ActionCode> continues();

  @JsonProperty("thematicAreas")
  abstract List<ThematicArea> thematicAreas();

  @JsonProperty("subTopics")
  abstract List<SubTopic> subTopics();

  @JsonProperty("phase")
  abstract Phase phase();

  @JsonProperty("requestReceivedOn")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> requestReceivedOn();

  @JsonProperty("startDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(using = IsoDateSerializer.class)
  abstract LocalDate startDate();

  @JsonProperty("endDate")
  @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> endDate();

  @JsonProperty("status")
  abstract ActionStatus status();

  @JsonProperty("fiche")
  abstract Optional<ActionFiche> fiche();

  @JsonProperty("activities")
  abstract List<Activity> activities();

  @JsonProperty("experts")
  abstract List<Expert> experts();

  @JsonProperty("focalPoints")
  abstract List<FocalPoint> focalPoints();

  @JsonProperty("deliverables")
  abstract List<Deliverable> deliverables();

  @JsonProperty("history")
  abstract List<StatusChange> history();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("code")
    abstract Object code(ActionCode value);

    @JsonProperty("title")
    abstract Object title(String value);

    @JsonProperty("sequelNumber")
    abstract Object sequelNumber(int value);

    @JsonProperty("partnerCountries")
    abstract Object addAllPartnerCountries(Iterable<? extends Country> value);

    @JsonProperty("requestingAuthority")
    abstract Object requestingAuthority(RequestingBody value);

    @JsonProperty("jointRequesters")
    abstract Object addAllJointRequesters(Iterable<? extends RequestingBody> value);

    @JsonProperty("otherAuthorities")
    abstract Object addAllOtherAuthorities(Iterable<? extends RequestingBody> value);

    @JsonProperty("actionType")
    abstract Object actionType(ActionType value);

    @JsonProperty("continues")
    abstract Object continues(ActionCode value);

    @JsonProperty("thematicAreas")
    abstract Object addAllThematicAreas(Iterable<? extends ThematicArea> value);

    @JsonProperty("subTopics")
    abstract Object addAllSubTopics(Iterable<? extends SubTopic> value);

    @JsonProperty("phase")
    abstract Object phase(Phase value);

    @JsonProperty("requestReceivedOn") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object requestReceivedOn(LocalDate value);

    @JsonProperty("startDate") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object startDate(LocalDate value);

    @JsonProperty("endDate") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract Object endDate(LocalDate value);

    @JsonProperty("status")
    abstract Object status(ActionStatus value);

    @JsonProperty("fiche")
    abstract Object fiche(ActionFiche value);

    @JsonProperty("activities")
    abstract Object addAllActivities(Iterable<? extends Activity> value);

    @JsonProperty("experts")
    abstract Object addAllExperts(Iterable<? extends Expert> value);

    @JsonProperty("focalPoints")
    abstract Object addAllFocalPoints(Iterable<? extends FocalPoint> value);

    @JsonProperty("deliverables")
    abstract Object addAllDeliverables(Iterable<? extends Deliverable> value);

    @JsonProperty("history")
    abstract Object addAllHistory(Iterable<? extends StatusChange> value);
  }
}
