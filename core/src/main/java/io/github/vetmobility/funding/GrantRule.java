package io.github.vetmobility.funding;

/** The grant rules, each with a stable id that grant lines and tests name. */
public enum GrantRule {
  /** Travel: the unit amount of the one-way distance band, green where the edition has one. */
  TRAVEL("VET-GRANT-TRAVEL", "travel unit amount of the distance band (standard or green)"),
  /** Expensive travel: a share of real costs when the band amount covers too little of them. */
  EXPENSIVE_TRAVEL(
      "VET-GRANT-EXPENSIVE-TRAVEL",
      "80 % of real travel costs when the band amount covers less than 70 % of them"),
  /** Individual support: daily rate to the 14th day, a reduced rate from the 15th. */
  INDIVIDUAL_SUPPORT(
      "VET-GRANT-INDIVIDUAL-SUPPORT",
      "daily rate by group and participant; travel days count; from day 15 70 % rounded"),
  /** Accompanying persons: days beyond the 60th move to inclusion support (real costs). */
  ACCOMPANYING_BEYOND_60(
      "VET-GRANT-ACCOMPANYING-BEYOND-60",
      "accompanying persons' subsistence after day 60 is inclusion support at real cost"),
  /** Organisational support per participant, tiered or flat by activity and destination. */
  ORGANISATIONAL_SUPPORT(
      "VET-GRANT-ORGANISATIONAL-SUPPORT",
      "per participant by activity type (tier after the 100th), 500 in non-associated countries"),
  /** Inclusion support for the organisation per participant with fewer opportunities. */
  INCLUSION_ORGANISATION(
      "VET-GRANT-INCLUSION-ORGANISATION",
      "inclusion support for organisations per participant with fewer opportunities"),
  /** Inclusion support for participants: real costs. */
  INCLUSION_PARTICIPANT(
      "VET-GRANT-INCLUSION-PARTICIPANT", "inclusion support for participants: real costs"),
  /** Course fees per day, for a limited number of days. */
  COURSE_FEES("VET-GRANT-COURSE-FEES", "course fee per day, at most 10 days"),
  /** Visas, permits, vaccinations, medical certificates: a share of real costs. */
  EXCEPTIONAL_VISA(
      "VET-GRANT-EXCEPTIONAL-VISA", "visa, permit, vaccination and medical costs at their rate"),
  /** Financial guarantees: a share of real costs. */
  EXCEPTIONAL_GUARANTEE(
      "VET-GRANT-EXCEPTIONAL-GUARANTEE", "financial guarantee costs at their rate"),
  /** Linguistic support when Online Language Support cannot serve. */
  LINGUISTIC_SUPPORT(
      "VET-GRANT-LINGUISTIC-SUPPORT",
      "linguistic support when Online Language Support lacks the language or level"),
  /** Reinforced linguistic support for every ErasmusPro participant. */
  LINGUISTIC_REINFORCED(
      "VET-GRANT-LINGUISTIC-REINFORCED", "reinforced linguistic support for ErasmusPro"),
  /** Preparatory visits: a unit amount per person, at most 3 persons. */
  PREPARATORY_VISIT(
      "VET-GRANT-PREPARATORY-VISIT", "unit amount per person, at most 3 persons per visit");

  private final String id;
  private final String description;

  GrantRule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** {@return the stable id, for example {@code VET-GRANT-TRAVEL}} */
  public String id() {
    return id;
  }

  /** {@return a one-line English description} */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return id;
  }
}
