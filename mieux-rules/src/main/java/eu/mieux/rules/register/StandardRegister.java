package eu.mieux.rules.register;

import com.google.common.collect.ImmutableMap;
import eu.mieux.model.ActionCode;
import eu.mieux.model.Coded;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.country.Country;
import eu.mieux.model.country.Region;
import eu.mieux.model.decision.LegalBasis;
import eu.mieux.model.practice.CaseStudy;
import eu.mieux.model.register.RegisterEntry;
import eu.mieux.model.register.RegisterEntryKind;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.catalogue.DataTable;
import eu.mieux.rules.scoring.CaseStudies;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data of {@link KnowledgeRegister#standard()}, read from three tables shipped beside this class:
 * {@code regions.csv} (the region of each country the register names), {@code case-studies.csv}
 * (each case study's sub-topics and programme web pages) and {@code actions.csv} (the real Actions
 * the reports name, each with the report pages that name it). See {@link KnowledgeRegister} for how
 * they were built.
 */
final class StandardRegister {

  private static final List<String> REGION_COLUMNS = List.of("country", "region");
  private static final List<String> CASE_STUDY_COLUMNS = List.of("case_study", "sub_topics", "url_slugs");
  private static final List<String> ACTION_COLUMNS = List.of("title", "code", "first_year", "last_year",
      "countries", "regions", "thematic_areas", "sub_topics", "deliverable_types", "url_slugs", "sources");

  private StandardRegister() {}

  static List<RegisterEntry> entries() {
    Map<Country, Region> regions = regions();
    List<RegisterEntry> entries = new ArrayList<>();
    for (DataTable.Row row : DataTable.readResource(StandardRegister.class, "case-studies.csv", CASE_STUDY_COLUMNS)
        .rows()) {
      CaseStudy study = row.optional("case_study", text -> CaseStudies.ofNumber(Integer.parseInt(text)))
          .orElseThrow(() -> row.error("case_study", "case_study must not be blank, but was ''"));
      entries.add(caseStudy(study, row, regions));
    }
    for (DataTable.Row row : DataTable.readResource(StandardRegister.class, "actions.csv", ACTION_COLUMNS).rows()) {
      entries.add(action(row, regions));
    }
    return List.copyOf(entries);
  }

  private static Map<Country, Region> regions() {
    ImmutableMap.Builder<Country, Region> regions = ImmutableMap.builder();
    for (DataTable.Row row : DataTable.readResource(StandardRegister.class, "regions.csv", REGION_COLUMNS).rows()) {
      regions.put(row.optional("country", Country::ofAlpha2).orElseThrow(() -> row.error("country",
          "country must not be blank, but was ''")), row.optional("region", code -> Coded.fromCode(Region.class, code))
          .orElseThrow(() -> row.error("region", "region must not be blank, but was ''")));
    }
    return regions.buildOrThrow();
  }

  private static RegisterEntry caseStudy(CaseStudy study, DataTable.Row row, Map<Country, Region> regions) {
    Action action = study.action();
    List<SubTopic> topics = row.list("sub_topics", code -> Coded.fromCode(SubTopic.class, code));
    Set<ThematicArea> areas = new LinkedHashSet<>(action.thematicAreas());
    topics.forEach(t -> areas.add(t.area()));
    RegisterEntry.Builder entry = RegisterEntry.builder().kind(RegisterEntryKind.CASE_STUDY)
        .title(study.title()).caseStudyNumber(study.number())
        .code(action.code())
        .addAllCountries(action.partnerCountries())
        .addAllRegions(regions(action.partnerCountries(), regions, row))
        .firstYear(Year.from(action.startDate()))
        .addAllThematicAreas(areas).addAllSubTopics(topics)
        .addAllCharacteristics(study.credited())
        .addAllDeliverableTypes(action.deliverables().stream().map(Deliverable::type).distinct()
            .toList())
        .addAllUrlSlugs(row.list("url_slugs"))
        .addLegalBasis(LegalBasis.ofCitation("Case study " + study.number() + " of the 10-year report: "
            + study.title(), study.source()));
    action.endDate().ifPresent(end -> entry.lastYear(Year.from(end)));
    return entry.build();
  }

  private static RegisterEntry action(DataTable.Row row, Map<Country, Region> regions) {
    String title = row.text("title");
    List<Country> countries = row.list("countries", Country::ofAlpha2);
    List<Region> named = row.list("regions", code -> Coded.fromCode(Region.class, code));
    RegisterEntry.Builder entry = RegisterEntry.builder().kind(RegisterEntryKind.ACTION)
        .title(title)
        .code(row.optional("code", ActionCode::parse))
        .firstYear(row.optional("first_year", Year::parse))
        .lastYear(row.optional("last_year", Year::parse))
        .addAllCountries(countries)
        .addAllRegions(named.isEmpty() ? regions(countries, regions, row) : named)
        .addAllThematicAreas(row.list("thematic_areas", code -> Coded.fromCode(ThematicArea.class, code)))
        .addAllSubTopics(row.list("sub_topics", code -> Coded.fromCode(SubTopic.class, code)))
        .addAllDeliverableTypes(row.list("deliverable_types", code -> Coded.fromCode(DeliverableType.class, code)))
        .addAllUrlSlugs(row.list("url_slugs"))
        .addLegalBasis(LegalBasis.ofCitation("an Action named in the programme's reports: " + title,
            String.join("; ", row.list("sources"))));
    try {
      return entry.build();
    } catch (IllegalStateException e) {
      throw row.error("title", e.getMessage());
    }
  }

  private static List<Region> regions(List<Country> countries, Map<Country, Region> regions, DataTable.Row row) {
    List<Region> out = new ArrayList<>();
    for (Country country : countries) {
      Region region = regions.get(country);
      if (region == null) {
        throw row.error("countries", "countries must each have a region in regions.csv, but " + country
            + " has none");
      }
      if (!out.contains(region)) {
        out.add(region);
      }
    }
    return out;
  }
}
