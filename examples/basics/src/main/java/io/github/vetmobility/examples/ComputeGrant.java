package io.github.vetmobility.examples;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.funding.GrantLine;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.json.Json;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Place;
import java.time.LocalDate;

/**
 * Computes the grant of a staff job shadowing of a Spanish KA122-VET project (call 2021, whose
 * National Agency's rate table ships with the library), line by line.
 */
public final class ComputeGrant {
  private ComputeGrant() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Mobility mobility =
        Mobility.builder()
            .projectReference(ProjectReference.parse("2021-1-ES01-KA122-VET-000080889"))
            .participant(Participant.of(ParticipantCategory.STAFF))
            .activityType(ActivityType.SM_JOB_SHDW)
            .sending(
                Organisation.builder()
                    .country(CountryCode.ES)
                    .place(Place.of("Sevilla", CountryCode.ES))
                    .build())
            .receiving(
                Organisation.builder()
                    .country(CountryCode.PT)
                    .place(Place.of("Porto", CountryCode.PT))
                    .build())
            .startDate(LocalDate.of(2022, 5, 9))
            .endDate(LocalDate.of(2022, 5, 13))
            .travelDays(2)
            .build();
    Grant grant = GrantCalculator.builtIn().grant(mobility);
    grant.distance().ifPresent(d -> System.out.println("Distance: " + d));
    for (GrantLine line : grant.lines()) {
      System.out.println("  " + line);
    }
    // Exact here (the agency's 2021 table ships with the library); a range where an amount
    // depends on something not given, e.g. another agency's daily rate.
    System.out.println(
        "Total: " + grant.totalRange().map(Object::toString).orElse("unknown (a line is unknown)"));
    // The same grant as JSON, exactly as the checker's jsonl report writes it.
    String json = Json.of(grant);
    System.out.println(json);
  }
}
