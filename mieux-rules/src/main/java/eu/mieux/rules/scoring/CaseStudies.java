package eu.mieux.rules.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import eu.mieux.model.ActionCode;
import eu.mieux.model.Coded;
import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.practice.Evidence;
import eu.mieux.model.practice.EvidenceKind;
import eu.mieux.model.practice.GoodPracticeCharacteristic;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.catalogue.DataTable;
import eu.mieux.rules.catalogue.Reports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The 16 case studies of the 10-year report 'Créer des liens' (2020) as model values: each a
 * realistic {@link Action}, the characteristics its panel credits, and the evidence its text
 * reports, each citing the case study's pages.
 *
 * <p>The values are data, read on first use from tables shipped beside this class:
 * {@code case-studies.csv} (one row per case study and its Action), {@code case-study-bodies.csv}
 * (requesting and other authorities), {@code case-study-activities.csv},
 * {@code case-study-focal-points.csv}, {@code case-study-deliverables.csv},
 * {@code case-study-experts.csv} and {@code case-study-evidence.csv} (credited {@code yes}: the
 * evidence for a credited characteristic; {@code no}: {@link CaseStudy#evidenceNotCredited()};
 * evidence cites its case study's pages, or those of {@code cites_case_study} when given).
 *
 * <p>Assessed by {@link GoodPracticeScoring} under {@link Scoring#standard()}, each case study's
 * profile is exactly the characteristics its panel credits (16 of 16), and the totals per
 * characteristic are 8, 4, 4, 11, 10, 6, 3, 4, 5 and 7, 62 in all.
 *
 * <p>How the values were built:
 * <ul>
 *   <li><b>Evidence</b> states facts of the narrative in English. Nothing is invented to reach a
 *       characteristic: each credited characteristic is backed by what the text reports.</li>
 *   <li>Choice: the narratives also report facts that would fall under characteristics the panels
 *       do not credit (Mauritius has a paragraph headed "complementarity and synergies", yet 8 is
 *       not credited). Such facts are kept in {@link CaseStudy#evidenceNotCredited()}, not passed
 *       to the scoring, because the panel is the report's own assessment. The list is a sample of
 *       the clearest cases, not exhaustive.</li>
 *   <li><b>Dates</b>: the texts give years, sometimes months. An Action runs from 1 January of its
 *       first year to 31 December of its last; an activity dated to the month runs from the
 *       month's first to its last day. Activities are listed only where the text dates them.</li>
 *   <li><b>Thematic areas</b> follow a derived grouping, which the text does not state line by
 *       line; <b>codes</b> only where the reports give one without ambiguity.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseStudies {

  private CaseStudies() {}

  /**
   * Gets the 16 case studies, in the order of the 10-year report.
   *
   * @return the case studies, numbered 1 to 16
   */
  public static List<CaseStudy> all() {
    return Standard.ALL;
  }

  /**
   * Obtains a case study by its number.
   *
   * @param number  the number in the report's order, 1 to 16
   * @return the case study
   * @throws IllegalArgumentException if the number is not between 1 and 16
   */
  public static CaseStudy ofNumber(int number) {
    checkArgument(number >= 1 && number <= 16, "number must be between 1 and 16, but was %s",
        number);
    return Standard.ALL.get(number - 1);
  }

  private static final class Standard {
    static final List<CaseStudy> ALL = read();
  }

  private static List<CaseStudy> read() {
    List<Action.Builder> actions = new ArrayList<>();
    List<CaseStudy.Builder> studies = new ArrayList<>();
    for (DataTable.Row row : table("case-studies.csv", "number", "title", "action_title", "phase", "start_date",
        "end_date", "status", "thematic_areas", "partner_countries", "code", "sequel_number", "credited")) {
      int number = number(row, "number");
      if (number != studies.size() + 1) {
        throw row.error("number", "number must be " + (studies.size() + 1) + ", the next in order, but was " + number);
      }
      Action.Builder action = Action.builder().title(row.text("action_title"))
          .phase(required(row, "phase", code -> Coded.fromCode(Phase.class, code)))
          .startDate(required(row, "start_date", LocalDate::parse))
          .endDate(row.optional("end_date", LocalDate::parse))
          .status(required(row, "status", code -> Coded.fromCode(ActionStatus.class, code)))
          .addAllThematicAreas(row.list("thematic_areas", code -> Coded.fromCode(ThematicArea.class, code)))
          .addAllPartnerCountries(row.list("partner_countries", Country::ofAlpha2))
          .code(row.optional("code", ActionCode::parse));
      row.optional("sequel_number", Integer::valueOf).ifPresent(action::sequelNumber);
      actions.add(action);
      studies.add(CaseStudy.builder().number(number).title(row.text("title")).source(Reports.caseStudy(number))
          .addAllCredited(row.list("credited", code -> Coded.fromCode(GoodPracticeCharacteristic.class, code))));
    }
    each("case-study-bodies.csv", actions, (row, action) -> {
      RequestingBody body = RequestingBody.builder().name(row.text("name"))
          .acronym(row.optional("acronym"))
          .kind(required(row, "kind", code -> Coded.fromCode(RequesterKind.class, code)))
          .country(row.optional("country", Country::ofAlpha2)).build();
      if (row.text("role").equals("requesting")) {
        action.requestingAuthority(body);
      } else {
        action.addOtherAuthority(body);
      }
    }, "role", "name", "acronym", "kind", "country");
    each("case-study-activities.csv", actions, (row, action) -> action.addActivity(Activity.builder()
        .type(required(row, "type", code -> Coded.fromCode(ActivityType.class, code)))
        .title(row.optional("title"))
        .startDate(required(row, "start_date", LocalDate::parse))
        .endDate(required(row, "end_date", LocalDate::parse))
        .location(row.optional("location", Country::ofAlpha2))
        .addAllExpertIds(row.list("expert_ids")).build()),
        "type", "title", "start_date", "end_date", "location", "expert_ids");
    each("case-study-focal-points.csv", actions, (row, action) -> action.addFocalPoint(FocalPoint.builder()
        .personId(row.text("person_id")).institution(row.text("institution")).profile(row.optional("profile"))
        .build()), "person_id", "institution", "profile");
    each("case-study-deliverables.csv", actions, (row, action) -> action.addDeliverable(Deliverable.builder()
        .type(required(row, "type", code -> Coded.fromCode(DeliverableType.class, code)))
        .title(row.text("title")).adoptedOn(row.optional("adopted_on", LocalDate::parse)).build()),
        "type", "title", "adopted_on");
    each("case-study-experts.csv", actions, (row, action) -> action.addExpert(Expert.builder()
        .id(row.text("id"))
        .origin(required(row, "origin", code -> Coded.fromCode(ExpertOrigin.class, code)))
        .profile(required(row, "profile", code -> Coded.fromCode(ExpertProfile.class, code)))
        .nationality(row.optional("nationality", Country::ofAlpha2))
        .institution(row.optional("institution")).build()),
        "id", "origin", "profile", "nationality", "institution");
    List<CaseStudy.Builder> withEvidence = studies;
    for (DataTable.Row row : table("case-study-evidence.csv", "case_study", "credited", "kind", "statement", "date",
        "cites_case_study")) {
      int number = caseStudy(row, studies.size());
      int cited = row.optional("cites_case_study", Integer::valueOf).orElse(number);
      Evidence evidence = Evidence.builder()
          .kind(required(row, "kind", code -> Coded.fromCode(EvidenceKind.class, code)))
          .statement(row.text("statement")).source(Reports.caseStudy(cited))
          .date(row.optional("date", LocalDate::parse)).build();
      switch (row.text("credited")) {
        case "yes" -> withEvidence.get(number - 1).addEvidence(evidence);
        case "no" -> withEvidence.get(number - 1).addEvidenceNotCredited(evidence);
        default -> throw row.error("credited", "credited must be 'yes' or 'no', but was '" + row.text("credited") + "'");
      }
    }
    ImmutableList.Builder<CaseStudy> all = ImmutableList.builder();
    for (int i = 0; i < studies.size(); i++) {
      all.add(studies.get(i).action(actions.get(i).build()).build());
    }
    return all.build();
  }

  private static List<DataTable.Row> table(String name, String... columns) {
    return DataTable.readResource(CaseStudies.class, name, List.of(columns)).rows();
  }

  private static void each(String name, List<Action.Builder> actions, BiConsumer<DataTable.Row, Action.Builder> add,
      String... columns) {
    List<String> all = new ArrayList<>();
    all.add("case_study");
    all.addAll(List.of(columns));
    for (DataTable.Row row : DataTable.readResource(CaseStudies.class, name, all).rows()) {
      add.accept(row, actions.get(caseStudy(row, actions.size()) - 1));
    }
  }

  private static int caseStudy(DataTable.Row row, int count) {
    int number = number(row, "case_study");
    if (number < 1 || number > count) {
      throw row.error("case_study", "case_study must be between 1 and " + count + ", but was " + number);
    }
    return number;
  }

  private static int number(DataTable.Row row, String column) {
    return required(row, column, Integer::valueOf);
  }

  private static <T> T required(DataTable.Row row, String column, java.util.function.Function<String, T> parser) {
    return row.optional(column, parser)
        .orElseThrow(() -> row.error(column, column + " must not be blank, but was ''"));
  }
}
