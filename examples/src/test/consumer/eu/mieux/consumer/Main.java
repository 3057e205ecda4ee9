package eu.mieux.consumer;

import eu.mieux.json.Document;
import eu.mieux.json.MieuxJson;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.request.Request;
import eu.mieux.rules.MieuxRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Decides one country's eligibility, prints it and its JSON, then round-trips the documents given. */
public final class Main {

  private Main() {}

  /**
   * Runs the consumer.
   *
   * @param args  paths of JSON documents to read and write back
   * @throws IOException if a document cannot be read
   */
  public static void main(String[] args) throws IOException {
    CountryDecision decision = MieuxRules.standard().countryEligibility().check(Country.UA, LocalDate.of(2016, 5, 1));
    System.out.println("decision: " + decision.country() + " " + decision.outcome());
    System.out.println("json: " + MieuxJson.write(decision));
    for (String arg : args) {
      Document document = MieuxJson.readDocument(Files.readAllBytes(Path.of(arg)));
      Object again = MieuxJson.readDocument(MieuxJson.writeBytes(document.value())).value();
      if (!again.equals(document.value())) {
        throw new IllegalStateException(arg + " must read back as written, but was " + again);
      }
      if (document instanceof Document.OfRequest request) {
        Request copy = Request.builder().from(request.request()).build();
        System.out.println("builder copy equal: " + copy.equals(request.request()));
      }
      System.out.println("round trip: " + Path.of(arg).getFileName());
    }
  }
}
