package eu.mieux.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.CapacityLevel;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.country.Instrument;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.DataQuality;
import eu.mieux.model.decision.Outcome;
import eu.mieux.model.decision.Severity;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link Coded}: every closed vocabulary of the model reads its codes back. */
class CodedTest {

  static Stream<Class<? extends Enum<?>>> codedEnums() {
    return Stream.of(Phase.class, ActivityType.class, CapacityLevel.class, DeliverableType.class,
        FicheParty.class, Instrument.class, Region.class, DataQuality.class, Outcome.class,
        Severity.class, ExpertOrigin.class, ExpertProfile.class, ActionStatus.class,
        GoodPracticeCharacteristic.class, Channel.class, RequesterKind.class, SubTopic.class,
        ThematicArea.class, eu.mieux.model.lifecycle.LifecycleEvent.class,
        eu.mieux.model.practice.AssessmentStatus.class, eu.mieux.model.practice.EvidenceKind.class,
        eu.mieux.model.theme.CrsPurposeCode.class, eu.mieux.model.evaluation.EvaluationFramework.class,
        eu.mieux.model.evaluation.EvaluationCriterion.class, eu.mieux.model.evaluation.ActionFeedbackSource.class,
        eu.mieux.model.evaluation.ReviewFrequency.class, eu.mieux.model.register.RegisterEntryKind.class,
        eu.mieux.model.MieuxProcess.class, eu.mieux.model.action.SteeringCommitteeMember.class,
        eu.mieux.model.action.ActionType.class);
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  <E extends Enum<E> & Coded> void everyCodeIsLowerCaseAndReadsBack(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      String code = constant.code();
      assertEquals(constant.name().toLowerCase(Locale.ROOT), code);
      assertTrue(code.matches("[a-z0-9_]+"), code);
      assertEquals(constant, Coded.fromCode(type, code));
      assertEquals(constant, Coded.fromCode(type, constant.name()));
      assertEquals(constant, Coded.fromCode(type, code.replace('_', '-')));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local-authority", "local_authority", "LOCAL_AUTHORITY", "Local-Authority",
      " local_authority "})
  void fromCodeAcceptsDashesAndAnyCase(String code) {
    assertEquals(RequesterKind.LOCAL_AUTHORITY, Coded.fromCode(RequesterKind.class, code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "mayor", "local authority", "localauthority", "local__authority",
      "national-public-authority-x"})
  void fromCodeRejectsUnknownCodesListingTheValidOnes(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Coded.fromCode(RequesterKind.class, code));
    assertEquals("RequesterKind code must be one of [national_public_authority, "
        + "regional_organisation, local_authority, ombudsperson, parliament, judicial_authority, "
        + "civil_society_organisation], but was '" + code + "'", e.getMessage());
  }

  @Test
  void fromCodeRejectsNulls() {
    assertEquals("code", assertThrows(NullPointerException.class,
        () -> Coded.fromCode(RequesterKind.class, null)).getMessage());
    assertEquals("type", assertThrows(NullPointerException.class,
        () -> Coded.fromCode((Class<RequesterKind>) null, "parliament")).getMessage());
  }

  @Test
  void theListAboveHoldsEveryCodedEnumOfTheModel() {
    Set<String> listed = codedEnums().map(Class::getName).collect(Collectors.toSet());
    Set<String> found = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("eu.mieux.model").stream()
        .filter(c -> c.isEnum() && c.isAssignableTo(Coded.class))
        .map(JavaClass::getName)
        .collect(Collectors.toSet());
    assertEquals(found, listed);
  }
}
