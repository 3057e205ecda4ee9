package eu.mieux.iati;

import static eu.mieux.iati.RulesetCheck.children;
import static eu.mieux.iati.RulesetCheck.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.model.ActionCode;
import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.CrsPurposeCode;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.testing.JsonFixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Examples of the IATI export (issue 16): the example documents and the fixtures export to files the
 * official schema accepts with no ruleset error, and each mapping row of the README's table holds.
 */
class IatiExporterTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final Instant GENERATED = Instant.parse("2024-07-01T08:00:00Z");
  static final String REF = IatiSettings.ICMPD_REF;
  // ---------------------------------------------------------------------------------------------
  // every Action or case-study document with a code among the rule-check kit's documents

  static Stream<String> documentsWithCode() {
    return JsonFixtures.documentNames().stream()
        .filter(name -> name.endsWith(".action.json") || name.endsWith(".case-study.json"))
        .filter(name -> action(name).code().isPresent());
  }

  /** Reads an Action, or a case study's Action, from a document of the kit's {@link JsonFixtures}. */
  static Action action(String name) {
    Document document = MieuxJson.readDocument(JsonFixtures.document(name).getBytes(StandardCharsets.UTF_8));
    if (document instanceof Document.OfAction action) {
      return action.action();
    }
    return ((Document.OfCaseStudy) document).caseStudy().action();
  }

  @ParameterizedTest
  @MethodSource("documentsWithCode")
  void everyDocumentWithACodeExportsWithNoRulesetError(String name) {
    Action action = action(name);
    IatiExport export = IatiExporter.standard().export(List.of(action), AS_OF, GENERATED);
    assertThat(export.refusals()).isEmpty();
    String xml = export.toXml();
    assertThat(RulesetCheck.failures(xml, REF, AS_OF)).as(name).isEmpty();
    Element activity = activity(xml);
    assertThat(text(activity, "iati-identifier")).isEqualTo(REF + "-" + action.code().get());
    assertThat(children(activity, "recipient-country")).extracting(e -> e.getAttribute("code"))
        .containsExactlyElementsOf(action.partnerCountries().stream().map(Country::alpha2).toList());
    assertThat(first(activity, "sector").getAttribute("code")).isEqualTo("15190");
    assertThat(first(activity, "activity-status").getAttribute("code"))
        .isEqualTo(ActivityWriter.statusCode(action.status()));
  }

  @ParameterizedTest
  @MethodSource("documentsWithCode")
  void everyDocumentWithACodeIsSchemaValid(String name) {
    assumeTrue(IatiReferee.schema().isPresent(), IatiReferee.MISSING);
    String xml = IatiExporter.standard().export(List.of(action(name)), AS_OF, GENERATED).toXml();
    assertThat(IatiReferee.errors(IatiReferee.schema().get(), xml)).as(name).isEmpty();
  }

  @Test
  void allDocumentsTogetherAreOneSchemaValidDocumentWithUniqueIdentifiers() {
    List<Action> all = documentsWithCode().map(IatiExporterTest::action)
        .collect(Collectors.toMap(a -> a.code().get(), a -> a, (a, b) -> a)).values().stream().toList();
    IatiExport export = IatiExporter.standard().export(all, AS_OF, GENERATED);
    assertThat(export.isComplete()).isTrue();
    assertThat(export.identifiers()).hasSize(all.size()).doesNotHaveDuplicates().allMatch(i -> i.startsWith(REF + "-"));
    String xml = export.toXml();
    assertThat(RulesetCheck.failures(xml, REF, AS_OF)).isEmpty();
    IatiReferee.schema().ifPresent(schema -> assertThat(IatiReferee.errors(schema, xml)).isEmpty());
  }

  // ---------------------------------------------------------------------------------------------
  // the mapping, row by row (README, "IATI export")

  /**
   * Costa Rica II, code 2016-07 (RULES.md §6.3 #7, §12): the kit's fixture, with the sub-topic
   * migrant integration added to show the sector of vocabulary 98.
   */
  @Test
  void costaRicaIiMapsIdentifierOrganisationsStatusDatesCountrySectorAndResults() {
    Action costaRica = Action.builder().from(base()).addSubTopic(SubTopic.MIGRANT_INTEGRATION).build();
    String xml = IatiExporter.standard().export(List.of(costaRica), AS_OF, GENERATED).toXml();
    Element activity = activity(xml);
    assertThat(activity.getOwnerDocument().getDocumentElement().getAttribute("version")).isEqualTo("2.03");
    assertThat(activity.getAttribute("hierarchy")).isEqualTo("2");
    assertThat(activity.getAttribute("default-currency")).isEqualTo("EUR");
    assertThat(activity.getAttribute("last-updated-datetime")).isEqualTo("2024-07-01T08:00:00Z");
    assertThat(text(activity, "iati-identifier")).isEqualTo("XI-IATI-ICMPD-2016-07");
    assertThat(first(activity, "reporting-org").getAttribute("ref")).isEqualTo("XI-IATI-ICMPD");
    assertThat(first(activity, "reporting-org").getAttribute("type")).isEqualTo("40");
    assertThat(text(first(activity, "title"), "narrative")).isEqualTo("Drafting the second National Integration Plan (II)");
    assertThat(children(activity, "participating-org"))
        .extracting(e -> e.getAttribute("role") + " " + e.getAttribute("ref") + " " + e.getAttribute("type"))
        .containsExactly("1 XM-DAC-918 40", "2  10", "3 XI-IATI-EC_DEVCO 40", "4 XI-IATI-ICMPD 40");
    assertThat(text(children(activity, "participating-org").get(1), "narrative"))
        .isEqualTo("General Directorate of Migration and Foreigners (DGME)");
    assertThat(first(activity, "other-identifier").getAttribute("ref")).isEqualTo("2016-07");
    assertThat(first(activity, "activity-status").getAttribute("code")).isEqualTo("4");
    assertThat(children(activity, "activity-date")).extracting(e -> e.getAttribute("type") + " " + e.getAttribute("iso-date"))
        .containsExactly("2 2017-01-01", "4 2017-12-31");
    assertThat(first(activity, "activity-scope").getAttribute("code")).isEqualTo("4");
    assertThat(children(activity, "recipient-country")).extracting(e -> e.getAttribute("code") + " " + e.getAttribute("percentage"))
        .containsExactly("CR 100");
    assertThat(children(activity, "sector")).extracting(e -> e.getAttribute("vocabulary") + " " + e.getAttribute("code") + " " + e.getAttribute("percentage"))
        .containsExactly("1 15190 100", "99 horizontal_interventions 100", "98 migrant_integration 100");
    assertThat(first(activity, "tag").getAttribute("code")).isEqualTo("10.7");
    assertThat(first(activity, "tag").getAttribute("vocabulary")).isEqualTo("3");
    assertThat(first(activity, "default-aid-type").getAttribute("code")).isEqualTo("D02");
    assertThat(children(activity, "document-link")).isEmpty();
    // no activities recorded: no count is guessed; one deliverable, adopted on 2017-12-08
    assertThat(children(activity, "result")).extracting(e -> e.getAttribute("type")).containsExactly("2");
    Element period = (Element) activity.getElementsByTagName("period").item(0);
    assertThat(first(period, "period-start").getAttribute("iso-date")).isEqualTo("2017-01-01");
    assertThat(first(period, "period-end").getAttribute("iso-date")).isEqualTo("2017-12-31");
    assertThat(first(period, "target").getAttribute("value")).isEqualTo("1");
    assertThat(first(period, "actual").getAttribute("value")).isEqualTo("1");
  }

  @ParameterizedTest
  @CsvSource({
      "REQUEST_RECEIVED, 1", "FICHE_DRAFTED, 1", "ADAPTED_TO_PRIORITIES, 1", "APPROVED, 1",
      "IN_IMPLEMENTATION, 2", "IN_EVALUATION, 3", "CLOSED, 4", "DECLINED, 5", "WITHDRAWN, 5", "ON_HOLD, 6"})
  void activityStatusFollowsTheLifecycle(ActionStatus status, String code) {
    Action action = Action.builder().from(base()).status(status).build();
    assertThat(first(activity(export(action)), "activity-status").getAttribute("code")).isEqualTo(code);
  }

  @ParameterizedTest
  @EnumSource(ActionStatus.class)
  void everyLifecycleStateHasAStatusCode(ActionStatus status) {
    assertThat(ActivityWriter.statusCode(status)).matches("[1-6]");
  }

  @Test
  void datesUpToTheAsOfDateAreActualLaterOnesPlanned() {
    Action ongoing = Action.builder().from(base()).startDate(LocalDate.of(2024, 3, 1))
        .endDate(LocalDate.of(2024, 12, 31)).build();
    assertThat(children(activity(export(ongoing)), "activity-date"))
        .extracting(e -> e.getAttribute("type") + " " + e.getAttribute("iso-date"))
        .containsExactly("2 2024-03-01", "3 2024-12-31");
    Action planned = Action.builder().from(base()).startDate(LocalDate.of(2024, 9, 1))
        .endDate(LocalDate.of(2024, 12, 31)).build();
    assertThat(children(activity(export(planned)), "activity-date"))
        .extracting(e -> e.getAttribute("type")).containsExactly("1", "3");
    assertThat(children(activity(export(planned)), "result")).isEmpty();
  }

  /** Three partner countries share 100 percent as 34, 33, 33; a regional organisation is scope 2. */
  @Test
  void severalCountriesSumToExactlyOneHundred() {
    Action regional = Action.builder().from(base())
        .partnerCountries(List.of(Country.TH, Country.VN, Country.KH))
        .requestingAuthority(RequestingBody.builder().name("ASEAN Secretariat")
            .kind(RequesterKind.REGIONAL_ORGANISATION).build())
        .build();
    Element activity = activity(export(regional));
    assertThat(children(activity, "recipient-country")).extracting(e -> e.getAttribute("code") + " " + e.getAttribute("percentage"))
        .containsExactly("TH 34", "VN 33", "KH 33");
    assertThat(first(activity, "activity-scope").getAttribute("code")).isEqualTo("2");
    Action multi = Action.builder().from(base()).partnerCountries(List.of(Country.TH, Country.VN)).build();
    assertThat(first(activity(export(multi)), "activity-scope").getAttribute("code")).isEqualTo("3");
  }

  /** 15196 exists in the Sector codelist from 2019-01-01; 15160 carries no date. */
  @Test
  void secondarySectorsOnlyWhenTheCodelistAllowsThem() {
    IatiSettings settings = IatiSettings.builder()
        .secondarySectors(SubTopic.DATA_COLLECTION_AND_SHARING,
            List.of(CrsPurposeCode.MIGRATION, CrsPurposeCode.STATISTICS_AND_DATA))
        .secondarySectors(SubTopic.REFERRAL_OF_VICTIMS, List.of(CrsPurposeCode.HUMAN_RIGHTS))
        .build();
    Action before = Action.builder().from(base())
        .thematicAreas(List.of(ThematicArea.HORIZONTAL_INTERVENTIONS, ThematicArea.IRREGULAR_MIGRATION_AND_THB))
        .subTopics(List.of(SubTopic.DATA_COLLECTION_AND_SHARING, SubTopic.REFERRAL_OF_VICTIMS))
        .startDate(LocalDate.of(2018, 12, 31)).endDate(LocalDate.of(2019, 6, 30)).build();
    Action after = Action.builder().from(before).startDate(LocalDate.of(2019, 1, 1)).build();
    assertThat(vocabularyOne(export(settings, before))).containsExactly("15190 50", "15160 50");
    assertThat(vocabularyOne(export(settings, after))).containsExactly("15190 34", "15196 33", "15160 33");
    assertThat(children(activity(export(settings, after)), "sector"))
        .filteredOn(e -> e.getAttribute("vocabulary").equals("99"))
        .extracting(e -> e.getAttribute("percentage") + " " + e.getAttribute("vocabulary-uri"))
        .containsExactly("50 " + IatiSettings.THEMATIC_AREA_VOCABULARY, "50 " + IatiSettings.THEMATIC_AREA_VOCABULARY);
  }

  /** DG DEVCO manages before 16 January 2021, DG INTPA from then (the last managed day decides). */
  @ParameterizedTest
  @CsvSource({"2021-01-15, XI-IATI-EC_DEVCO", "2021-01-16, XI-IATI-EC_INTPA", "2017-12-08, XI-IATI-EC_DEVCO"})
  void theExtendingDirectorateGeneralFollowsTheDate(LocalDate end, String ref) {
    Action action = Action.builder().from(base()).startDate(LocalDate.of(2016, 1, 1)).endDate(end).build();
    assertThat(children(activity(export(action)), "participating-org"))
        .filteredOn(e -> e.getAttribute("role").equals("3")).extracting(e -> e.getAttribute("ref"))
        .containsExactly(ref);
  }

  @Test
  void sequelsInOneExportAreSiblingsAndPhasesParentsWhenConfigured() {
    Action first = Action.builder().from(base()).code(ActionCode.of(2012, 3)).sequelNumber(1)
        .startDate(LocalDate.of(2012, 5, 1)).endDate(LocalDate.of(2013, 5, 1)).phase(Phase.MIEUX_II).build();
    Action second = Action.builder().from(base()).sequelNumber(2).build();
    IatiSettings settings = IatiSettings.builder().phaseParent(Phase.MIEUX_III, "XI-IATI-ICMPD-MIEUX-III").build();
    String xml = IatiExporter.of(settings).export(List.of(first, second), AS_OF, GENERATED).toXml();
    List<Element> activities = children(RulesetCheck.parse(xml).getDocumentElement(), "iati-activity");
    assertThat(children(activities.get(0), "related-activity"))
        .extracting(e -> e.getAttribute("type") + " " + e.getAttribute("ref"))
        .containsExactly("3 XI-IATI-ICMPD-2016-07");
    assertThat(children(activities.get(1), "related-activity"))
        .extracting(e -> e.getAttribute("type") + " " + e.getAttribute("ref"))
        .containsExactly("1 XI-IATI-ICMPD-MIEUX-III", "3 XI-IATI-ICMPD-2012-03");
  }

  @Test
  void deliverablesAreDocumentLinksWhenADocumentBaseIsSet() {
    IatiSettings settings = IatiSettings.builder().documentBase(URI.create("https://example.org/actions/")).build();
    Element activity = activity(export(settings, base()));
    assertThat(children(activity, "document-link"))
        .extracting(e -> e.getAttribute("url") + " " + first(e, "category").getAttribute("code"))
        .containsExactly("https://example.org/actions/2016-07 A12", "https://example.org/actions/2016-07 A08");
    assertThat(text(first(children(activity, "document-link").get(1), "title"), "narrative"))
        .isEqualTo("National Integration Plan 2018-2022");
  }

  @Test
  void activitiesDeliveredCountsThoseEndedByTheAsOfDate() {
    Action action = Action.builder().from(base()).startDate(LocalDate.of(2024, 1, 1)).endDate(LocalDate.of(2024, 12, 31))
        .status(ActionStatus.IN_IMPLEMENTATION)
        .activities(List.of(
            Activity.builder().type(ActivityType.FACT_FINDING_MISSION).startDate(LocalDate.of(2024, 2, 1)).endDate(LocalDate.of(2024, 2, 3)).build(),
            Activity.builder().type(ActivityType.WORKSHOP).startDate(LocalDate.of(2024, 9, 1)).endDate(LocalDate.of(2024, 9, 3)).build()))
        .build();
    Element result = children(activity(export(action)), "result").get(0);
    assertThat(result.getAttribute("type")).isEqualTo("1");
    Element period = (Element) result.getElementsByTagName("period").item(0);
    assertThat(first(period, "period-end").getAttribute("iso-date")).isEqualTo("2024-06-30");
    assertThat(first(period, "actual").getAttribute("value")).isEqualTo("1");
    assertThat(children(period, "target")).isEmpty();
  }

  @Test
  void expertsAreNeverExported() {
    Action action = Action.builder().from(base())
        .addExperts(Expert.builder().id("ex-1").name("Maria Expertovna").origin(ExpertOrigin.EU_MEMBER_STATE)
            .profile(ExpertProfile.CIVIL_SERVANT).institution("Secret Institute").build())
        .build();
    assertThat(export(action)).doesNotContain("Maria Expertovna").doesNotContain("Secret Institute")
        .doesNotContain("ex-1");
  }

  // ---------------------------------------------------------------------------------------------
  // refusals

  /** The Philippines Action (RULES.md §6.2.1) has no code in the texts. */
  @Test
  void anActionWithoutACodeIsRefusedNamingTheField() {
    Action philippines = action("philippines-2010-2012.action.json");
    IatiExport export = IatiExporter.standard().export(List.of(base(), philippines), AS_OF, GENERATED);
    assertThat(export.isComplete()).isFalse();
    assertThat(export.identifiers()).containsExactly("XI-IATI-ICMPD-2016-07");
    assertThat(export.refusals()).singleElement().satisfies(refusal -> {
      assertThat(refusal.index()).isEqualTo(1);
      assertThat(refusal.path()).isEqualTo("/code");
      assertThat(refusal.message()).isEqualTo("code must be present to form the iati-identifier, but was empty");
      assertThat(refusal.toString()).startsWith("Action [1] 'Communicating better with migrants': /code: ");
    });
    assertThat(export.toXml()).contains("XI-IATI-ICMPD-2016-07").doesNotContain("Communicating better");
  }

  @Test
  void aRepeatedCodeIsRefused() {
    IatiExport export = IatiExporter.standard().export(List.of(base(), base()), AS_OF, GENERATED);
    assertThat(export.refusals()).singleElement().satisfies(refusal -> {
      assertThat(refusal.path()).isEqualTo("/code");
      assertThat(refusal.message()).isEqualTo("code must be unique in one export, but 2016-07 is also the code of Action [0]");
    });
  }

  @Test
  void aTextXmlCannotCarryIsRefusedWithItsPointer() {
    Action action = Action.builder().from(base())
        .deliverables(List.of(Deliverable.of(DeliverableType.GUIDE_OR_MANUAL, "ok"), Deliverable.of(DeliverableType.GUIDE_OR_MANUAL, "bell\u0007")))
        .build();
    IatiExport export = IatiExporter.standard().export(List.of(action), AS_OF, GENERATED);
    assertThat(export.refusals()).singleElement().satisfies(refusal -> {
      assertThat(refusal.path()).isEqualTo("/deliverables/1/title");
      assertThat(refusal.message()).isEqualTo("title must hold only characters XML 1.0 allows, but has U+0007 at index 4");
    });
  }

  @Test
  void theAsOfDateMustNotLieAfterTheGeneratedDate() {
    assertThatThrownBy(() -> IatiExporter.standard().export(List.of(base()), LocalDate.of(2024, 7, 2), GENERATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asOf must be on or before 2024-07-01, the UTC date of generatedAt, but was 2024-07-02");
  }

  @Test
  void theGeneratedInstantIsWrittenInWholeSeconds() {
    IatiExport export = IatiExporter.standard().export(List.of(base()), AS_OF, Instant.parse("2024-07-01T08:00:00.123456789Z"));
    assertThat(export.generatedAt()).isEqualTo(GENERATED);
    assertThat(export.toXml()).contains("generated-datetime=\"2024-07-01T08:00:00Z\"");
  }

  // ---------------------------------------------------------------------------------------------

  static Action base() {
    return action("costa-rica-ii-2016-07.action.json");
  }

  static String export(Action action) {
    return export(IatiSettings.standard(), action);
  }

  static String export(IatiSettings settings, Action action) {
    IatiExport export = IatiExporter.of(settings).export(List.of(action), AS_OF, GENERATED);
    assertThat(export.refusals()).isEmpty();
    String xml = export.toXml();
    assertThat(RulesetCheck.failures(xml, settings.reportingOrganisation().ref(), AS_OF)).isEmpty();
    IatiReferee.schema().ifPresent(schema -> assertThat(IatiReferee.errors(schema, xml)).isEmpty());
    return xml;
  }

  static Element activity(String xml) {
    return first(RulesetCheck.parse(xml).getDocumentElement(), "iati-activity");
  }

  private static List<String> vocabularyOne(String xml) {
    return children(activity(xml), "sector").stream().filter(e -> e.getAttribute("vocabulary").equals("1"))
        .map(e -> e.getAttribute("code") + " " + e.getAttribute("percentage")).toList();
  }

  private static String text(Element parent, String child) {
    return first(parent, child).getTextContent();
  }
}
