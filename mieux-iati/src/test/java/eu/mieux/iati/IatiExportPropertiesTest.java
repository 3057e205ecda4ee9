package eu.mieux.iati;

import static eu.mieux.iati.RulesetCheck.children;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.action.Action;
import eu.mieux.model.testing.ModelArbitraries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Element;

/**
 * Properties of the export over generated Actions (issue 16): every document is schema-valid (when
 * the shared schema is present) with no ruleset error of the Java check, every percentage group
 * sums to exactly 100, and the identifiers are unique and prefixed; an Action is refused exactly
 * when it has no code or repeats an earlier code.
 */
class IatiExportPropertiesTest {

  private static final LocalDate AS_OF = ModelArbitraries.LAST_DATE;
  private static final Instant GENERATED = Instant.parse("2028-01-01T00:00:00Z");

  @Provide
  Arbitrary<List<Action>> actionLists() {
    return ModelArbitraries.actions().list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 200)
  void exportsAreValidAndSumToOneHundred(@ForAll("actionLists") List<Action> actions,
      @ForAll("asOfDates") LocalDate asOf) {
    IatiExport export = IatiExporter.standard().export(actions, asOf, GENERATED);
    Set<Object> codes = new HashSet<>();
    int refused = 0;
    for (Action action : actions) {
      boolean exported = action.code().isPresent() && codes.add(action.code().get());
      refused += exported ? 0 : 1;
    }
    assertThat(export.refusals()).hasSize(refused);
    assertThat(export.identifiers()).doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith(IatiSettings.ICMPD_REF + "-"));
    if (!export.hasActivities()) {
      assertThatThrownBy(export::toXml).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("exported must hold at least one Action");
      return;
    }
    String xml = export.toXml();
    assertThat(RulesetCheck.failures(xml, IatiSettings.ICMPD_REF, asOf)).isEmpty();
    IatiReferee.schema().ifPresent(schema -> assertThat(IatiReferee.errors(schema, xml)).isEmpty());
    for (Element activity : children(RulesetCheck.parse(xml).getDocumentElement(), "iati-activity")) {
      assertThat(sum(children(activity, "recipient-country"))).isEqualTo(100);
      for (String vocabulary : List.of("1", "99", "98")) {
        List<Element> sectors = children(activity, "sector").stream()
            .filter(e -> e.getAttribute("vocabulary").equals(vocabulary)).toList();
        if (!sectors.isEmpty()) {
          assertThat(sum(sectors)).as("vocabulary %s", vocabulary).isEqualTo(100);
        }
      }
    }
  }

  @Property
  void wholeSharesAlwaysSumToOneHundred(@ForAll("counts") int count) {
    int sum = 0;
    for (int i = 0; i < count; i++) {
      int share = PercentageSplit.share(i, count);
      assertThat(share).isBetween(0, 100);
      sum += share;
    }
    assertThat(sum).isEqualTo(100);
  }

  @Provide
  Arbitrary<Integer> counts() {
    return net.jqwik.api.Arbitraries.integers().between(1, 500);
  }

  @Provide
  Arbitrary<LocalDate> asOfDates() {
    return ModelArbitraries.datesBetween(ModelArbitraries.FIRST_DATE, AS_OF);
  }

  private static int sum(List<Element> elements) {
    return elements.stream().mapToInt(e -> Integer.parseInt(e.getAttribute("percentage"))).sum();
  }
}
