package eu.mieux.examples;

import eu.mieux.json.MieuxJson;
import eu.mieux.json.MieuxJsonException;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.request.Request;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;

/**
 * Shows the JSON binding: read a request document, write a decision, and see how a bad document is
 * refused with the JSON Pointer of the offending value.
 */
public final class ReadAndWriteJson {

  private ReadAndWriteJson() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    String json = "{\"requestingBodies\":[{\"name\":\"Department of Labor and Employment\",\"acronym\":\"DOLE\","
        + "\"kind\":\"national_public_authority\",\"country\":\"PH\"}],\"partnerCountries\":[\"PH\"],"
        + "\"receivedOn\":\"2009-06-01\",\"channel\":\"mieux_team\",\"thematicAreas\":[\"irregular_migration_and_thb\"],"
        + "\"subTopics\":[],\"description\":\"Campaigning against illegal recruitment and trafficking\"}";
    Request request = MieuxJson.read(json, Request.class);
    System.out.println("read a request from " + request.requestingBodies().get(0).acronym().orElse("?")
        + " received on " + request.receivedOn());
    System.out.println("written back equal: " + MieuxJson.read(MieuxJson.write(request), Request.class).equals(request));

    CountryDecision decision = MieuxRules.standard().countryEligibility().check(Country.PH, request.receivedOn());
    String decisionJson = MieuxJson.write(decision);
    System.out.println("decision document starts: " + decisionJson.substring(0, 60));

    try {
      MieuxJson.read(json.replace("\"mieux_team\"", "\"fax\""), Request.class);
    } catch (MieuxJsonException e) {
      System.out.println("refused at " + e.pointer() + ": " + e.getMessage());
    }
  }
}
