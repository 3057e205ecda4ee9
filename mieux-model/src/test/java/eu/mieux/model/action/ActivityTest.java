package eu.mieux.model.action;

import static eu.mieux.model.testing.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.mieux.model.ValidityPeriod;
import eu.mieux.model.testing.ModelArbitraries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link Activity}. */
class ActivityTest {

  @Provide
  Arbitrary<Activity> activities() {
    return ModelArbitraries.activities();
  }

  static Activity rebuild(Activity a) {
    return Activity.builder().type(a.type()).title(a.title()).startDate(a.startDate())
        .endDate(a.endDate()).location(a.location()).addAllExpertIds(a.expertIds()).build();
  }

  @Property
  void everyGeneratedActivitySatisfiesItsInvariants(@ForAll("activities") Activity activity) {
    assertEquals(activity, rebuild(activity));
    assertFalse(activity.endDate().isBefore(activity.startDate()));
    activity.title().ifPresent(t -> assertFalse(t.isBlank()));
    assertEquals(activity.expertIds().size(), new HashSet<>(activity.expertIds()).size());
    assertEquals(ValidityPeriod.of(activity.startDate(), activity.endDate()), activity.period());
  }

  @Property
  void rejectsEndBeforeStart(@ForAll("activities") Activity activity,
      @ForAll @IntRange(min = 1, max = 1000) int days) {
    assertRejected(() -> ((ImmutableActivity) activity)
        .withEndDate(activity.startDate().minusDays(days)), "endDate");
  }

  @Property
  void rejectsBlankTitle(@ForAll("activities") Activity activity) {
    assertRejected(() -> ((ImmutableActivity) activity).withTitle("\n"), "title");
  }

  @Property
  void rejectsDuplicateExpertId(@ForAll("activities") Activity activity) {
    List<String> ids = new ArrayList<>(activity.expertIds());
    Assume.that(!ids.isEmpty());
    ids.add(ids.get(0));
    assertRejected(() -> ((ImmutableActivity) activity).withExpertIds(ids), "expertIds");
  }
}
