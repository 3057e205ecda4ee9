package eu.mieux.json.mixin;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Region;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.register.RegisterQuery;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.util.Optional;

/**
 * The JSON contract of {@link RegisterQuery}: auto-detection off, every property named, reading through {@link RegisterQuery.Builder}.
 */
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
    fieldVisibility = NONE, creatorVisibility = NONE)
@JsonPropertyOrder({"thematicArea", "subTopic", "region", "country", "characteristic", "deliverableType"})
@JsonDeserialize(builder = RegisterQuery.Builder.class)
public abstract class RegisterQueryMixIn {

  private RegisterQueryMixIn() {}

  @JsonProperty("thematicArea")
  abstract Optional<ThematicArea> thematicArea();

  @JsonProperty("subTopic")
  abstract Optional<SubTopic> subTopic();

  @JsonProperty("region")
  abstract Optional<Region> region();

  @JsonProperty("country")
  abstract Optional<Country> country();

  @JsonProperty("characteristic")
  abstract Optional<GoodPracticeCharacteristic> characteristic();

  @JsonProperty("deliverableType")
  abstract Optional<DeliverableType> deliverableType();

  /** The builder's contract: exactly one initializer per property. */
  @JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE,
      fieldVisibility = NONE, creatorVisibility = NONE)
  public abstract static class BuilderMixIn {

    private BuilderMixIn() {}

    @JsonProperty("thematicArea")
    abstract Object thematicArea(ThematicArea value);

    @JsonProperty("subTopic")
    abstract Object subTopic(SubTopic value);

    @JsonProperty("region")
    abstract Object region(Region value);

    @JsonProperty("country")
    abstract Object country(Country value);

    @JsonProperty("characteristic")
    abstract Object characteristic(GoodPracticeCharacteristic value);

    @JsonProperty("deliverableType")
    abstract Object deliverableType(DeliverableType value);
  }
}
