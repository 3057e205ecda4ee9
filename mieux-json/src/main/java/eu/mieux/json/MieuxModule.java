package eu.mieux.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.mieux.json.deser.AtomDeserializer;
import eu.mieux.json.deser.CodedDeserializers;
import eu.mieux.json.deser.CountryDeserializer;
import eu.mieux.json.deser.ReasonDeserializer;
import eu.mieux.json.mixin.ActionFicheMixIn;
import eu.mieux.json.mixin.ActionMixIn;
import eu.mieux.json.mixin.ActivityMixIn;
import eu.mieux.json.mixin.CountryDecisionMixIn;
import eu.mieux.json.mixin.DecisionMixIn;
import eu.mieux.json.mixin.DeliverableMixIn;
import eu.mieux.json.mixin.ExpertMixIn;
import eu.mieux.json.mixin.FocalPointMixIn;
import eu.mieux.json.mixin.LegalBasisMixIn;
import eu.mieux.json.mixin.ReasonMixIn;
import eu.mieux.json.mixin.RequestDecisionMixIn;
import eu.mieux.json.mixin.RequestMixIn;
import eu.mieux.json.mixin.RequestingBodyMixIn;
import eu.mieux.json.ser.CodedSerializers;
import eu.mieux.json.ser.CountrySerializer;
import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.action.Action;
import eu.mieux.model.ActionCode;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.decision.Decision;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.Reason;
import eu.mieux.model.decision.RequestDecision;
import eu.mieux.model.decision.RuleId;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequestingBody;
import java.util.List;

/**
 * The Jackson module that binds the MIEUX model: requests, actions and decisions.
 *
 * <p>{@link #setupModule(SetupContext)} is the one registration list: a mix-in for every model type
 * and its builder (the mix-ins in {@code eu.mieux.json.mixin} are the JSON contract), and the
 * (de)serializers of the atoms. Countries are ISO alpha-2 strings, {@code Coded} enums their
 * lower-case codes, {@link ActionCode}, {@link RuleId} and {@link ValidityPeriod} their
 * {@code toString()} form, and dates ISO-8601 strings. The model itself has no Jackson annotation.
 *
 * <p>A module cannot set mapper features, so registering it in a mapper of your own gives the
 * bindings without the strictness; use {@link MieuxJson#mapper()} for the reference, strict mapper.
 * The module is also found by {@code ObjectMapper.findAndRegisterModules()} through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new MieuxModule()).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class MieuxModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public MieuxModule() {
    super("MieuxModule", PackageVersion.VERSION);
  }

  /**
   * Gets the version of mieux-json.
   *
   * @return the build-generated {@link PackageVersion#VERSION}
   */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Gets the modules this one needs: {@code Optional} support and {@code java.time}.
   *
   * @return a {@link Jdk8Module} and a {@link JavaTimeModule}
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  /**
   * Registers the mix-ins and the atoms' (de)serializers.
   *
   * @param context  the set-up context of the mapper, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    // requests
    context.setMixInAnnotations(RequestingBody.class, RequestingBodyMixIn.class);
    context.setMixInAnnotations(RequestingBody.Builder.class, RequestingBodyMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Request.class, RequestMixIn.class);
    context.setMixInAnnotations(Request.Builder.class, RequestMixIn.BuilderMixIn.class);
    // actions
    context.setMixInAnnotations(Action.class, ActionMixIn.class);
    context.setMixInAnnotations(Action.Builder.class, ActionMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Activity.class, ActivityMixIn.class);
    context.setMixInAnnotations(Activity.Builder.class, ActivityMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(ActionFiche.class, ActionFicheMixIn.class);
    context.setMixInAnnotations(ActionFiche.Builder.class, ActionFicheMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Deliverable.class, DeliverableMixIn.class);
    context.setMixInAnnotations(Deliverable.Builder.class, DeliverableMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(FocalPoint.class, FocalPointMixIn.class);
    context.setMixInAnnotations(FocalPoint.Builder.class, FocalPointMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Expert.class, ExpertMixIn.class);
    context.setMixInAnnotations(Expert.Builder.class, ExpertMixIn.BuilderMixIn.class);
    // decisions
    context.setMixInAnnotations(LegalBasis.class, LegalBasisMixIn.class);
    context.setMixInAnnotations(LegalBasis.Builder.class, LegalBasisMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Reason.class, ReasonMixIn.class); // read by ReasonDeserializer
    context.setMixInAnnotations(Decision.class, DecisionMixIn.class);
    context.setMixInAnnotations(Decision.Builder.class, DecisionMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(CountryDecision.class, CountryDecisionMixIn.class);
    context.setMixInAnnotations(CountryDecision.Builder.class, CountryDecisionMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(RequestDecision.class, RequestDecisionMixIn.class);
    context.setMixInAnnotations(RequestDecision.Builder.class, RequestDecisionMixIn.BuilderMixIn.class);

    // atoms
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Country.class, CountrySerializer.INSTANCE);
    serializers.addSerializer(ActionCode.class, ToStringSerializer.instance);
    serializers.addSerializer(RuleId.class, ToStringSerializer.instance);
    serializers.addSerializer(ValidityPeriod.class, ToStringSerializer.instance);
    context.addSerializers(serializers);
    context.addSerializers(CodedSerializers.INSTANCE);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Country.class, CountryDeserializer.INSTANCE);
    deserializers.addDeserializer(ActionCode.class, AtomDeserializer.ACTION_CODE);
    deserializers.addDeserializer(RuleId.class, AtomDeserializer.RULE_ID);
    deserializers.addDeserializer(ValidityPeriod.class, AtomDeserializer.VALIDITY_PERIOD);
    deserializers.addDeserializer(Reason.class, ReasonDeserializer.INSTANCE);
    context.addDeserializers(deserializers);
    context.addDeserializers(CodedDeserializers.INSTANCE);
  }
}
