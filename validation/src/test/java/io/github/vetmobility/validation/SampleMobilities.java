package io.github.vetmobility.validation;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.rules.RuleBook;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Mobilities for the tests: one eligible mobility to change one attribute at a time, and a seeded
 * generator of varied mobilities (most of them breaking some rule) that reaches every rule.
 */
final class SampleMobilities {
  static final LocalDate START = LocalDate.of(2025, 3, 3);
  static final Organisation SENDING = organisation(CountryCode.IT, "E10000001");
  static final Organisation RECEIVING = organisation(CountryCode.ES, "E10000002");

  private static final List<CountryCode> COUNTRIES =
      List.of(
          CountryCode.IT,
          CountryCode.ES,
          CountryCode.DE,
          CountryCode.FR,
          CountryCode.PL,
          CountryCode.AL,
          CountryCode.RS,
          CountryCode.MK,
          CountryCode.XK,
          CountryCode.BA,
          CountryCode.ME,
          CountryCode.TR,
          CountryCode.UK,
          CountryCode.NO,
          CountryCode.CH,
          CountryCode.US,
          CountryCode.RU,
          CountryCode.BY,
          CountryCode.CN,
          CountryCode.ZA,
          CountryCode.UA,
          CountryCode.MA);
  private static final int[] DAYS = {
    -3, 0, 1, 2, 3, 9, 10, 11, 13, 14, 15, 19, 20, 21, 29, 30, 31, 59, 60, 61, 89, 90, 91, 179, 180,
    181, 364, 365, 366, 400
  };

  private SampleMobilities() {}

  static Organisation organisation(CountryCode country, String oid) {
    return Organisation.builder().country(country).oid(OrganisationId.parse(oid)).build();
  }

  /** The reference of a VET project of a rule book's call and action, managed in a country. */
  static ProjectReference reference(RuleBook book, CountryCode agency, String field) {
    int year = book.edition().callYear();
    String action = book.action().orElseThrow().code();
    return ProjectReference.parse(
        year <= 2020
            ? year + "-1-" + agency.code() + "01-" + action + "-012345"
            : year + "-1-" + agency.code() + "01-" + action + "-" + field + "-000123456");
  }

  /** An eligible 30-day short-term mobility of a VET learner from Italy to Spain, KA122 2025. */
  static Mobility.Builder eligible() {
    return Mobility.builder()
        .projectReference(ProjectReference.parse("2025-1-IT01-KA122-VET-000123456"))
        .participant(Participant.of(ParticipantCategory.VET_LEARNER))
        .activityType(ActivityType.LM_SHORT_VET)
        .sending(SENDING)
        .receiving(RECEIVING)
        .startDate(START)
        .endDate(START.plusDays(29))
        .travelDays(2);
  }

  /**
   * A varied mobility under a rule book: with its project reference when the book has a key action
   * (now and then for another field or National Agency), without one for the pilots.
   */
  static Mobility random(Random r, RuleBook book) {
    CountryCode from = pick(r, COUNTRIES);
    CountryCode to = pick(r, COUNTRIES);
    Organisation sending = organisation(from, "E10000001");
    if (r.nextInt(4) == 0) {
      sending =
          Organisation.builder()
              .from(sending)
              .addAccreditations(accreditation(r, r.nextBoolean() ? from : pick(r, COUNTRIES)))
              .build();
    }
    Organisation receiving = r.nextInt(25) == 0 ? sending : organisation(to, "E10000002");
    ActivityType type = pick(r, List.of(ActivityType.values()));
    LocalDate start = LocalDate.of(book.edition().callYear(), 1, 1).plusDays(r.nextInt(700) - 100);
    Mobility.Builder b =
        Mobility.builder()
            .participant(participant(r, type, start))
            .activityType(type)
            .sending(sending)
            .receiving(receiving)
            .startDate(start)
            .endDate(start.plusDays(DAYS[r.nextInt(DAYS.length)] - 1L))
            .travelDays(r.nextInt(9))
            .greenTravel(r.nextBoolean())
            .virtualDays(r.nextInt(5) == 0 ? r.nextInt(40) : 0)
            .accompanied(r.nextInt(4) == 0)
            .shortStayJustified(r.nextInt(3) == 0);
    if (type == ActivityType.LM_GROUP_VET || type == ActivityType.PREP_VISIT || r.nextInt(6) == 0) {
      b.groupSize(r.nextInt(8));
    }
    if (r.nextInt(3) == 0) {
      Set<CountryCode> countries = EnumSet.noneOf(CountryCode.class);
      for (int i = r.nextInt(4); i > 0; i--) {
        countries.add(pick(r, COUNTRIES));
      }
      b.groupCountries(countries);
    }
    if (book.action().isPresent()) {
      CountryCode agency = r.nextInt(10) == 0 ? pick(r, COUNTRIES) : from;
      String field = r.nextInt(15) == 0 ? "SCH" : "VET";
      try {
        b.projectReference(reference(book, agency, field));
      } catch (RuntimeException notAnAgency) {
        b.projectReference(reference(book, from, field));
      }
    }
    return b.build();
  }

  private static Participant participant(Random r, ActivityType type, LocalDate start) {
    ParticipantCategory category =
        r.nextInt(3) == 0
            ? pick(r, List.of(ParticipantCategory.values()))
            : switch (type.kind()) {
              case LEARNER -> ParticipantCategory.VET_LEARNER;
              case STAFF, PREPARATORY -> ParticipantCategory.STAFF;
              case INCOMING ->
                  type == ActivityType.OA_INV_EXP
                      ? ParticipantCategory.INVITED_EXPERT
                      : ParticipantCategory.TEACHER_IN_TRAINING;
            };
    Participant.Builder p =
        Participant.builder().category(category).fewerOpportunities(r.nextInt(4) == 0);
    if (r.nextInt(5) != 0) {
      p.staffLink(pick(r, List.of(StaffLink.values())));
    }
    if (r.nextInt(3) != 0) {
      p.graduationDate(start.minusDays(r.nextInt(900) - 100));
    }
    return p.build();
  }

  private static Accreditation accreditation(Random r, CountryCode agency) {
    String field = r.nextInt(3) == 0 ? "SCH" : "VET";
    return Accreditation.builder()
        .kind(AccreditationKind.ERASMUS_ACCREDITATION)
        .code(
            AccreditationCode.parse("2021-1-" + agency.code() + "01-KA120-" + field + "-000042802"))
        .validFrom(LocalDate.of(2021, 3, 1))
        .validUntil(LocalDate.of(2027, 12, 31))
        .build();
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
