package eu.mieux.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.decision.RuleId;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped rule catalogue, its reader, and the rules' use of it (issue 13). */
class RuleCatalogueTest {

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.standard();
  /** A source-text file name of the kind the catalogue replaced, such as {@code 003_0123456789abcdef.txt}. */
  private static final Pattern FILE_NAME = Pattern.compile("\\d{3}_[0-9a-f]{16}|\\.txt\\b|RULES\\.md|SOURCES\\.md");
  private static final String HEADER = "id,topic,statement,sources\n";

  @Test
  void everyRuleIdDeclaredByTheRulesIsInTheCatalogue() throws ReflectiveOperationException {
    List<RuleId> declared = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("eu.mieux.rules")) {
      for (JavaField f : c.getFields()) {
        if (f.getModifiers().contains(JavaModifier.STATIC) && f.getRawType().isEquivalentTo(RuleId.class)) {
          Field field = f.reflect();
          field.setAccessible(true);
          declared.add((RuleId) field.get(null));
        }
      }
    }
    assertThat(declared).hasSizeGreaterThan(30);
    assertThat(declared).allSatisfy(id -> assertThat(CATALOGUE.find(id)).as("catalogue entry of %s", id).isPresent());
  }

  @Test
  void theTenCharacteristicsAndTheRulesAppliedTwiceHaveOneEntryEach() {
    for (int n = 1; n <= 10; n++) {
      assertThat(CATALOGUE.rule(RuleId.of("M-GP" + n)).statement()).startsWith("characteristic " + n + ", ");
    }
    for (String id : List.of("R-LC1", "R-LC2", "E2", "E5")) {
      assertThat(CATALOGUE.rules().stream().filter(r -> r.id().id().equals(id))).hasSize(1);
    }
  }

  @Test
  void everySourceNamesWhatAReaderCanFind() {
    assertThat(CATALOGUE.rules()).hasSizeGreaterThan(80);
    for (CatalogueRule rule : CATALOGUE.rules()) {
      assertThat(rule.sources()).as(rule.id().id()).allSatisfy(source -> {
        assertThat(FILE_NAME.matcher(source).find()).as("%s cites %s", rule.id(), source).isFalse();
        assertThat(source).matches("(MIEUX annual report 2018, \".+\""
            + "|10-year report 'Créer des liens' \\(2020\\), .+"
            + "|(Regulation|Council Decision|Internal Agreement) .+"
            + "|https?://\\S+)");
      });
      assertThat(FILE_NAME.matcher(rule.statement()).find()).as(rule.id().id()).isFalse();
    }
  }

  @Test
  void legalBasisCarriesTheIdStatementAndSources() {
    LegalBasis basis = CATALOGUE.legalBasis(RuleId.of("R-EL8"));
    assertThat(basis.basis()).isEqualTo("R-EL8: an Action is carried out in a country outside the EU");
    assertThat(basis.source()).isEqualTo("10-year report 'Créer des liens' (2020), \"Glossaire\", p. 11-16");
    assertThat(basis.period()).isEmpty();
    assertThat(basis.instrument()).isEmpty();
  }

  @Test
  void anUnknownIdIsRefusedByName() {
    assertThatThrownBy(() -> CATALOGUE.rule(RuleId.of("X-NONE9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be in the rule catalogue, but was 'X-NONE9'");
    assertThat(CATALOGUE.find(RuleId.of("X-NONE9"))).isEmpty();
  }

  @Test
  void readsQuotedFieldsAndSplitsSources() {
    RuleCatalogue catalogue = RuleCatalogue.read(new StringReader(HEADER
        + "A9,Activities,\"a statement, with a comma\",\"https://example.org/a ; 10-year report, p. 1\"\n"),
        "test.csv");
    assertThat(catalogue.rules()).singleElement().satisfies(rule -> {
      assertThat(rule.statement()).isEqualTo("a statement, with a comma");
      assertThat(rule.sources()).containsExactly("https://example.org/a", "10-year report, p. 1");
    });
  }

  @Test
  void aDuplicateIdNamesBothLines() {
    assertThatThrownBy(() -> RuleCatalogue.read(new StringReader(HEADER + "A9,t,s,x\nA8,t,s,x\nA9,t,s,y\n"), "test.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.csv:4: column id: id must appear once, but 'A9' is also on line 2");
  }

  @Test
  void aBadFieldNamesFileLineAndColumn() {
    assertThatThrownBy(() -> RuleCatalogue.read(new StringReader(HEADER + "A9,t,s,x\nnot an id,t,s,x\n"), "test.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test.csv:3: column id: id must look like");
    assertThatThrownBy(() -> RuleCatalogue.read(new StringReader(HEADER + "A9,t, ,x\n"), "test.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.csv:2: column statement: statement must not be blank, but was ' '");
    assertThatThrownBy(() -> RuleCatalogue.read(new StringReader(HEADER + "A9,t,s, ; \n"), "test.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.csv:2: column sources: sources must not be empty, but was []");
  }

  @Test
  void aWrongHeaderIsRefused() {
    assertThatThrownBy(() -> RuleCatalogue.read(new StringReader("id,statement,sources\nA9,s,x\n"), "test.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.csv:1: header must be [id, topic, statement, sources], but was [id, statement, sources]");
  }
}
