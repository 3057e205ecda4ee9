package eu.mieux.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rule checks work without any test framework on the classpath: the main classes of this package
 * use only the JDK and mieux, and nothing else in mieux depends on them. The kit is the one home of
 * the example JSON documents but serves them as text: its main classes do not use the JSON binding,
 * which its users add if they read JSON (its tests use it, in test scope).
 */
@AnalyzeClasses(packages = "eu.mieux", importOptions = DoNotIncludeTests.class)
class TestingArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheJdkAndMieux = classes().that().resideInAPackage("eu.mieux.testing..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "eu.mieux..");

  @ArchTest
  static final ArchRule nothingElseDependsOnTheChecks = classes().that().resideInAPackage("eu.mieux.testing..")
      .should().onlyHaveDependentClassesThat().resideInAPackage("eu.mieux.testing..");

  @ArchTest
  static final ArchRule documentsAreServedAsText = noClasses().that().resideInAPackage("eu.mieux.testing..")
      .should().dependOnClassesThat().resideInAnyPackage("eu.mieux.json..", "com.fasterxml..");
}
