package eu.mieux.model.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Tests of {@link SubTopic}: every sub-topic sits under exactly one thematic area. */
class SubTopicTest {

  @Property
  void everySubTopicIsUnderExactlyOneArea(@ForAll SubTopic topic) {
    assertNotNull(topic.area());
    long areas = Arrays.stream(ThematicArea.values()).filter(a -> a == topic.area()).count();
    assertEquals(1, areas);
    assertFalse(topic.label().isBlank());
  }

  @Test
  void everyAreaHasSubTopics() {
    Map<ThematicArea, Long> byArea = Arrays.stream(SubTopic.values())
        .collect(Collectors.groupingBy(SubTopic::area, () -> new EnumMap<>(ThematicArea.class),
            Collectors.counting()));
    assertEquals(ThematicArea.values().length, byArea.size(), byArea.toString());
  }

  @Test
  void labelsAreUnique() {
    assertEquals(SubTopic.values().length,
        Arrays.stream(SubTopic.values()).map(SubTopic::label).distinct().count());
  }

  @Test
  void choicesOfRulesQ15() {
    assertEquals(ThematicArea.INTERNATIONAL_PROTECTION_AND_ASYLUM,
        SubTopic.UNACCOMPANIED_MIGRANT_CHILDREN.area());
    assertEquals(ThematicArea.HORIZONTAL_INTERVENTIONS,
        SubTopic.MIGRATION_OBSERVATORY_AND_DATA_MANAGEMENT.area());
  }

  @Test
  void onlyHorizontalInterventionsIsNotAGammPillar() {
    assertEquals(1, Arrays.stream(ThematicArea.values()).filter(a -> !a.isGammPillar()).count());
    assertFalse(ThematicArea.HORIZONTAL_INTERVENTIONS.isGammPillar());
  }
}
