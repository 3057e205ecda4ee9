package eu.mieux.examples;

import eu.mieux.model.country.Country;
import eu.mieux.model.decision.Assessment;
import eu.mieux.model.decision.Finding;
import eu.mieux.model.request.Channel;
import eu.mieux.model.request.Request;
import eu.mieux.model.request.RequesterKind;
import eu.mieux.model.request.RequestingBody;
import eu.mieux.model.theme.ThematicArea;
import eu.mieux.rules.MieuxRules;
import java.time.LocalDate;

/**
 * Shows how to check a request for admissibility: build the {@link Request}, assess it, read every
 * finding. The request is Belarus's 2016 request on labour migration (RULES.md §12, code 2016-02).
 */
public final class CheckARequest {

  private CheckARequest() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    Request request = Request.builder()
        .addRequestingBody(RequestingBody.of("Ministry of Internal Affairs", RequesterKind.NATIONAL_PUBLIC_AUTHORITY,
            Country.BY))
        .addPartnerCountry(Country.BY)
        .receivedOn(LocalDate.of(2016, 2, 15))
        .channel(Channel.MIEUX_TEAM)
        .addThematicArea(ThematicArea.LEGAL_MIGRATION_AND_MOBILITY)
        .description("Protecting the rights of migrant workers: labour migration legislation")
        .build();

    Assessment assessment = MieuxRules.standard().requestRules().assess(request);

    System.out.println("admissible: " + assessment.isYes());
    for (Finding finding : assessment.findings()) {
      System.out.println(finding.severity().code() + " " + finding.ruleId() + " " + finding.path() + ": "
          + finding.message());
    }
  }
}
