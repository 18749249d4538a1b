package io.github.vetmobility.examples;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Place;
import java.time.LocalDate;

/** Builds a mobility from text the way a host reads it from a form or a file, and prints it. */
public final class BuildMobility {
  private BuildMobility() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ProjectReference reference = ProjectReference.parse("2024-1-IT01-KA121-VET-000123456");
    Mobility mobility =
        Mobility.builder()
            .id("M-001")
            .projectReference(reference)
            .participant(Participant.of(ParticipantCategory.VET_LEARNER))
            .activityType(ActivityType.parse("LM-SHORT-VET"))
            .sending(
                Organisation.builder()
                    .oid(OrganisationId.parse("E10208308"))
                    .country(CountryCode.IT)
                    .place(Place.of("Bologna", CountryCode.IT))
                    .build())
            .receiving(Organisation.of(CountryCode.parse("GR")))
            .startDate(LocalDate.of(2025, 3, 3))
            .endDate(LocalDate.of(2025, 3, 30))
            .travelDays(2)
            .build();
    System.out.printf(
        "Project %s: call %d, %s, agency %s%n",
        reference, reference.callYear(), reference.keyAction(), reference.nationalAgency());
    System.out.printf(
        "Mobility %s: %s, flow %s, %d days of activity%n",
        mobility.id().orElse("?"),
        mobility.activityType(),
        mobility.flow(),
        mobility.activityDays());
  }
}
