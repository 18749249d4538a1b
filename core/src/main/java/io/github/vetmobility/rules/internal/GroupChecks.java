package io.github.vetmobility.rules.internal;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Outcome;
import io.github.vetmobility.rules.Rule;

/** Rules on group mobility of learners and on preparatory visits. Not part of the API. */
final class GroupChecks {
  private GroupChecks() {}

  static boolean isOffered(Mobility m, EditionData d, ActivityType type) {
    return m.activityType() == type && offered(m, d);
  }

  private static boolean offered(Mobility m, EditionData d) {
    byte a = d.available(m.activityType());
    return a == EditionData.T_YES || a == EditionData.T_UNKNOWN;
  }

  /** VET-GROUP-SIZE: at least the minimum number of learners. */
  static final class GroupSize extends MobilityCheck {
    GroupSize() {
      super(Rule.VET_GROUP_SIZE);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (!isOffered(m, d, ActivityType.LM_GROUP_VET)) {
        return Outcome.NOT_APPLICABLE;
      }
      int min = d.minGroupSize(ActivityType.LM_GROUP_VET);
      if (min < 0 || m.groupSize().isEmpty()) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(m.groupSize().getAsInt() >= min);
    }

    @Override
    protected String input(Mobility m) {
      return m.groupSize().isEmpty() ? "groupSize" : null;
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "activity.LM-GROUP-VET.min_group_size"),
          "min",
          d.minGroupSize(ActivityType.LM_GROUP_VET),
          "groupSize",
          m.groupSize().getAsInt());
    }
  }

  /** Returns the number of EU or associated countries among the group's countries. */
  static int programmeCountries(Mobility m, EditionData d) {
    int n = 0;
    for (CountryCode c : m.groupCountries()) {
      if (d.isProgrammeCountry(c)) {
        n++;
      }
    }
    return n;
  }

  /** VET-GROUP-COUNTRIES: learners from at least two EU or associated countries. */
  static final class GroupCountries extends MobilityCheck {
    GroupCountries() {
      super(Rule.VET_GROUP_COUNTRIES);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (!isOffered(m, d, ActivityType.LM_GROUP_VET)) {
        return Outcome.NOT_APPLICABLE;
      }
      int min = d.groupMinSendingCountries;
      Outcome unset = unset(min);
      if (unset != null) {
        return unset;
      }
      if (m.groupCountries().isEmpty()) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(programmeCountries(m, d) >= min);
    }

    @Override
    protected String input(Mobility m) {
      return m.groupCountries().isEmpty() ? "groupCountries" : null;
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "group.min_sending_countries"),
          "min",
          d.groupMinSendingCountries,
          "count",
          programmeCountries(m, d));
    }
  }

  /** VET-GROUP-ACCOMPANIED: staff of the sending organisation accompany the group. */
  static final class GroupAccompanied extends MobilityCheck {
    GroupAccompanied() {
      super(Rule.VET_GROUP_ACCOMPANIED);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (!isOffered(m, d, ActivityType.LM_GROUP_VET)) {
        return Outcome.NOT_APPLICABLE;
      }
      Outcome unset = unset(d.groupAccompanied);
      if (unset != null) {
        return unset;
      }
      return passIf(d.groupAccompanied == EditionData.T_NO || m.accompanied());
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(d.citation("", "group.accompanied_by_sending_staff"));
    }
  }

  /** VET-PREP-PERSONS: a preparatory visit takes at most the maximum number of persons. */
  static final class PrepPersons extends MobilityCheck {
    PrepPersons() {
      super(Rule.VET_PREP_PERSONS);
    }

    @Override
    public Outcome test(Mobility m, EditionData d) {
      if (!isOffered(m, d, ActivityType.PREP_VISIT)) {
        return Outcome.NOT_APPLICABLE;
      }
      int max = d.maxPersons(ActivityType.PREP_VISIT);
      Outcome unset = unset(max);
      if (unset != null) {
        return unset;
      }
      if (m.groupSize().isEmpty()) {
        return Outcome.NOT_EVALUATED;
      }
      return passIf(m.groupSize().getAsInt() <= max);
    }

    @Override
    protected String input(Mobility m) {
      return m.groupSize().isEmpty() ? "groupSize" : null;
    }

    @Override
    public Finding explain(Mobility m, EditionData d) {
      return finding(
          d.citation("", "activity.PREP-VISIT.max_persons"),
          "max",
          d.maxPersons(ActivityType.PREP_VISIT),
          "groupSize",
          m.groupSize().getAsInt());
    }
  }
}
