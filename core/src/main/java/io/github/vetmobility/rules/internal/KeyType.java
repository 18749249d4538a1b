package io.github.vetmobility.rules.internal;

import io.github.vetmobility.mobility.ActivityType;
import java.util.Map;

/** The keys a rule-book file may hold, and the type of each value. Not part of the API. */
public enum KeyType {
  /** A whole number (days, months, persons, euros) or {@code none} for no limit. */
  NUMBER("a whole number or none"),
  /** {@code yes} or {@code no}. */
  YES_NO("yes or no"),
  /** A fraction from 0 to 1 such as {@code 0.20}. */
  SHARE("a fraction from 0 to 1 such as 0.20"),
  /** A {@code ;} list of Commission country codes, or {@code none}. */
  COUNTRIES("a ;-separated list of Commission country codes (EL, UK, XK; not GR or GB) or none"),
  /** A {@code ;} list of whole numbers. */
  NUMBERS("a ;-separated list of whole numbers"),
  /** A {@code ;} list of participant category keys. */
  CATEGORIES(
      "a ;-separated list of learner, apprentice, recent_graduate, staff, accompanying_person,"
          + " invited_expert, teacher_in_training"),
  /** A {@code ;} list of country statuses. */
  STATUSES(
      "a ;-separated list of eu_member_state, associated_third_country,"
          + " third_country_not_associated"),
  /** {@code start} or {@code end}. */
  BOUNDARY("start or end");

  private final String expected;

  KeyType(String expected) {
    this.expected = expected;
  }

  /** Returns what a value of this type looks like. */
  public String expected() {
    return expected;
  }

  private static final Map<String, KeyType> FIXED =
      Map.ofEntries(
          Map.entry("travel_days.max_standard", NUMBER),
          Map.entry("travel_days.max_green", NUMBER),
          Map.entry("duration.excludes_travel", YES_NO),
          Map.entry("duration.counting_inclusive", YES_NO),
          Map.entry("blended.limits_apply_to_physical", YES_NO),
          Map.entry("abroad.required", YES_NO),
          Map.entry("organisations.must_differ", YES_NO),
          Map.entry("recent_graduate.months", NUMBER),
          Map.entry("recent_graduate.service_extension", YES_NO),
          Map.entry("recent_graduate.boundary", BOUNDARY),
          Map.entry("staff.link_required", YES_NO),
          Map.entry("accompanying.for_learners_or_fewer_opportunities", YES_NO),
          Map.entry("applicant.statuses", STATUSES),
          Map.entry("flow.beneficiary_side_statuses", STATUSES),
          Map.entry("not_associated.available", YES_NO),
          Map.entry("not_associated.requires_accreditation", YES_NO),
          Map.entry("not_associated.eligible_regions", NUMBERS),
          Map.entry("not_associated.excluded_countries", COUNTRIES),
          Map.entry("incoming.origin_programme_countries_only", YES_NO),
          Map.entry("group.min_sending_countries", NUMBER),
          Map.entry("group.accompanied_by_sending_staff", YES_NO),
          Map.entry("prep_visit.max_per_hosting_org", NUMBER),
          Map.entry("prep_visit.allowed_for_courses", YES_NO),
          Map.entry("course.max_persons_same_sending_org", NUMBER),
          Map.entry("courses.max_share_of_grant", SHARE),
          Map.entry("courses.max_amount_small_project", NUMBER),
          Map.entry("courses.small_project_max_grant", NUMBER),
          Map.entry("ka122.max_participants", NUMBER),
          Map.entry("ka122.max_grants_in_5_calls", NUMBER),
          Map.entry("ka122.project_months_min", NUMBER),
          Map.entry("ka122.project_months_max", NUMBER),
          Map.entry("ka122.accredited_applicants_allowed", YES_NO),
          Map.entry("ka121.project_months", NUMBER),
          Map.entry("ka121.project_months_extended", NUMBER),
          Map.entry("ka121.accreditation_valid_on_start", YES_NO),
          Map.entry("ka121.not_associated_budget_share_max", SHARE),
          Map.entry("project.months_allowed", NUMBERS),
          Map.entry("pilot.min_organisations", NUMBER),
          Map.entry("pilot.min_eu_member_states", NUMBER),
          Map.entry("pilot.min_partner_countries", NUMBER),
          Map.entry("pilot.partner_countries", COUNTRIES),
          // Informative facts of a pilot call, read by no rule: its budget and grant limits.
          Map.entry("pilot.budget_eur", NUMBER),
          Map.entry("pilot.max_projects", NUMBER),
          Map.entry("pilot.max_grant_eur", NUMBER),
          Map.entry("pilot.min_grant_eur", NUMBER),
          Map.entry("pilot.max_project_months", NUMBER),
          Map.entry("pilot.unit_costs", YES_NO),
          Map.entry("pilot.cofinancing_share_max", SHARE),
          Map.entry("countries.eu_member_state", COUNTRIES),
          Map.entry("countries.associated_third_country", COUNTRIES));

  private static final Map<String, KeyType> ACTIVITY =
      Map.of(
          "available", YES_NO,
          "min_days", NUMBER,
          "max_days", NUMBER,
          "min_days_fewer_opportunities", NUMBER,
          "max_persons", NUMBER,
          "min_group_size", NUMBER,
          "not_associated_allowed", YES_NO,
          "participants", CATEGORIES);

  /**
   * Returns the type of a key, or {@code null} if the key is unknown. Besides the fixed keys:
   * {@code activity.CODE.PROPERTY}, {@code countries.region.N} (1-99), {@code countries.oct.CC} and
   * {@code countries.outermost.CC} (CC a Member State whose status the territories follow).
   */
  public static KeyType of(String key) {
    KeyType fixed = FIXED.get(key);
    if (fixed != null) {
      return fixed;
    }
    if (key.startsWith("activity.")) {
      int dot = key.indexOf('.', 9);
      if (dot < 0) {
        return null;
      }
      if (activity(key.substring(9, dot)) == null) {
        return null;
      }
      return ACTIVITY.get(key.substring(dot + 1));
    }
    if (key.startsWith("countries.region.")) {
      String n = key.substring(17);
      return n.matches("[1-9][0-9]?") ? COUNTRIES : null;
    }
    if (key.startsWith("countries.oct.") || key.startsWith("countries.outermost.")) {
      String cc = key.substring(key.lastIndexOf('.') + 1);
      return io.github.vetmobility.country.CountryCode.find(cc, false) != null ? COUNTRIES : null;
    }
    return null;
  }

  /** Returns the activity type with this exact code, or {@code null}. */
  public static ActivityType activity(String code) {
    for (ActivityType t : ActivityType.values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    return null;
  }
}
