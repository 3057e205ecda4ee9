package eu.mieux.iati;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema from {@code ../shared/iati} (system property
 * {@code mieux.iati.referee}), read with external access limited to local files. Tests that need it
 * skip with a clear message when the folder is absent.
 */
final class IatiReferee {

  static final String MISSING = "the IATI referee (../shared/iati/2.03/iati-activities-schema.xsd) is "
      + "not beside this checkout: schema checks skipped";

  private static final Optional<Schema> SCHEMA = load();

  private IatiReferee() {}

  /** Gets the schema, or empty when {@code ../shared/iati} is absent. */
  static Optional<Schema> schema() {
    return SCHEMA;
  }

  /**
   * Validates a document against the schema.
   *
   * @return every error and fatal error, with its line; empty when the document is valid
   */
  static List<String> errors(Schema schema, String xml) {
    List<String> errors = new ArrayList<>();
    Validator validator = schema.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
          errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
          errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }
      });
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      errors.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  private static Optional<Schema> load() {
    Path dir = Path.of(System.getProperty("mieux.iati.referee", "../../shared/iati"));
    Path xsd = dir.resolve("2.03").resolve("iati-activities-schema.xsd");
    if (!Files.isRegularFile(xsd)) {
      return Optional.empty();
    }
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return Optional.of(factory.newSchema(xsd.toFile()));
    } catch (SAXException e) {
      throw new IllegalStateException(xsd + " must be a readable schema, but: " + e.getMessage(), e);
    }
  }
}
