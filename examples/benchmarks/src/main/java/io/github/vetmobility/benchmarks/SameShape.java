package io.github.vetmobility.benchmarks;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import java.time.LocalDate;

/**
 * The inputs every comparison shares: one KA122 short-term mobility of call 2025, as a core {@link
 * Mobility} and as a {@link MobilityBean} of the same shape, so that each benchmark compares like
 * with like.
 */
final class SameShape {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);
  private static final String REFERENCE = "2025-1-IT02-KA122-VET-000123456";

  private SameShape() {}

  /** An eligible 30-day stay IT -> ES. */
  static Mobility eligibleMobility() {
    return Mobility.builder()
        .projectReference(ProjectReference.parse(REFERENCE))
        .participant(Participant.of(ParticipantCategory.VET_LEARNER))
        .activityType(ActivityType.LM_SHORT_VET)
        .sending(organisation(CountryCode.IT, "E10000001"))
        .receiving(organisation(CountryCode.ES, "E10000002"))
        .startDate(START)
        .endDate(START.plusDays(29))
        .travelDays(2)
        .build();
  }

  /** The same stay lasting 121 days: it breaks the duration maximum only. */
  static Mobility tooLongMobility() {
    return Mobility.builder().from(eligibleMobility()).endDate(START.plusDays(120)).build();
  }

  /** The eligible stay as a bean with Hibernate Validator's built-in constraints. */
  static MobilityBean eligibleBean() {
    return new MobilityBean(
        REFERENCE,
        "learner",
        "LM-SHORT-VET",
        new MobilityBean.OrganisationBean("E10000001", "IT"),
        new MobilityBean.OrganisationBean("E10000002", "ES"),
        START,
        START.plusDays(29),
        2,
        0);
  }

  private static Organisation organisation(CountryCode country, String oid) {
    return Organisation.builder().country(country).oid(OrganisationId.parse(oid)).build();
  }
}
