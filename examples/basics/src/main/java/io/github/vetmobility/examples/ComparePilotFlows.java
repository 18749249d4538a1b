package io.github.vetmobility.examples;

import io.github.vetmobility.compare.Comparison;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.place.Place;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.time.LocalDate;

/**
 * From the pilot to Erasmus+: flows like those of INTERVET WB, the one project of the 2018 pilot's
 * Western Balkans lot (learners for about a month, recent graduates for three months, teachers
 * job-shadowing and at summer schools, all from the Western Balkans to EU hosts), assessed under
 * the pilot and again under call 2026 KA121. There Albania, Bosnia and Herzegovina, Kosovo and
 * Montenegro are third countries not associated, so an organisation there cannot send; North
 * Macedonia and Serbia are associated and can. The rows are illustrative, not INTERVET's records.
 */
public final class ComparePilotFlows {
  private ComparePilotFlows() {}

  private static Mobility flow(
      String fromCity,
      CountryCode from,
      String toCity,
      CountryCode to,
      ActivityType type,
      ParticipantCategory who,
      LocalDate start,
      int days) {
    Participant.Builder p = Participant.builder().category(who);
    if (who == ParticipantCategory.STAFF) {
      p.staffLink(StaffLink.EMPLOYED);
    }
    if (who == ParticipantCategory.RECENT_GRADUATE) {
      p.graduationDate(start.minusMonths(2));
    }
    return Mobility.builder()
        .id(fromCity + " -> " + toCity + " " + type.code())
        .participant(p.build())
        .activityType(type)
        .sending(Organisation.builder().country(from).place(Place.of(fromCity, from)).build())
        .receiving(Organisation.builder().country(to).place(Place.of(toCity, to)).build())
        .startDate(start)
        .endDate(start.plusDays(days - 1))
        .build();
  }

  /**
   * Prints, for each flow, the verdicts under both editions and what changes.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    RuleBooks books = RuleBooks.builtIn();
    RuleBook pilot = books.get(Edition.of(Programme.PILOT_2018, 2018));
    RuleBook ka121 = books.get(2026, KeyAction.KA121);
    Mobility[] flows = {
      flow(
          "Belgrade",
          CountryCode.RS,
          "Maribor",
          CountryCode.SI,
          ActivityType.LM_SHORT_VET,
          ParticipantCategory.VET_LEARNER,
          LocalDate.of(2021, 6, 20),
          31),
      flow(
          "Prishtina",
          CountryCode.XK,
          "Maribor",
          CountryCode.SI,
          ActivityType.LM_SHORT_VET,
          ParticipantCategory.VET_LEARNER,
          LocalDate.of(2021, 10, 4),
          30),
      flow(
          "Sarajevo",
          CountryCode.BA,
          "Wroclaw",
          CountryCode.PL,
          ActivityType.LM_SHORT_VET,
          ParticipantCategory.VET_LEARNER,
          LocalDate.of(2021, 6, 20),
          28),
      flow(
          "Tirana",
          CountryCode.AL,
          "Bologna",
          CountryCode.IT,
          ActivityType.LM_SHORT_VET,
          ParticipantCategory.VET_LEARNER,
          LocalDate.of(2021, 6, 25),
          30),
      flow(
          "Skopje",
          CountryCode.MK,
          "Seville",
          CountryCode.ES,
          ActivityType.LM_LONG_VET,
          ParticipantCategory.RECENT_GRADUATE,
          LocalDate.of(2022, 3, 1),
          90),
      flow(
          "Podgorica",
          CountryCode.ME,
          "Paola",
          CountryCode.MT,
          ActivityType.SM_JOB_SHDW,
          ParticipantCategory.STAFF,
          LocalDate.of(2022, 9, 12),
          5),
      flow(
          "Sarajevo",
          CountryCode.BA,
          "Dordrecht",
          CountryCode.NL,
          ActivityType.SM_JOB_SHDW,
          ParticipantCategory.STAFF,
          LocalDate.of(2023, 4, 17),
          6),
      flow(
          "Belgrade",
          CountryCode.RS,
          "Bologna",
          CountryCode.IT,
          ActivityType.SM_COUR_TRAIN,
          ParticipantCategory.STAFF,
          LocalDate.of(2022, 7, 4),
          5),
    };
    for (Mobility m : flows) {
      Comparison c = Comparison.of(m, pilot, ka121);
      System.out.println(m.id().orElse("") + ":");
      System.out.println("  " + c.toString().replace("\n", "\n  "));
    }
  }
}
