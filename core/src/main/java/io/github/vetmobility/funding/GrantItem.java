package io.github.vetmobility.funding;

/** The budget categories of a VET mobility grant, in the order a breakdown lists them. */
public enum GrantItem {
  /** Travel: the distance band's unit amount (standard or green). */
  TRAVEL,
  /** Individual support: daily subsistence at the National Agency's rate. */
  INDIVIDUAL_SUPPORT,
  /** Organisational support: a unit amount per participant for the organisations. */
  ORGANISATIONAL_SUPPORT,
  /**
   * Inclusion support: for organisations per participant with fewer opportunities, and real costs.
   */
  INCLUSION_SUPPORT,
  /** Course fees for staff courses and training, per day. */
  COURSE_FEES,
  /** Exceptional costs: expensive travel, visas and permits, financial guarantees. */
  EXCEPTIONAL_COSTS,
  /** Linguistic support. */
  LINGUISTIC_SUPPORT,
  /** Preparatory visits: a unit amount per person covering travel and subsistence. */
  PREPARATORY_VISIT
}
