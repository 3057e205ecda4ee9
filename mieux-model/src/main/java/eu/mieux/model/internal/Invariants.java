package eu.mieux.model.internal;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Consistency checks shared by the model's {@code @Value.Check} methods. Not part of the API.
 */
public final class Invariants {

  private Invariants() {}

  /**
   * Checks that a list holds no element twice.
   *
   * @param name  the attribute name, for the message
   * @param values  the list to check
   * @throws IllegalStateException naming the attribute and the first repeated index
   */
  public static void checkNoDuplicates(String name, List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      checkState(seen.add(values.get(i)), "%s must not hold duplicates, but %s[%s] repeats %s",
          name, name, i, values.get(i));
    }
  }

  /**
   * Checks that no sub-topic is given twice and that each belongs to one of the thematic areas.
   *
   * @param subTopics  the sub-topics, attribute {@code subTopics}
   * @param thematicAreas  the areas, attribute {@code thematicAreas}
   * @throws IllegalStateException naming the first offending {@code subTopics[i]}
   */
  public static void checkSubTopics(List<SubTopic> subTopics, List<ThematicArea> thematicAreas) {
    checkNoDuplicates("subTopics", subTopics);
    for (int i = 0; i < subTopics.size(); i++) {
      SubTopic topic = subTopics.get(i);
      checkState(thematicAreas.contains(topic.area()),
          "subTopics[%s] must belong to one of thematicAreas %s, but %s belongs to %s",
          i, thematicAreas, topic, topic.area());
    }
  }

  /**
   * Checks that a text is not blank.
   *
   * @param name  the attribute name, for the message
   * @param value  the text to check
   * @throws IllegalStateException naming the attribute
   */
  public static void checkNotBlank(String name, String value) {
    checkState(!value.isBlank(), "%s must not be blank, but was '%s'", name, value);
  }
}
