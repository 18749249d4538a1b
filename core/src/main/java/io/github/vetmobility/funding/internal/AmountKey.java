package io.github.vetmobility.funding.internal;

import java.util.Locale;

/** The keys of {@code amounts.csv} and how their values are written. */
public enum AmountKey {
  /** Organisational support per participant, one amount for the activity (EUR). */
  ORGANISATIONAL_SUPPORT(Unit.EURO),
  /** Organisational support per participant, participants 1 to 100 of an activity type (EUR). */
  ORGANISATIONAL_SUPPORT_FIRST_100(Unit.EURO),
  /** Organisational support per participant after the 100th of an activity type (EUR). */
  ORGANISATIONAL_SUPPORT_AFTER_100(Unit.EURO),
  /** Organisational support per participant of an activity in a third country not associated. */
  ORGANISATIONAL_SUPPORT_NOT_ASSOCIATED(Unit.EURO),
  /** Inclusion support for the organisation per participant with fewer opportunities (EUR). */
  INCLUSION_SUPPORT_ORGANISATION(Unit.EURO),
  /** Share of participants' real inclusion costs paid. */
  INCLUSION_SUPPORT_PARTICIPANT_SHARE(Unit.SHARE),
  /** Course fee per participant and course day (EUR). */
  COURSE_FEE_PER_DAY(Unit.EURO),
  /** Course days paid at most. */
  COURSE_FEE_MAX_DAYS(Unit.COUNT),
  /** Preparatory visit amount per person, travel and subsistence together (EUR). */
  PREPARATORY_VISIT_PER_PERSON(Unit.EURO),
  /** Persons per preparatory visit at most. */
  PREPARATORY_VISIT_MAX_PERSONS(Unit.COUNT),
  /** Linguistic support per participant when Online Language Support cannot serve (EUR). */
  LINGUISTIC_SUPPORT(Unit.EURO),
  /** Reinforced linguistic support for every ErasmusPro participant (EUR). */
  LINGUISTIC_SUPPORT_REINFORCED(Unit.EURO),
  /** Staff get no linguistic support for mobilities shorter than this many days. */
  LINGUISTIC_SUPPORT_STAFF_MIN_DAYS(Unit.COUNT),
  /** Share of real travel costs paid as exceptional costs for expensive travel. */
  EXPENSIVE_TRAVEL_SHARE(Unit.SHARE),
  /** Expensive travel applies when the band amount covers less than this share of real costs. */
  EXPENSIVE_TRAVEL_THRESHOLD_SHARE(Unit.SHARE),
  /** Share of visa, permit, vaccination and medical certificate costs paid. */
  EXCEPTIONAL_COST_SHARE_VISA(Unit.SHARE),
  /** Share of financial guarantee costs paid. */
  EXCEPTIONAL_COST_SHARE_GUARANTEE(Unit.SHARE),
  /** Days (travel days included where the edition says so) paid at the full daily rate. */
  FULL_RATE_DAYS(Unit.COUNT),
  /** Share of the daily rate paid from the day after the full-rate days, rounded to whole euro. */
  DAY15_RATE_SHARE(Unit.SHARE),
  /** Whether funded travel days count towards the full-rate days. */
  TRAVEL_DAYS_COUNT_TOWARDS_FULL_RATE(Unit.YES_NO),
  /** Days of individual support paid to staff at most ("none": no cap). */
  STAFF_MAX_DAYS(Unit.LIMIT),
  /** Days of an accompanying person's individual support before it moves to inclusion support. */
  ACCOMPANYING_PERSON_DAYS_BEFORE_INCLUSION(Unit.COUNT),
  /** Travel days with individual support at most, non-green travel. */
  MAX_TRAVEL_DAYS_STANDARD(Unit.COUNT),
  /** Travel days with individual support at most, green travel. */
  MAX_TRAVEL_DAYS_GREEN(Unit.COUNT);

  /** How a value is written. */
  public enum Unit {
    /** Whole euro, stored as cents. */
    EURO,
    /** A share from 0 to 1 with at most 2 decimals, stored as hundredths. */
    SHARE,
    /** A whole number. */
    COUNT,
    /** A whole number or {@code none} (stored as {@link Long#MAX_VALUE}). */
    LIMIT,
    /** {@code yes} (1) or {@code no} (0). */
    YES_NO
  }

  private final Unit unit;

  AmountKey(Unit unit) {
    this.unit = unit;
  }

  /** Returns how the value is written. */
  public Unit unit() {
    return unit;
  }

  /** Returns the key as written in the file, e.g. {@code course_fee_per_day}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the key of a file, or {@code null}. */
  static AmountKey find(String key) {
    for (AmountKey k : values()) {
      if (k.key().equals(key)) {
        return k;
      }
    }
    return null;
  }
}
