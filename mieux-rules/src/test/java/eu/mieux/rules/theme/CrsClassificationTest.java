package eu.mieux.rules.theme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mieux.model.theme.CrsPurposeCode;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import org.junit.jupiter.api.Test;

class CrsClassificationTest {

  private final CrsClassification crs = new CrsClassification();

  @Test
  void everySubTopicIsMigrationWork15190First() {
    for (SubTopic topic : SubTopic.values()) {
      assertThat(crs.codesFor(topic)).as(topic.code()).first().isEqualTo(CrsPurposeCode.MIGRATION);
    }
    for (ThematicArea area : ThematicArea.values()) {
      assertThat(crs.primaryCodeFor(area).number()).isEqualTo(15190);
    }
  }

  @Test
  void dataTopicsAlsoCarryTheStatisticsCode() {
    assertThat(crs.codesFor(SubTopic.DATA_COLLECTION_AND_SHARING)).extracting(CrsPurposeCode::number)
        .containsExactly(15190, 15196);
    assertThat(crs.codesFor(SubTopic.GENDER_BASED_APPROACH_THB)).extracting(CrsPurposeCode::number)
        .containsExactly(15190, 15180);
    assertThat(crs.codesFor(SubTopic.SMUGGLING_OF_MIGRANTS)).containsExactly(CrsPurposeCode.MIGRATION);
  }
}
