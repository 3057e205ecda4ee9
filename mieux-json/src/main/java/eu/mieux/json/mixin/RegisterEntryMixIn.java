package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.mieux.json.deser.DistinctElementsDeserializer;
import eu.mieux.json.deser.YearNumberDeserializer;
import eu.mieux.json.ser.YearNumberSerializer;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterEntryKind;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The JSON contract of {@link RegisterEntry}: auto-detection off, every property named, reading through {@link RegisterEntry.Builder}.
 *
 * <p>{@code firstYear} and {@code lastYear} are JSON integers such as {@code 2014}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"kind", "title", "caseStudyNumber", "code", "urlSlugs", "countries", "regions", "firstYear", "lastYear", "thematicAreas", "subTopics", "characteristics", "deliverableTypes", "legalBases"})
@JsonDeserialize(builder = RegisterEntry.Builder.class)
public abstract class RegisterEntryMixIn {

  private RegisterEntryMixIn() {}

  @JsonProperty("kind")
  abstract RegisterEntryKind kind();

  @JsonProperty("title")
  abstract String title();

  @JsonProperty("caseStudyNumber")
  abstract Optional<Integer> caseStudyNumber();

  @JsonProperty("code")
  abstract Optional<ActionCode> code();

  @JsonProperty("urlSlugs")
  abstract List<String> urlSlugs();

  @JsonProperty("countries")
  abstract List<Country> countries();

  @JsonProperty("regions")
  abstract List<Region> regions();

  @JsonProperty("firstYear")
  @JsonSerialize(contentUsing = YearNumberSerializer.class)
  abstract Optional<Year> firstYear();

  @JsonProperty("lastYear")
  @JsonSerialize(contentUsing = YearNumberSerializer.class)
  abstract Optional<Year> lastYear();

  @JsonProperty("thematicAreas")
  abstract List<ThematicArea> thematicAreas();

  @JsonProperty("subTopics")
  abstract List<SubTopic> subTopics();

  @JsonProperty("characteristics")
  abstract SortedSet<GoodPracticeCharacteristic> characteristics();

  @JsonProperty("deliverableTypes")
  abstract List<DeliverableType> deliverableTypes();

  @JsonProperty("legalBases")
  abstract List<LegalBasis> legalBases();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("kind")
    abstract Object kind(RegisterEntryKind value);

    @JsonProperty("title")
    abstract Object title(String value);

    @JsonProperty("caseStudyNumber")
    abstract Object caseStudyNumber(int value);

    @JsonProperty("code")
    abstract Object code(ActionCode value);

    @JsonProperty("urlSlugs")
    abstract Object addAllUrlSlugs(Iterable<String> value);

    @JsonProperty("countries")
    abstract Object addAllCountries(Iterable<? extends Country> value);

    @JsonProperty("regions")
    abstract Object addAllRegions(Iterable<? extends Region> value);

    @JsonProperty("firstYear") @JsonDeserialize(using = YearNumberDeserializer.class)
    abstract Object firstYear(Year value);

    @JsonProperty("lastYear") @JsonDeserialize(using = YearNumberDeserializer.class)
    abstract Object lastYear(Year value);

    @JsonProperty("thematicAreas")
    abstract Object addAllThematicAreas(Iterable<? extends ThematicArea> value);

    @JsonProperty("subTopics")
    abstract Object addAllSubTopics(Iterable<? extends SubTopic> value);

    @JsonProperty("characteristics")
    @JsonDeserialize(using = DistinctElementsDeserializer.class)
    abstract Object addAllCharacteristics(Iterable<? extends GoodPracticeCharacteristic> value);

    @JsonProperty("deliverableTypes")
    abstract Object addAllDeliverableTypes(Iterable<? extends DeliverableType> value);

    @JsonProperty("legalBases")
    abstract Object addAllLegalBases(Iterable<? extends LegalBasis> value);
  }
}
