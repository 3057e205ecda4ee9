package eu.mieux.model.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import eu.mieux.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of the {@link RuleId} atom. */
class RuleIdTest {

  @Provide
  Arbitrary<RuleId> ids() {
    return ModelArbitraries.ruleIds();
  }

  @Property
  void parseReadsBackToString(@ForAll("ids") RuleId id) {
    assertEquals(id, RuleId.parse(id.toString()));
    assertEquals(id, RuleId.of(id.id()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"R-EL1", "R-EL3", "R-LC11", "A1", "E5", "T4", "M-PW1", "R-EL4a", "GP10"})
  void acceptsTheCatalogueForms(String text) {
    assertEquals(text, RuleId.parse(text).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "r-el1", "R-", "R--EL1", "-EL1", "R EL1", "R-EL1 ", "1A", "R-EL1ab",
      "R-el1", "É1"})
  void rejectsOtherForms(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleId.of(text));
    assertEquals("id must look like 'R-EL3', 'A1' or 'M-PW1', but was '" + text + "'", e.getMessage());
  }

  @Test
  void rejectsNull() {
    assertEquals("id", assertThrows(NullPointerException.class, () -> RuleId.of(null)).getMessage());
    assertEquals("text",
        assertThrows(NullPointerException.class, () -> RuleId.parse(null)).getMessage());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(RuleId.of("R-EL3"), RuleId.parse("R-EL3"))
        .addEqualityGroup(RuleId.of("R-EL4"))
        .addEqualityGroup(RuleId.of("R-EL4a"))
        .addEqualityGroup(RuleId.of("M-PW1"))
        .testEquals();
  }

  @Test
  void comparesByText() {
    assertEquals(-1, Integer.signum(RuleId.of("R-EL1").compareTo(RuleId.of("R-EL2"))));
    assertEquals(0, RuleId.of("A1").compareTo(RuleId.parse("A1")));
  }
}
