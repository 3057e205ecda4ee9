package eu.mieux.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.mieux.json.MieuxJson;
import eu.mieux.model.Phase;
import eu.mieux.model.action.Action;
import eu.mieux.model.action.ActionFiche;
import eu.mieux.model.action.Activity;
import eu.mieux.model.action.ActivityType;
import eu.mieux.model.action.CapacityLevel;
import eu.mieux.model.action.Deliverable;
import eu.mieux.model.action.DeliverableType;
import eu.mieux.model.action.FicheParty;
import eu.mieux.model.action.FocalPoint;
import eu.mieux.model.country.Country;
import eu.mieux.model.expert.Expert;
import eu.mieux.model.expert.ExpertOrigin;
import eu.mieux.model.expert.ExpertProfile;
import eu.mieux.model.lifecycle.ActionStatus;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.SubTopic;
import eu.mieux.model.theme.ThematicArea;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reads and writes a realistic, detailed Action ({@link #detailedAction()}: 7 activities, 4 experts) with
 * {@link MieuxJson} and, in the same run, with raw Jackson databind on an equivalent plain mutable
 * POJO, from and to the same JSON bytes. Target (issue 5): MieuxJson at most 1.3x raw for both.
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/mieux-benchmarks.jar Json -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {

  private Action action;
  private byte[] json;
  private PlainAction plain;
  private ObjectReader mieuxReader;
  private ObjectWriter mieuxWriter;
  private ObjectReader rawReader;
  private ObjectWriter rawWriter;

  /** Builds the action, its bytes and the equivalent POJO; checks both bindings agree. */
  @Setup
  public void setUp() throws IOException {
    action = detailedAction();
    json = MieuxJson.writeBytes(action);
    mieuxReader = MieuxJson.reader(Action.class);
    mieuxWriter = MieuxJson.writer(Action.class);
    JsonMapper raw = JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_NULL).build();
    rawReader = raw.readerFor(PlainAction.class);
    rawWriter = raw.writerFor(PlainAction.class);
    plain = rawReader.readValue(json);
    if (!new String(rawWriter.writeValueAsBytes(plain)).equals(new String(json))) {
      throw new IllegalStateException("the POJO must write the same document:\n"
          + new String(rawWriter.writeValueAsBytes(plain)) + "\n" + new String(json));
    }
    if (!MieuxJson.read(json, Action.class).equals(action)) {
      throw new IllegalStateException("MieuxJson must read back the action");
    }
  }

  /** Reads the action with MieuxJson: builders, invariants, strict checks. */
  @Benchmark
  public Action readMieux() throws IOException {
    return mieuxReader.readValue(json);
  }

  /** Reads the same bytes into the plain POJO with raw Jackson. */
  @Benchmark
  public PlainAction readRaw() throws IOException {
    return rawReader.readValue(json);
  }

  /** Writes the action with MieuxJson. */
  @Benchmark
  public byte[] writeMieux() throws IOException {
    return mieuxWriter.writeValueAsBytes(action);
  }

  /** Writes the plain POJO with raw Jackson. */
  @Benchmark
  public byte[] writeRaw() throws IOException {
    return rawWriter.writeValueAsBytes(plain);
  }

  /**
   * A detailed Action, shaped like Philippines 2010-2012 with illustrative Activities, experts and
   * fiche that the texts do not give: a benchmark input, not a fixture (the kit's
   * {@code MieuxFixtures.philippines()} holds only what the texts say).
   */
  static Action detailedAction() {
    return Action.builder()
        .title("Communicating better with migrants")
        .addPartnerCountry(Country.PH)
        .requestingAuthority(RequestingBody.builder().name("Philippine Overseas Employment Administration")
            .acronym("POEA").kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.PH).build())
        .addOtherAuthority(RequestingBody.builder().name("Department of Labor and Employment")
            .acronym("DOLE").kind(RequesterKind.NATIONAL_PUBLIC_AUTHORITY).country(Country.PH).build())
        .addThematicArea(ThematicArea.IRREGULAR_MIGRATION_AND_THB)
        .addSubTopic(SubTopic.AWARENESS_CAMPAIGNS_ILLEGAL_RECRUITMENT_THB)
        .addSubTopic(SubTopic.TRAFFICKING_IN_HUMAN_BEINGS)
        .phase(Phase.MIEUX_I)
        .requestReceivedOn(LocalDate.of(2009, 11, 2))
        .startDate(LocalDate.of(2010, 3, 1))
        .endDate(LocalDate.of(2012, 12, 31))
        .status(ActionStatus.CLOSED)
        .fiche(ActionFiche.builder()
            .addDraftedBy(FicheParty.MIEUX_TEAM, FicheParty.STEERING_COMMITTEE, FicheParty.PARTNER_AUTHORITY)
            .interventionLogic("Social marketing against illegal recruitment and THB")
            .addPlannedActivities(ActivityType.FACT_FINDING_MISSION, ActivityType.TRAINING_SESSION,
                ActivityType.WORKSHOP)
            .addCapacityLevels(CapacityLevel.INDIVIDUAL, CapacityLevel.ORGANISATIONAL)
            .build())
        .addActivity(activity(ActivityType.FACT_FINDING_MISSION, "Fact-finding mission", 2010, 3, 8, 12, "e1", "e2"))
        .addActivity(activity(ActivityType.TRAINING_SESSION, "Experts attend POEA trainings", 2010, 6, 14, 18, "e1"))
        .addActivity(activity(ActivityType.TRAINING_SESSION, "Training programme", 2010, 10, 4, 8, "e2", "e3"))
        .addActivity(activity(ActivityType.WORKSHOP, "Thematic workshop with IACAT and LGUs", 2011, 2, 7, 9, "e3"))
        .addActivity(activity(ActivityType.DRAFTING_SESSION, "Resource manual drafting", 2011, 6, 6, 10, "e1", "e4"))
        .addActivity(activity(ActivityType.TRAINING_SESSION, "Capacity building for prosecutors", 2012, 3, 12, 14, "e4"))
        .addActivity(activity(ActivityType.TRAINING_SESSION, "Labour attachés in EU MS", 2012, 9, 17, 19, "e2"))
        .addExpert(expert("e1", ExpertProfile.CIVIL_SERVANT, Country.NL))
        .addExpert(expert("e2", ExpertProfile.CIVIL_SERVANT, Country.PT))
        .addExpert(expert("e3", ExpertProfile.PRIVATE_SECTOR, Country.BE))
        .addExpert(expert("e4", ExpertProfile.ACADEMIC, Country.ES))
        .addFocalPoint(FocalPoint.builder().personId("fp1").institution("POEA").profile("operational").build())
        .addDeliverable(Deliverable.builder().type(DeliverableType.GUIDE_OR_MANUAL)
            .title("Campaigning against illegal recruitment and THB through social marketing techniques")
            .adoptedOn(LocalDate.of(2012, 6, 1)).build())
        .build();
  }

  private static Activity activity(ActivityType type, String title, int year, int month, int from, int to,
      String... experts) {
    return Activity.builder().type(type).title(title).startDate(LocalDate.of(year, month, from))
        .endDate(LocalDate.of(year, month, to)).location(Country.PH).addExpertIds(experts).build();
  }

  private static Expert expert(String id, ExpertProfile profile, Country nationality) {
    return Expert.builder().id(id).origin(ExpertOrigin.EU_MEMBER_STATE).profile(profile)
        .nationality(nationality).institution("Ministry of Interior").build();
  }

  /** The raw baseline: a plain mutable POJO with the same properties, codes kept as strings. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"title", "sequelNumber", "partnerCountries",
      "requestingAuthority", "otherAuthorities", "thematicAreas", "subTopics", "phase", "requestReceivedOn",
      "startDate", "endDate", "status", "fiche", "activities", "experts", "focalPoints", "deliverables"})
  public static class PlainAction {
    public String code;
    public String title;
    public int sequelNumber;
    public List<String> partnerCountries;
    public PlainBody requestingAuthority;
    public List<PlainBody> otherAuthorities;
    public List<String> thematicAreas;
    public List<String> subTopics;
    public String phase;
    public LocalDate requestReceivedOn;
    public LocalDate startDate;
    public LocalDate endDate;
    public String status;
    public PlainFiche fiche;
    public List<PlainActivity> activities;
    public List<PlainExpert> experts;
    public List<PlainFocalPoint> focalPoints;
    public List<PlainDeliverable> deliverables;
    public List<PlainStatusChange> history;
  }

  /** A requesting body. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"name", "acronym", "kind", "country"})
  /** The plain equivalent of a lifecycle status change. */
  public static class PlainStatusChange {
    public String event;
    public String from;
    public String to;
    public String date;
  }

  public static class PlainBody {
    public String name;
    public String acronym;
    public String kind;
    public String country;
  }

  /** An action fiche. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"draftedBy", "interventionLogic", "institutionalFramework",
      "plannedActivities", "capacityLevels"})
  public static class PlainFiche {
    public List<String> draftedBy;
    public String interventionLogic;
    public String institutionalFramework;
    public List<String> plannedActivities;
    public List<String> capacityLevels;
  }

  /** An activity. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"type", "title", "startDate", "endDate", "location", "expertIds"})
  public static class PlainActivity {
    public String type;
    public String title;
    public LocalDate startDate;
    public LocalDate endDate;
    public String location;
    public List<String> expertIds;
  }

  /** An expert. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "name", "origin", "profile", "nationality", "institution"})
  public static class PlainExpert {
    public String id;
    public String name;
    public String origin;
    public String profile;
    public String nationality;
    public String institution;
  }

  /** A focal point. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"personId", "institution", "profile"})
  public static class PlainFocalPoint {
    public String personId;
    public String institution;
    public String profile;
  }

  /** A deliverable. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"type", "title", "adoptedOn"})
  public static class PlainDeliverable {
    public String type;
    public String title;
    public LocalDate adoptedOn;
  }
}
