package io.github.vetmobility.examples;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Place;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.time.LocalDate;

/**
 * Builds two mobilities and assesses them with the rule book their project reference names: one
 * eligible, one that breaks the duration rule.
 */
public final class AssessMobility {
  private AssessMobility() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Mobility.Builder base =
        Mobility.builder()
            .projectReference(ProjectReference.parse("2025-1-DE02-KA122-VET-000123456"))
            .participant(Participant.of(ParticipantCategory.APPRENTICE))
            .activityType(ActivityType.LM_SHORT_VET)
            .sending(
                Organisation.builder()
                    .country(CountryCode.DE)
                    .place(Place.of("Hamburg", CountryCode.DE))
                    .build())
            .receiving(
                Organisation.builder()
                    .country(CountryCode.FI)
                    .place(Place.of("Tampere", CountryCode.FI))
                    .build())
            .startDate(LocalDate.of(2026, 3, 2))
            .travelDays(2);
    for (LocalDate end : new LocalDate[] {LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 9)}) {
      Mobility mobility = base.endDate(end).build();
      RuleBook book = RuleBooks.builtIn().forMobility(mobility);
      Assessment assessment = book.assess(mobility);
      System.out.printf(
          "%s, %d days, under %s: %s (%s)%n",
          mobility.activityType(),
          mobility.activityDays(),
          book.key(),
          assessment.verdict(),
          assessment.confidence());
      for (Finding f : assessment.findings()) {
        String kind = f.isUnchecked() ? "could not check" : "broken";
        System.out.printf(
            "  %s %s [%s] %s%n    source: %s%n",
            kind, f.ruleId(), f.field(), f.message(), f.citation());
      }
    }
  }
}
