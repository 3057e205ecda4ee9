package eu.mieux.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "eu.mieux.rules", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noJackson = noClasses().that().resideInAPackage("eu.mieux.rules..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml..");

  /** Rule checks that throw {@link AssertionError} live in the kit, {@code mieux-testing} (issue 13). */
  @ArchTest
  static final ArchRule noAssertionErrors = noClasses().that().resideInAPackage("eu.mieux.rules..")
      .should().dependOnClassesThat().areAssignableTo(AssertionError.class)
      .orShould().resideInAPackage("eu.mieux.rules.testing..");

  @ArchTest
  static final ArchRule onlyDataReadersDoIoAndLogging = noClasses().that()
      .resideInAPackage("eu.mieux.rules..")
      .and().resideOutsideOfPackages("eu.mieux.rules.coverage..", "eu.mieux.rules.catalogue..",
          "eu.mieux.rules.governance..")
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "org.slf4j..", "de.siegmar.fastcsv..");

  @ArchTest
  static final ArchRule publicClassesAreFinal = classes().that().resideInAPackage("eu.mieux.rules..")
      .and().arePublic().and().areNotInterfaces().and().areNotEnums()
      .should(beFinalOrAbstractImmutablesValue());

  @ArchTest
  static final ArchRule noClock = noClasses().that().resideInAPackage("eu.mieux.rules..")
      .should().callMethod(java.time.LocalDate.class, "now")
      .orShould().callMethod(java.time.Clock.class, "systemUTC")
      .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
      .orShould().callMethod(System.class, "currentTimeMillis");

  @ArchTest
  static final ArchRule noVagueNames = noClasses().that().resideInAPackage("eu.mieux..")
      .should().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
      .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager")
      .orShould().haveSimpleNameEndingWith("Impl");

  @ArchTest
  static final ArchRule noCycles = slices().matching("eu.mieux.rules.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  /** A class Immutables generated, or a class nested in one (its builder). */
  private static boolean isGenerated(JavaClass item) {
    return item.getSimpleName().startsWith("Immutable")
        || item.getEnclosingClass().map(c -> c.getSimpleName().startsWith("Immutable")).orElse(false);
  }

  private static ArchCondition<JavaClass> beFinalOrAbstractImmutablesValue() {
    return new ArchCondition<>("be final, or an abstract Immutables value") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        boolean ok = item.getModifiers().contains(JavaModifier.FINAL)
            || (item.getModifiers().contains(JavaModifier.ABSTRACT)
                && item.isAnnotatedWith("org.immutables.value.Value$Immutable"))
            || isGenerated(item);
        events.add(new SimpleConditionEvent(item, ok, item.getName() + " is public and not final"));
      }
    };
  }
}
