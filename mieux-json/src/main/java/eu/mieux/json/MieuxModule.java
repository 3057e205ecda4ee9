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
import eu.mieux.json.mixin.StatusChangeMixIn;
import eu.mieux.json.mixin.FindingMixIn;
import eu.mieux.json.mixin.AssessmentMixIn;
import eu.mieux.json.mixin.ProvenanceMixIn;
import eu.mieux.json.mixin.EvidenceMixIn;
import eu.mieux.json.mixin.CaseStudyMixIn;
import eu.mieux.json.mixin.CharacteristicAssessmentMixIn;
import eu.mieux.json.mixin.GoodPracticeAssessmentMixIn;
import eu.mieux.json.mixin.DeploymentEvaluationMixIn;
import eu.mieux.json.mixin.DeploymentMixIn;
import eu.mieux.json.mixin.RosterEntryMixIn;
import eu.mieux.json.mixin.RosterMixIn;
import eu.mieux.json.mixin.RankedCandidateMixIn;
import eu.mieux.json.mixin.ExpertRankingMixIn;
import eu.mieux.json.mixin.ActivityFeedbackMixIn;
import eu.mieux.json.mixin.ActionFeedbackMixIn;
import eu.mieux.json.mixin.EvaluationEvidenceMixIn;
import eu.mieux.json.mixin.CriterionScoreMixIn;
import eu.mieux.json.mixin.EvaluationMixIn;
import eu.mieux.json.mixin.ReviewMixIn;
import eu.mieux.json.mixin.RegisterEntryMixIn;
import eu.mieux.json.mixin.RegisterQueryMixIn;
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
import eu.mieux.model.lifecycle.StatusChange;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Provenance;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.CharacteristicAssessment;
import eu.mieux.model.practice.GoodPracticeAssessment;
import eu.mieux.model.roster.DeploymentEvaluation;
import eu.mieux.model.roster.Deployment;
import eu.mieux.model.roster.RosterEntry;
import eu.mieux.model.roster.Roster;
import eu.mieux.model.roster.RankedCandidate;
import eu.mieux.model.roster.ExpertRanking;
import eu.mieux.model.evaluation.ActivityFeedback;
import eu.mieux.model.evaluation.ActionFeedback;
import eu.mieux.model.evaluation.EvaluationEvidence;
import eu.mieux.model.evaluation.CriterionScore;
import eu.mieux.model.evaluation.Evaluation;
import eu.mieux.model.evaluation.Review;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterQuery;
import java.util.List;

/**
 * The Jackson module that binds the MIEUX model: requests, actions and their history, decisions
 * and assessments, good practice (case studies, assessments), the expert roster and rankings,
 * monitoring and evaluation, and the knowledge register.
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
    context.setMixInAnnotations(StatusChange.class, StatusChangeMixIn.class);
    context.setMixInAnnotations(StatusChange.Builder.class, StatusChangeMixIn.BuilderMixIn.class);
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
    context.setMixInAnnotations(Finding.class, FindingMixIn.class);
    context.setMixInAnnotations(Finding.Builder.class, FindingMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Assessment.class, AssessmentMixIn.class);
    context.setMixInAnnotations(Assessment.Builder.class, AssessmentMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Provenance.class, ProvenanceMixIn.class);
    context.setMixInAnnotations(Provenance.Builder.class, ProvenanceMixIn.BuilderMixIn.class);
    // good practice
    context.setMixInAnnotations(Evidence.class, EvidenceMixIn.class);
    context.setMixInAnnotations(Evidence.Builder.class, EvidenceMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(CaseStudy.class, CaseStudyMixIn.class);
    context.setMixInAnnotations(CaseStudy.Builder.class, CaseStudyMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(CharacteristicAssessment.class, CharacteristicAssessmentMixIn.class);
    context.setMixInAnnotations(CharacteristicAssessment.Builder.class, CharacteristicAssessmentMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(GoodPracticeAssessment.class, GoodPracticeAssessmentMixIn.class);
    context.setMixInAnnotations(GoodPracticeAssessment.Builder.class, GoodPracticeAssessmentMixIn.BuilderMixIn.class);
    // roster
    context.setMixInAnnotations(DeploymentEvaluation.class, DeploymentEvaluationMixIn.class);
    context.setMixInAnnotations(DeploymentEvaluation.Builder.class, DeploymentEvaluationMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Deployment.class, DeploymentMixIn.class);
    context.setMixInAnnotations(Deployment.Builder.class, DeploymentMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(RosterEntry.class, RosterEntryMixIn.class);
    context.setMixInAnnotations(RosterEntry.Builder.class, RosterEntryMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Roster.class, RosterMixIn.class);
    context.setMixInAnnotations(Roster.Builder.class, RosterMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(RankedCandidate.class, RankedCandidateMixIn.class);
    context.setMixInAnnotations(RankedCandidate.Builder.class, RankedCandidateMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(ExpertRanking.class, ExpertRankingMixIn.class);
    context.setMixInAnnotations(ExpertRanking.Builder.class, ExpertRankingMixIn.BuilderMixIn.class);
    // monitoring and evaluation
    context.setMixInAnnotations(ActivityFeedback.class, ActivityFeedbackMixIn.class);
    context.setMixInAnnotations(ActivityFeedback.Builder.class, ActivityFeedbackMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(ActionFeedback.class, ActionFeedbackMixIn.class);
    context.setMixInAnnotations(ActionFeedback.Builder.class, ActionFeedbackMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(EvaluationEvidence.class, EvaluationEvidenceMixIn.class);
    context.setMixInAnnotations(EvaluationEvidence.Builder.class, EvaluationEvidenceMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(CriterionScore.class, CriterionScoreMixIn.class);
    context.setMixInAnnotations(CriterionScore.Builder.class, CriterionScoreMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Evaluation.class, EvaluationMixIn.class);
    context.setMixInAnnotations(Evaluation.Builder.class, EvaluationMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(Review.class, ReviewMixIn.class);
    context.setMixInAnnotations(Review.Builder.class, ReviewMixIn.BuilderMixIn.class);
    // knowledge register
    context.setMixInAnnotations(RegisterEntry.class, RegisterEntryMixIn.class);
    context.setMixInAnnotations(RegisterEntry.Builder.class, RegisterEntryMixIn.BuilderMixIn.class);
    context.setMixInAnnotations(RegisterQuery.class, RegisterQueryMixIn.class);
    context.setMixInAnnotations(RegisterQuery.Builder.class, RegisterQueryMixIn.BuilderMixIn.class);

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
