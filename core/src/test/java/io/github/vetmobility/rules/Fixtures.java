package io.github.vetmobility.rules;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import java.time.LocalDate;

/** Eligible mobilities for tests, to be changed one attribute at a time. */
final class Fixtures {
  private Fixtures() {}

  static final RuleBooks BOOKS = RuleBooks.builtIn();
  static final LocalDate START = LocalDate.of(2025, 3, 3);

  static Organisation org(CountryCode country, String oid) {
    return Organisation.builder().country(country).oid(OrganisationId.parse(oid)).build();
  }

  static final Organisation SENDING = org(CountryCode.IT, "E10000001");
  static final Organisation RECEIVING = org(CountryCode.ES, "E10000002");

  static RuleBook book(int callYear, KeyAction action) {
    return BOOKS.get(callYear, action);
  }

  static ProjectReference reference(int callYear, KeyAction action) {
    return callYear <= 2020
        ? ProjectReference.parse(callYear + "-1-IT02-" + action.code() + "-012345")
        : ProjectReference.parse(callYear + "-1-IT02-" + action.code() + "-VET-000123456");
  }

  /** A learner's 30-day short-term mobility IT -> ES under the book's edition. */
  static Mobility.Builder learner(RuleBook book) {
    Mobility.Builder b =
        Mobility.builder()
            .participant(Participant.of(ParticipantCategory.VET_LEARNER))
            .activityType(ActivityType.LM_SHORT_VET)
            .sending(SENDING)
            .receiving(RECEIVING)
            .startDate(START)
            .endDate(START.plusDays(29))
            .travelDays(2);
    book.action().ifPresent(a -> b.projectReference(reference(book.edition().callYear(), a)));
    if (book.action().isEmpty()) {
      b.sending(org(CountryCode.AL, "E10000003"));
    }
    return b;
  }

  /** A participant of a category, linked to the sending organisation when staff. */
  static Participant participant(ParticipantCategory category) {
    Participant.Builder b = Participant.builder().category(category);
    if (category == ParticipantCategory.STAFF) {
      b.staffLink(StaffLink.EMPLOYED);
    }
    if (category == ParticipantCategory.RECENT_GRADUATE) {
      b.graduationDate(START.minusMonths(3));
    }
    return b.build();
  }

  /** A mobility of an activity type lasting {@code days} physical days, otherwise eligible. */
  static Mobility.Builder activity(RuleBook book, ActivityType type, long days) {
    ParticipantCategory category =
        switch (type.kind()) {
          case LEARNER -> ParticipantCategory.VET_LEARNER;
          case STAFF, PREPARATORY -> ParticipantCategory.STAFF;
          case INCOMING ->
              type == ActivityType.OA_INV_EXP
                  ? ParticipantCategory.INVITED_EXPERT
                  : ParticipantCategory.TEACHER_IN_TRAINING;
        };
    Mobility.Builder b =
        learner(book)
            .participant(participant(category))
            .activityType(type)
            .endDate(START.plusDays(days - 1));
    if (type.kind() == ActivityType.Kind.INCOMING) {
      b.sending(RECEIVING).receiving(SENDING);
    }
    if (type == ActivityType.LM_GROUP_VET) {
      b.groupSize(10).accompanied(true).addGroupCountries(CountryCode.IT, CountryCode.DE);
    }
    if (type == ActivityType.PREP_VISIT) {
      b.groupSize(2);
    }
    return b;
  }
}
