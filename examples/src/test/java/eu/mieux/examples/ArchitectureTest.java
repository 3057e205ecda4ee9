package eu.mieux.examples;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Cross-module architecture rules (STYLE.md §1, §10), checked here because {@code examples} is the
 * only module that sees every other one.
 *
 * <p>{@code failOnEmptyShould} stays on, so that a renamed package breaks a rule instead of passing
 * it silently.
 */
@AnalyzeClasses(packages = "eu.mieux", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String IMMUTABLE = "org.immutables.value.Value$Immutable";

  private static final String MODEL = "eu.mieux.model..";
  private static final String RULES = "eu.mieux.rules..";
  private static final String JSON = "eu.mieux.json..";
  private static final String IATI = "eu.mieux.iati..";

  @ArchTest
  static final ArchRule modelDependsOnNeitherRulesNorJson = noClasses()
      .that().resideInAPackage(MODEL)
      .should().dependOnClassesThat().resideInAnyPackage(RULES, JSON, "eu.mieux.examples..")
      .because("dependencies run one way: model <- rules, model <- json (STYLE §1)");

  @ArchTest
  static final ArchRule rulesDoNotDependOnJackson = noClasses()
      .that().resideInAPackage(RULES)
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", JSON)
      .because("rules decide; JSON is a binding of its own (STYLE §1, §10)");

  @ArchTest
  static final ArchRule onlyTheDataReadersReadFilesOrLogs = noClasses()
      .that().resideInAPackage(RULES)
      .and().resideOutsideOfPackages("eu.mieux.rules.coverage..", "eu.mieux.rules.catalogue..",
          "eu.mieux.rules.governance..")
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "org.slf4j..",
          "de.siegmar.fastcsv..")
      .because("the data readers (coverage, rule catalogue, governance) are the only code that reads files (STYLE §6, §10)");

  @ArchTest
  static final ArchRule jsonDoesNotDependOnRules = noClasses()
      .that().resideInAPackage(JSON)
      .should().dependOnClassesThat().resideInAPackage(RULES)
      .because("json sees the model's decision types, never the rules (STYLE §1)");

  @ArchTest
  static final ArchRule iatiDependsOnTheModelOnly = noClasses()
      .that().resideInAPackage(IATI)
      .should().dependOnClassesThat().resideInAnyPackage(RULES, JSON, "com.fasterxml..", "eu.mieux.examples..")
      .because("the IATI export needs the model only and writes XML with the JDK (issue 16)");

  @ArchTest
  static final ArchRule nothingButExamplesDependsOnIati = noClasses()
      .that().resideInAnyPackage(MODEL, RULES, JSON)
      .should().dependOnClassesThat().resideInAPackage(IATI)
      .because("the IATI export is a binding of its own, like JSON (STYLE §1)");

  @ArchTest
  static final ArchRule immutablesImplementationsStayInsideTheModel = noClasses()
      .that().resideInAPackage("eu.mieux..")
      .and().resideOutsideOfPackage(MODEL)
      .and(describe("are not an Immutables value, its builder or its generated class",
          (JavaClass c) -> !isImmutablesPart(c)))
      .should().dependOnClassesThat(describe("are mieux classes named Immutable*",
          (JavaClass c) -> c.getPackageName().startsWith("eu.mieux.")
              && c.getSimpleName().startsWith("Immutable")))
      .because("callers write X.builder(); Immutable* names are a model detail (STYLE §3). "
          + "The package filter keeps Guava's ImmutableList allowed");

  @ArchTest
  static final ArchRule moduleSlicesAreFreeOfCycles = slices()
      .matching("eu.mieux.(*)..")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule rulesSlicesAreFreeOfCycles = slices()
      .matching("eu.mieux.rules.(*)..")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule publicRuleClassesAreFinal = classes()
      .that().resideInAPackage(RULES)
      .and().arePublic()
      .and().areNotInterfaces()
      .and().areNotEnums()
      .and().areNotRecords()
      .and(describe("are not Immutables values or their generated classes", (JavaClass c) -> !isImmutablesPart(c)))
      .should().haveModifier(JavaModifier.FINAL);

  @ArchTest
  static final ArchRule noDumpingGroundNames = noClasses()
      .that().resideInAPackage("eu.mieux..")
      .should().haveSimpleNameEndingWith("Util")
      .orShould().haveSimpleNameEndingWith("Utils")
      .orShould().haveSimpleNameEndingWith("Helper")
      .orShould().haveSimpleNameEndingWith("Manager")
      .orShould().haveSimpleNameEndingWith("Impl");

  @ArchTest
  static final ArchRule modelAndRulesNeverReadTheClock = noClasses()
      .that().resideInAnyPackage(MODEL, RULES, IATI)
      .should().callMethodWhere(describe("reads the system clock", ArchitectureTest::readsClock))
      .because("the as-of date is always an argument (STYLE §5); the IATI export takes its instants");

  @ArchTest
  static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule onlyExamplesUseStandardStreams = noClasses()
      .that().resideOutsideOfPackage("eu.mieux.examples..")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

  /** An abstract Immutables value, its nested builder, or the class Immutables generated for it. */
  private static boolean isImmutablesPart(JavaClass c) {
    return c.isAnnotatedWith(IMMUTABLE)
        || (c.getSimpleName().startsWith("Immutable") && c.getPackageName().startsWith("eu.mieux."))
        || c.getEnclosingClass().map(ArchitectureTest::isImmutablesPart).orElse(false);
  }

  /**
   * Calls that read the date or the wall clock. {@code System.nanoTime} is not one: it measures an
   * elapsed time (the coverage loader logs how long it took, STYLE §6) and cannot leak into a decision.
   */
  private static boolean readsClock(JavaCall<?> call) {
    String owner = call.getTargetOwner().getName();
    String name = call.getName();
    return (owner.startsWith("java.time.") && name.equals("now"))
        || (owner.equals("java.time.Clock") && name.startsWith("system"))
        || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"));
  }
}
