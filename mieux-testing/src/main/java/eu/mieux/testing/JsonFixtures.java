package eu.mieux.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The JSON documents of the real Actions the seeds describe, for other systems' tests: the 16 case
 * studies of the ten-year report and the request and Action documents of {@code examples/documents},
 * shipped as resources of this jar in the wire format of {@code eu.mieux.json.MieuxJson.writePretty}
 * (read them with {@code mieux-json}).
 *
 * <p>The same values as model objects are in {@link MieuxFixtures} and
 * {@code eu.mieux.rules.scoring.CaseStudies}; a test keeps the documents equal to them.
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

  private static final List<String> DOCUMENTS = List.of("philippines-2010-2012.action.json",
      "south-east-asia-2012-2013.action.json", "thailand-2013-2017.action.json",
      "costa-rica-ii-2016-07.action.json", "costa-rica-ii-2016.request.json");

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
    return read("case-studies/" + CASE_STUDIES.get(number - 1) + ".case-study.json");
  }

  /**
   * Gets the names of the request and Action documents, such as
   * {@code philippines-2010-2012.action.json}.
   *
   * @return the names, in a fixed order
   */
  public static List<String> documentNames() {
    return DOCUMENTS;
  }

  /**
   * Gets a request or Action document by name.
   *
   * @param name  one of {@link #documentNames()}, not null
   * @return the JSON text
   * @throws IllegalArgumentException if the name is not one of {@link #documentNames()}
   */
  public static String document(String name) {
    Objects.requireNonNull(name, "name");
    if (!DOCUMENTS.contains(name)) {
      throw new IllegalArgumentException("name must be one of " + DOCUMENTS + ", but was '" + name + "'");
    }
    return read(name);
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
