package eu.mieux.rules.governance;

import static eu.mieux.model.action.SteeringCommitteeMember.DG_DEVCO;
import static eu.mieux.model.action.SteeringCommitteeMember.DG_HOME;
import static eu.mieux.model.action.SteeringCommitteeMember.DG_INTPA;
import static eu.mieux.model.action.SteeringCommitteeMember.DG_NEAR;
import static eu.mieux.model.action.SteeringCommitteeMember.EEAS;
import static eu.mieux.model.action.SteeringCommitteeMember.ICMPD_MIEUX_TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mieux.model.action.SteeringCommitteeMember;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

/** The steering committee by date, as data with sources (RULES.md §2; §15.3 G-SC2). */
class SteeringCommitteeTest {

  private static final SteeringCommittee COMMITTEE = SteeringCommittee.standard();

  /** RULES.md §2: DG DEVCO, DG HOME and the EEAS (2018 annual report). */
  @Test
  void beforeMieuxPlus() {
    assertThat(COMMITTEE.membersOn(LocalDate.of(2018, 6, 1))).containsExactlyInAnyOrder(DG_DEVCO, DG_HOME, EEAS);
  }

  /** G-SC2: DG NEAR and the ICMPD team from MIEUX+; DG DEVCO became DG INTPA on 16 January 2021. */
  @Test
  void mieuxPlusAndTheRenaming() {
    assertThat(COMMITTEE.membersOn(LocalDate.of(2021, 1, 15)))
        .containsExactlyInAnyOrder(DG_DEVCO, DG_HOME, EEAS, DG_NEAR, ICMPD_MIEUX_TEAM);
    assertThat(COMMITTEE.membersOn(LocalDate.of(2021, 1, 16)))
        .containsExactlyInAnyOrder(DG_INTPA, DG_HOME, EEAS, DG_NEAR, ICMPD_MIEUX_TEAM);
    assertThat(COMMITTEE.basesOn(LocalDate.of(2022, 1, 1))).allSatisfy(b -> {
      assertThat(b.source()).contains("mieux-initiative.eu");
      assertThat(b.period()).isPresent();
    });
    assertThat(COMMITTEE.membersOn(LocalDate.of(2008, 11, 30))).isEmpty();
  }

  /** No source file name leaks into the citations (issue 13: cite what a reader can find). */
  @Test
  void citationsNameReportsOrUrls() {
    assertThat(COMMITTEE.basesOn(LocalDate.of(2010, 1, 1)))
        .allSatisfy(b -> assertThat(b.source()).doesNotContain(".txt").contains("annual report 2018"));
  }

  /** DG DEVCO and DG INTPA are one directorate-general under two names: never both on a date. */
  @Property(tries = 300)
  void devcoAndIntpaNeverSitTogether(@ForAll @DateRange(min = "2008-12-01", max = "2024-04-30") LocalDate date) {
    var members = COMMITTEE.membersOn(date);
    assertThat(members.contains(DG_DEVCO) ^ members.contains(DG_INTPA)).isTrue();
    assertThat(members).contains(DG_HOME, EEAS);
  }

  @Test
  void badRowsNameTheFileLineAndColumn() {
    String header = "member,valid_from,valid_to,basis,source\n";
    assertThatThrownBy(() -> SteeringCommittee.read(header + "dg_x,2020-01-01,2021-01-01,b,s\n", "sc.csv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sc.csv:2: column member:");
    assertThatThrownBy(() -> SteeringCommittee.read(header + "eeas,2020-01-01,2019-01-01,b,s\n", "sc.csv"))
        .hasMessage("sc.csv:2: column valid_to: valid_to must be on or after 2020-01-01, but was 2019-01-01");
    assertThatThrownBy(() -> SteeringCommittee.read(header + "eeas,2020-13-01,2021-01-01,b,s\n", "sc.csv"))
        .hasMessageContaining("sc.csv:2: column valid_from: valid_from must be an ISO date");
    assertThatThrownBy(() -> SteeringCommittee.read(header + "eeas,2020-01-01,2021-01-01,b, \n", "sc.csv"))
        .hasMessageContaining("column source: source must not be blank");
    assertThatThrownBy(() -> SteeringCommittee.read("member,from\neeas,2020\n", "sc.csv"))
        .hasMessageStartingWith("sc.csv:1: header must be");
    assertThat(SteeringCommittee.read(header + "eeas,2020-01-01,2021-01-01,b,s\n", "sc.csv")
        .membersOn(LocalDate.of(2020, 6, 1))).containsExactly(SteeringCommitteeMember.EEAS);
  }
}
