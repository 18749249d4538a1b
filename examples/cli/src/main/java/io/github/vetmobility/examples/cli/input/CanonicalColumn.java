package io.github.vetmobility.examples.cli.input;

import java.util.Locale;

/** The columns of the canonical CSV layout, by their exact header names. */
public enum CanonicalColumn {
  /** The host's identifier of the mobility. */
  MOBILITY_ID(true),
  /** The project reference; it selects the edition of the rules. */
  PROJECT_REFERENCE(true),
  /** The Beneficiary Module activity code, e.g. {@code LM-SHORT-VET}. */
  ACTIVITY_TYPE(true),
  /** learner, apprentice, recent_graduate, staff, accompanying_person, ... */
  PARTICIPANT_CATEGORY(true),
  /** Whether the participant has fewer opportunities. */
  FEWER_OPPORTUNITIES(true),
  /** First day of the activity. */
  START_DATE(true),
  /** Last day of the activity. */
  END_DATE(true),
  /** Travel days claimed. */
  TRAVEL_DAYS(true),
  /** Whether the participant travels green. */
  GREEN_TRAVEL(true),
  /** OID of the sending organisation. */
  SENDING_OID(true),
  /** Country of the sending organisation. */
  SENDING_COUNTRY(true),
  /** City of the sending organisation. */
  SENDING_CITY(true),
  /** OID of the receiving organisation. */
  RECEIVING_OID(true),
  /** Country of the receiving organisation. */
  RECEIVING_COUNTRY(true),
  /** City of the receiving organisation. */
  RECEIVING_CITY(true),
  /** One-way distance from the official calculator, in km. */
  DISTANCE_KM(true),
  /** Whether an accompanying person goes along. */
  ACCOMPANYING_PERSON(true),
  /** Date of graduation (recent graduates). */
  GRADUATION_DATE(false),
  /** Virtual days of a blended activity. */
  VIRTUAL_DAYS(false),
  /** Course days (courses and training). */
  COURSE_DAYS(false),
  /** Real travel cost claimed as exceptional costs for expensive travel, in euro. */
  EXCEPTIONAL_TRAVEL_COST(false),
  /** The call year, when there is no project reference. */
  CALL_YEAR(false),
  /** Whether a shorter stay of a participant with fewer opportunities is justified. */
  SHORT_STAY_JUSTIFIED(false),
  /** The staff member's link to the sending organisation: employed, regularly_engaged, none. */
  STAFF_LINK(false),
  /** PIC of the sending organisation (tells organisations apart without OIDs). */
  SENDING_PIC(false),
  /** PIC of the receiving organisation. */
  RECEIVING_PIC(false),
  /** Erasmus accreditation code held by the sending organisation (KA120-VET). */
  SENDING_ACCREDITATION(false),
  /** First day of validity of that accreditation; required with the code. */
  SENDING_ACCREDITATION_FROM(false),
  /** Number of learners in a group mobility or persons on a preparatory visit. */
  GROUP_SIZE(false),
  /** Sending countries of a group mobility, separated by ';', e.g. {@code IT;ES}. */
  GROUP_COUNTRIES(false),
  /** The project's beneficiary: its OID (with {@code beneficiary_country}). */
  BENEFICIARY_OID(false),
  /** The country of the project's beneficiary (the applicant). */
  BENEFICIARY_COUNTRY(false),
  /** Erasmus accreditation code held by the beneficiary (with {@code beneficiary_country}). */
  BENEFICIARY_ACCREDITATION(false),
  /** First day of validity of that accreditation; required with the code. */
  BENEFICIARY_ACCREDITATION_FROM(false),
  /** First day of the project. */
  PROJECT_START(false),
  /** Last day of the project. */
  PROJECT_END(false),
  /** The grant awarded to the project, in euro. */
  PROJECT_GRANT(false),
  /** The part of it for mobilities to third countries not associated, in euro (KA121). */
  PROJECT_NOT_ASSOCIATED_GRANT(false),
  /** The part of it for courses and training, in euro. */
  PROJECT_COURSES_GRANT(false);

  private final boolean required;
  private final String header;

  CanonicalColumn(boolean required) {
    this.required = required;
    this.header = name().toLowerCase(Locale.ROOT);
  }

  /** Returns the header name, e.g. {@code start_date}. */
  public String header() {
    return header;
  }

  /** Returns whether the header must have this column (its cells may still be empty). */
  public boolean required() {
    return required;
  }

  static CanonicalColumn find(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    for (CanonicalColumn c : values()) {
      if (c.header().equals(h)) {
        return c;
      }
    }
    return null;
  }
}
