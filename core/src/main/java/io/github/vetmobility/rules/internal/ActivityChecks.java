package io.github.vetmobility.rules.internal;

import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Outcome;
import io.github.vetmobility.rules.Rule;

/** Rules on the activity: dates, type, durations, travel days. Not part of the API. */
final class ActivityChecks {
  private ActivityChecks() {}

  private static final String ACTIVITY_BASIS = "the activity types of the edition";

  /** VET-DATES-ORDER: the activity does not end before it starts. */
  static final class DatesOrder extends MobilityCheck {
    DatesOrder() {
      super(Rule.VET_DATES_ORDER);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      return passIf(!m.endDate().isBefore(m.startDate()));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation(
              "an activity cannot end before it starts",
              "duration.counting_inclusive",
              "duration.excludes_travel"),
          "endDate",
          m.endDate().toString(),
          "startDate",
          m.startDate().toString());
    }
  }

  /** VET-ACTIVITY-AVAILABLE: the activity type is offered; a type the book omits is not. */
  static final class Available extends MobilityCheck {
    Available() {
      super(Rule.VET_ACTIVITY_AVAILABLE);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      byte a = d.available(m.activityType());
      if (a == EditionData.T_UNKNOWN) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(a == EditionData.T_YES);
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation(
              "the rule book lists no such activity for the edition",
              "activity." + m.activityType().code() + ".available"),
          "activity",
          m.activityType().code(),
          "edition",
          d.edition().key());
    }
  }

  /** VET-ACTIVITY-PARTICIPANT: the category may take part in the activity. */
  static final class ParticipantCategory extends MobilityCheck {
    ParticipantCategory() {
      super(Rule.VET_ACTIVITY_PARTICIPANT);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (!offered(m, d)) {
        return Outcome.NOT_APPLICABLE;
      }
      int bits = d.participants(m.activityType());
      if (bits == 0 || bits == -1) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(EditionData.hasCategory(bits, m.participant().category()));
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation(ACTIVITY_BASIS, "activity." + m.activityType().code() + ".participants"),
          "category",
          m.participant().category().key(),
          "activity",
          m.activityType().code());
    }
  }

  /**
   * Returns the days the duration limits count, or {@code Long.MIN_VALUE} when they cannot be
   * counted (blended activity whose counting rule is unknown), or {@code Long.MIN_VALUE + 1} when
   * another rule already fails (end before start, more virtual than activity days).
   */
  static long countedDays(Mobility m, EditionData d) {
    long days = m.activityDays();
    if (days < 1 || m.virtualDays() > days) {
      return Long.MIN_VALUE + 1;
    }
    if (m.virtualDays() == 0) {
      return days;
    }
    byte blended = d.blendedPhysical;
    if (blended == EditionData.T_YES) {
      return days - m.virtualDays();
    }
    return blended == EditionData.T_NO ? days : Long.MIN_VALUE;
  }

  private static Outcome precondition(Mobility m, EditionData d, long days) {
    if (!MobilityCheck.offered(m, d) || days == Long.MIN_VALUE + 1) {
      return Outcome.NOT_APPLICABLE;
    }
    return days == Long.MIN_VALUE ? Outcome.NOT_EVALUATED : null;
  }

  /** Returns the minimum that applies: the lower one for a justified fewer-opportunities stay. */
  static int minimum(Mobility m, EditionData d) {
    ActivityType a = m.activityType();
    int min = d.minDays(a);
    Participant p = m.participant();
    if (p.fewerOpportunities() && m.shortStayJustified()) {
      int fewer = d.minDaysFewer(a);
      if (fewer >= 0 && fewer < EditionData.NO_LIMIT) {
        return fewer;
      }
    }
    return min;
  }

  /** VET-DURATION-MIN. */
  static final class DurationMin extends MobilityCheck {
    DurationMin() {
      super(Rule.VET_DURATION_MIN);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      long days = countedDays(m, d);
      Outcome pre = precondition(m, d, days);
      if (pre != null) {
        return pre;
      }
      int min = minimum(m, d);
      if (min == EditionData.NO_LIMIT) {
        return Outcome.NOT_APPLICABLE;
      }
      if (min < 0) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(days >= min);
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      int min = minimum(m, d);
      String key =
          min == d.minDays(m.activityType())
              ? "activity." + m.activityType().code() + ".min_days"
              : "activity." + m.activityType().code() + ".min_days_fewer_opportunities";
      return finding(
          d.citation(ACTIVITY_BASIS, key),
          "activity",
          m.activityType().code(),
          "days",
          countedDays(m, d),
          "min",
          min);
    }
  }

  /** VET-DURATION-MAX. */
  static final class DurationMax extends MobilityCheck {
    DurationMax() {
      super(Rule.VET_DURATION_MAX);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      long days = countedDays(m, d);
      Outcome pre = precondition(m, d, days);
      if (pre != null) {
        return pre;
      }
      int max = d.maxDays(m.activityType());
      if (max == EditionData.NO_LIMIT) {
        return Outcome.NOT_APPLICABLE;
      }
      if (max < 0) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(days <= max);
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation(ACTIVITY_BASIS, "activity." + m.activityType().code() + ".max_days"),
          "activity",
          m.activityType().code(),
          "days",
          countedDays(m, d),
          "max",
          d.maxDays(m.activityType()));
    }
  }

  /** VET-BLENDED-VIRTUAL: no more virtual days than activity days. */
  static final class BlendedVirtual extends MobilityCheck {
    BlendedVirtual() {
      super(Rule.VET_BLENDED_VIRTUAL);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      long days = m.activityDays();
      if (m.virtualDays() == 0 || days < 1) {
        return Outcome.NOT_APPLICABLE;
      }
      return passIf(m.virtualDays() <= days);
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation(
              "the virtual days of a blended activity are part of the activity",
              "blended.limits_apply_to_physical"),
          "virtualDays",
          m.virtualDays(),
          "days",
          m.activityDays());
    }
  }

  /** VET-TRAVEL-DAYS: at most the funded travel days, standard or green. */
  static final class TravelDays extends MobilityCheck {
    TravelDays() {
      super(Rule.VET_TRAVEL_DAYS);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      int max = m.greenTravel() ? d.travelGreen : d.travelStandard;
      Outcome unset = unset(max);
      if (unset != null) {
        return m.travelDays() == 0 && unset == Outcome.NOT_EVALUATED ? Outcome.PASSED : unset;
      }
      return passIf(m.travelDays() <= max);
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      String key = m.greenTravel() ? "travel_days.max_green" : "travel_days.max_standard";
      return finding(
          d.citation(ACTIVITY_BASIS, key),
          "travelDays",
          m.travelDays(),
          "max",
          m.greenTravel() ? d.travelGreen : d.travelStandard,
          "travel",
          m.greenTravel() ? "green" : "standard");
    }
  }
}
