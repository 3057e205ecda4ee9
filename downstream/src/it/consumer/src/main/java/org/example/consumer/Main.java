package org.example.consumer;

import eu.mieux.json.MieuxJson;
import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.CountryDecision;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;

/** Decides a country's eligibility and a request's admissibility, and prints them with their JSON. */
public final class Main {

  private Main() {}

  /**
   * Runs the application.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    MieuxRules rules = MieuxRules.standard();
    CountryDecision ukraine = rules.countryEligibility().check(Country.UA, LocalDate.of(2016, 5, 1));
    System.out.println("decision: " + ukraine.country() + " " + ukraine.outcome());
    System.out.println("json: " + MieuxJson.write(ukraine));

    Request request = Request.builder()
        .addRequestingBody(RequestingBody.of("Ministry of Interior", RequesterKind.NATIONAL_PUBLIC_AUTHORITY, Country.BY))
        .addPartnerCountry(Country.BY)
        .receivedOn(LocalDate.of(2016, 2, 1))
        .channel(Channel.MIEUX_TEAM)
        .addThematicArea(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY)
        .description("Labour migration legislation")
        .build();
    Assessment admissible = rules.requestRules().assess(request);
    System.out.println("admissible: " + admissible.isYes());
    System.out.println("request json: " + MieuxJson.write(request));
    System.out.println("module: " + Main.class.getModule().getName() + " uses "
        + MieuxRules.class.getModule().getName() + " and " + MieuxJson.class.getModule().getName());
  }
}
