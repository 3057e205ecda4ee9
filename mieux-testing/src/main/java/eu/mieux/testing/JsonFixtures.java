package eu.mieux.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON documents of mieux, shipped as resources of this jar under
 * {@code eu/mieux/testing/fixtures/}: the one home of every example document (read them with
 * {@code mieux-json}). The command line's example folder {@code examples/target/documents/} is unpacked
 * from this jar.
 *
 * <ul>
 *   <li>{@code case-studies/NN-<slug>.case-study.json}: the 16 case studies of the ten-year report,
 *       generated from {@link MieuxFixtures#caseStudy(int)};</li>
 *   <li>{@code <name>.action.json} and {@code <name>.request.json} at the top: Actions and a request of
 *       {@link MieuxFixtures}, each generated from the fixture of the same name:
 *       {@code thailand-2013-2018.action.json} ({@link MieuxFixtures#thailand()}),
 *       {@code philippines-2010-2012.action.json} ({@link MieuxFixtures#philippines()}),
 *       {@code south-east-asia-2012-2013.action.json} ({@link MieuxFixtures#southEastAsia()}),
 *       {@code costa-rica-ii-2016-07.action.json} ({@link MieuxFixtures#costaRicaII()}) and
 *       {@code costa-rica-ii-2016.request.json} ({@link MieuxFixtures#costaRicaIIRequest()});</li>
 *   <li>{@code public-record/}: real Actions and requests of the public record (RULES.md §15), written
 *       by hand, each citing its source;</li>
 *   <li>{@code invalid/}: documents that must be refused ({@link #invalidDocumentNames()}).</li>
 * </ul>
 *
 * <p>Every valid document is in the form {@code eu.mieux.json.MieuxJson.writePretty} writes, and a
 * generated document holds exactly the value of the {@link MieuxFixtures} fixture it is named after,
 * so that a fixture has one content whether it is reached as a model value or as JSON. Dates and
 * details the seed texts do not give (exact days, expert and focal-point ids) are illustrative.
 *
 * <pre>{@code
 * String thailand = JsonFixtures.caseStudy(1);
 * Document document = MieuxJson.readDocument(thailand.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonFixtures {

  private static final String ROOT = "fixtures/";

  private static final List<String> CASE_STUDIES = List.of("01-thailand", "02-peru", "03-philippines",
      "04-south-east-asia", "05-west-africa", "06-belarus", "07-costa-rica", "08-cabo-verde", "09-comesa",
      "10-kenya", "11-mexico", "12-jordan", "13-mauritius", "14-malawi", "15-madagascar", "16-brazil");

  /** The Action and request documents generated from MieuxFixtures. */
  private static final List<String> FIXTURES = List.of("thailand-2013-2018.action.json",
      "philippines-2010-2012.action.json", "south-east-asia-2012-2013.action.json",
      "costa-rica-ii-2016-07.action.json", "costa-rica-ii-2016.request.json");

  private static final List<String> PUBLIC_RECORD = List.of("public-record/angola-2009.request.json",
      "public-record/argentina-brazil-2011.request.json", "public-record/armenia-i-2009.request.json",
      "public-record/burundi-i.action.json", "public-record/cabo-verde-i-2009.request.json",
      "public-record/gambia-i-2010.request.json", "public-record/niger-iii-2016.request.json",
      "public-record/tajikistan-iv-2021.request.json", "public-record/togo-iii-2016.request.json");

  private static final List<String> INVALID = List.of(
      "invalid/south-east-asia-activity-outside-period.action.json", "invalid/truncated.request.json");

  private static final List<String> VALID = valid();

  private JsonFixtures() {}

  /**
   * Gets the document of one of the 16 case studies, numbered as in the report (RULES.md §6.3).
   *
   * @param number  the case study's number, 1 to 16
   * @return the JSON text of the case-study document
   * @throws IllegalArgumentException if the number is not between 1 and 16
   */
  public static String caseStudy(int number) {
    if (number < 1 || number > CASE_STUDIES.size()) {
      throw new IllegalArgumentException("number must be between 1 and 16, but was " + number);
    }
    return read(caseStudyName(number));
  }

  /**
   * Gets the names of every valid document, as paths relative to the fixtures folder: the Action and
   * request documents generated from {@link MieuxFixtures} (such as
   * {@code philippines-2010-2012.action.json}, the value of {@link MieuxFixtures#philippines()}), then {@code public-record/...}, then the 16
   * {@code case-studies/...}.
   *
   * @return the names, in a fixed order
   */
  public static List<String> documentNames() {
    return VALID;
  }

  /**
   * Gets the names of the documents every reader must refuse, such as
   * {@code invalid/truncated.request.json} (malformed) and
   * {@code invalid/south-east-asia-activity-outside-period.action.json} (an Activity outside its
   * Action's period, at {@code /activities/2}).
   *
   * @return the names, in a fixed order
   * @since 0.2.0
   */
  public static List<String> invalidDocumentNames() {
    return INVALID;
  }

  /**
   * Gets a document by name.
   *
   * @param name  one of {@link #documentNames()} or {@link #invalidDocumentNames()}, not null
   * @return the JSON text
   * @throws IllegalArgumentException if the name is not one of those
   */
  public static String document(String name) {
    Objects.requireNonNull(name, "name");
    if (!VALID.contains(name) && !INVALID.contains(name)) {
      throw new IllegalArgumentException("name must be one of documentNames() or invalidDocumentNames(), but was '"
          + name + "'");
    }
    return read(name);
  }

  private static String caseStudyName(int number) {
    return "case-studies/" + CASE_STUDIES.get(number - 1) + ".case-study.json";
  }

  private static List<String> valid() {
    List<String> names = new ArrayList<>(FIXTURES);
    names.addAll(PUBLIC_RECORD);
    for (int n = 1; n <= CASE_STUDIES.size(); n++) {
      names.add(caseStudyName(n));
    }
    return List.copyOf(names);
  }

  private static String read(String name) {
    try (InputStream in = JsonFixtures.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("resource must exist beside " + JsonFixtures.class.getName()
            + ", but was missing: " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(ROOT + name + " could not be read", e);
    }
  }
}
