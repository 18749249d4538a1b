package io.github.vetmobility.rules;

import io.github.vetmobility.InvalidValueException;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue of eligibility rules: every rule has a stable id (for example {@code
 * VET-DURATION-MIN}), the level it checks (one mobility or a whole project), its default severity,
 * the property it concerns, an English message template with named arguments, and the data keys of
 * the rule books that hold its numbers and sources.
 *
 * <p>Rules run in the order of this enum, so findings come in a stable order. The numbers per
 * edition are in the rule books ({@link RuleBook#parameters(Rule)}) and in the generated catalogue
 * {@code core/RULES.md}.
 */
public enum Rule {
  /** The project reference names the call year and key action of the rule book used. */
  VET_REFERENCE_EDITION(
      Level.MOBILITY,
      Severity.ERROR,
      "projectReference",
      "The project reference names the same call year and key action as the rule book used.",
      "The project reference names call {referenceCall} and {referenceAction}, but the rule book"
          + " used is {edition} {action}",
      List.of()),
  /** A 2021-2027 project reference is in the field VET. */
  VET_REFERENCE_FIELD(
      Level.MOBILITY,
      Severity.ERROR,
      "projectReference.field",
      "A 2021-2027 project reference is a VET project (field segment VET).",
      "The project reference is in the field {field}, not VET",
      List.of()),
  /**
   * The National Agency of the project reference lies in an EU Member State or associated country.
   */
  VET_REFERENCE_AGENCY(
      Level.MOBILITY,
      Severity.ERROR,
      "projectReference.nationalAgency",
      "The National Agency named in the project reference is in an EU Member State or associated"
          + " third country of the edition.",
      "National Agency {agency} is not in an EU Member State or associated third country of"
          + " {edition}",
      List.of("applicant.statuses")),
  /** The beneficiary-side organisation lies in the country of the project's National Agency. */
  VET_AGENCY_COUNTRY(
      Level.MOBILITY,
      Severity.ERROR,
      "sending.country",
      "The beneficiary-side organisation (sending for outgoing activities, receiving for incoming"
          + " ones) is in the country of the National Agency named in the project reference.",
      "The {side} organisation is in {country}, but the project is managed by National Agency"
          + " {agency}",
      List.of("applicant.statuses")),
  /**
   * An Erasmus accreditation code held by the beneficiary-side organisation is a VET code of its
   * country.
   */
  VET_ACCREDITATION_CODE(
      Level.MOBILITY,
      Severity.ERROR,
      "sending.accreditations",
      "An Erasmus accreditation code held by the beneficiary-side organisation is a KA120 code in"
          + " the field VET, issued by a National Agency of the organisation's country.",
      "Accreditation {code} is not a VET accreditation of a National Agency in {country}",
      List.of("ka121.accreditation_valid_on_start")),
  /** The activity does not end before it starts. */
  VET_DATES_ORDER(
      Level.MOBILITY,
      Severity.ERROR,
      "endDate",
      "The activity does not end before it starts (both days count).",
      "The activity ends on {endDate}, before it starts on {startDate}",
      List.of("duration.counting_inclusive")),
  /** The activity type exists in the edition. */
  VET_ACTIVITY_AVAILABLE(
      Level.MOBILITY,
      Severity.ERROR,
      "activityType",
      "The activity type is offered by the edition.",
      "{activity} is not an eligible activity in {edition}",
      List.of("activity.*.available")),
  /** The participant's category may take part in the activity type. */
  VET_ACTIVITY_PARTICIPANT(
      Level.MOBILITY,
      Severity.ERROR,
      "participant.category",
      "The participant's category may take part in the activity type (e.g. group mobility is for"
          + " initial VET learners only, not recent graduates).",
      "A participant of category {category} cannot take part in {activity}",
      List.of("activity.*.participants")),
  /** The physical activity lasts at least the minimum number of days. */
  VET_DURATION_MIN(
      Level.MOBILITY,
      Severity.ERROR,
      "endDate",
      "The physical activity, travel days excluded and start and end day both counted, lasts at"
          + " least the activity's minimum; for short-term learner mobility of participants with"
          + " fewer opportunities the lower minimum applies when the shorter stay is justified. For"
          + " a blended activity the virtual days do not count.",
      "{activity} lasts {days} days of physical activity, fewer than the minimum of {min}",
      List.of(
          "activity.*.min_days",
          "activity.*.min_days_fewer_opportunities",
          "duration.excludes_travel",
          "duration.counting_inclusive",
          "blended.limits_apply_to_physical")),
  /** The physical activity lasts at most the maximum number of days. */
  VET_DURATION_MAX(
      Level.MOBILITY,
      Severity.ERROR,
      "endDate",
      "The physical activity, travel days excluded and start and end day both counted, lasts at"
          + " most the activity's maximum (for a blended activity, the physical part).",
      "{activity} lasts {days} days of physical activity, more than the maximum of {max}",
      List.of(
          "activity.*.max_days",
          "duration.excludes_travel",
          "duration.counting_inclusive",
          "blended.limits_apply_to_physical")),
  /** The virtual days of a blended activity do not exceed its days. */
  VET_BLENDED_VIRTUAL(
      Level.MOBILITY,
      Severity.ERROR,
      "virtualDays",
      "The virtual days of a blended activity lie within the activity: there are no more virtual"
          + " days than activity days.",
      "{virtualDays} virtual days exceed the {days} days of the activity",
      List.of("blended.limits_apply_to_physical")),
  /** At most 2 funded travel days, or 6 with green travel. */
  VET_TRAVEL_DAYS(
      Level.MOBILITY,
      Severity.ERROR,
      "travelDays",
      "The travel days claimed do not exceed the funded maximum: standard travel or green travel.",
      "{travelDays} travel days claimed; at most {max} are funded with {travel} travel",
      List.of("travel_days.max_standard", "travel_days.max_green")),
  /** A recent graduate takes part within the months after graduation that the edition allows. */
  VET_RECENT_GRADUATE(
      Level.MOBILITY,
      Severity.ERROR,
      "participant.graduationDate",
      "A recent graduate takes part after graduation and within the edition's months of it,"
          + " measured at the start of the activity unless the rule book says `end`; where the"
          + " edition extends the period by compulsory civil or military service (not modelled),"
          + " a late start is a warning.",
      "A recent graduate takes part within {months} months after graduation on"
          + " {graduationDate}; the activity's {boundary} date is {date}",
      List.of(
          "recent_graduate.months",
          "recent_graduate.service_extension",
          "recent_graduate.boundary")),
  /** Staff are employed by, or regularly work for, the sending organisation. */
  VET_STAFF_LINK(
      Level.MOBILITY,
      Severity.ERROR,
      "participant.staffLink",
      "A member of staff is employed by, or regularly works for, the sending organisation.",
      "Staff must be employed by or regularly work for the sending organisation",
      List.of("staff.link_required")),
  /** Accompanying persons accompany learners or participants with fewer opportunities. */
  VET_ACCOMPANIED(
      Level.MOBILITY,
      Severity.WARNING,
      "accompanied",
      "An accompanying person is foreseen for learners (minors, young people) and participants"
          + " with fewer opportunities.",
      "An accompanying person is foreseen for learners and participants with fewer"
          + " opportunities, not for a {category} without fewer opportunities",
      List.of("accompanying.for_learners_or_fewer_opportunities")),
  /** Sending and receiving organisation are two organisations. */
  VET_ORGANISATIONS_DIFFER(
      Level.MOBILITY,
      Severity.ERROR,
      "receiving",
      "Sending and receiving organisation are not the same organisation (same OID or PIC).",
      "Sending and receiving organisation are the same ({identifier})",
      List.of("organisations.must_differ")),
  /** The activity takes place abroad. */
  VET_ABROAD(
      Level.MOBILITY,
      Severity.ERROR,
      "receiving.country",
      "Sending and receiving organisation lie in different countries.",
      "Sending and receiving organisation are both in {country}: the activity must take place"
          + " abroad",
      List.of("abroad.required")),
  /** The beneficiary side of the flow lies in an EU Member State or associated country. */
  VET_FLOW_BENEFICIARY(
      Level.MOBILITY,
      Severity.ERROR,
      "sending.country",
      "The beneficiary side of the flow (the sending organisation, or the receiving one for"
          + " invited experts and hosted teachers) lies in an EU Member State or associated third"
          + " country of the edition (the United Kingdom up to the 2020 call).",
      "The {side} organisation is in {country} ({status}), not in an EU Member State or"
          + " associated third country",
      List.of("flow.beneficiary_side_statuses", "countries.*")),
  /** The edition allows mobility to third countries not associated to the programme. */
  VET_FLOW_RECEIVING(
      Level.MOBILITY,
      Severity.ERROR,
      "receiving.country",
      "A destination in a third country not associated to the programme is allowed by the"
          + " edition at all.",
      "{country} is a third country not associated to the programme; {edition} allows no"
          + " mobility there",
      List.of("not_associated.available")),
  /** Mobility to third countries not associated is for accredited (KA121) projects only. */
  VET_NOT_ASSOCIATED_ACCREDITED(
      Level.MOBILITY,
      Severity.ERROR,
      "receiving.country",
      "Mobility to a third country not associated to the programme is open to accredited"
          + " organisations (KA121) only.",
      "Mobility to {country} (third country not associated) is open to accredited"
          + " organisations (KA121) only, not to {action}",
      List.of("not_associated.requires_accreditation")),
  /** Only some activity types may go to third countries not associated. */
  VET_NOT_ASSOCIATED_ACTIVITY(
      Level.MOBILITY,
      Severity.ERROR,
      "activityType",
      "The activity type may take place in a third country not associated to the programme.",
      "{activity} cannot take place in a third country not associated to the programme"
          + " ({country})",
      List.of("activity.*.not_associated_allowed")),
  /** The non-associated destination is in an eligible region and not excluded. */
  VET_NOT_ASSOCIATED_DESTINATION(
      Level.MOBILITY,
      Severity.ERROR,
      "receiving.country",
      "A non-associated destination lies in an eligible region and is not expressly excluded"
          + " (Belarus and Russia from the 2025 call).",
      "{country} is not an eligible destination in {edition}",
      List.of(
          "not_associated.excluded_countries",
          "not_associated.eligible_regions",
          "countries.region.*")),
  /** Invited experts and hosted teachers come from EU Member States or associated countries. */
  VET_INCOMING_ORIGIN(
      Level.MOBILITY,
      Severity.ERROR,
      "sending.country",
      "Invited experts and hosted teachers or educators in training come from an EU Member State"
          + " or associated third country.",
      "Participants of {activity} must come from an EU Member State or associated third country,"
          + " not from {country}",
      List.of("incoming.origin_programme_countries_only")),
  /** A pilot mobility runs between an EU Member State and a partner country of the pilot. */
  VET_PILOT_FLOW(
      Level.MOBILITY,
      Severity.ERROR,
      "receiving.country",
      "A pilot mobility runs between an EU Member State and one of the pilot's partner countries,"
          + " in either direction.",
      "The pilot funds flows between an EU Member State and {partners}; {from} to {to} is not"
          + " one",
      List.of("pilot.partner_countries", "countries.eu_member_state")),
  /** A learner group has at least the minimum number of learners. */
  VET_GROUP_SIZE(
      Level.MOBILITY,
      Severity.ERROR,
      "groupSize",
      "A group mobility of VET learners has at least the minimum number of learners.",
      "A group needs at least {min} learners; {groupSize} given",
      List.of("activity.LM-GROUP-VET.min_group_size")),
  /** A learner group mixes learners from at least two EU or associated countries. */
  VET_GROUP_COUNTRIES(
      Level.MOBILITY,
      Severity.ERROR,
      "groupCountries",
      "A group mobility brings together learners from at least the minimum number of EU Member"
          + " States or associated third countries.",
      "A group must bring together learners from at least {min} EU Member States or associated"
          + " third countries; {count} given",
      List.of("group.min_sending_countries")),
  /** Staff of the sending organisation accompany a learner group. */
  VET_GROUP_ACCOMPANIED(
      Level.MOBILITY,
      Severity.ERROR,
      "accompanied",
      "Teachers, trainers or other qualified staff of the sending organisation accompany a learner"
          + " group for the whole activity.",
      "Staff of the sending organisation must accompany the group for the whole activity",
      List.of("group.accompanied_by_sending_staff")),
  /** A preparatory visit takes at most 3 persons. */
  VET_PREP_PERSONS(
      Level.MOBILITY,
      Severity.ERROR,
      "groupSize",
      "A preparatory visit (the persons given in groupSize) takes at most the maximum number of"
          + " persons.",
      "A preparatory visit takes at most {max} persons; {groupSize} given",
      List.of("activity.PREP-VISIT.max_persons")),
  /** The beneficiary (applicant) lies in an eligible country. */
  VET_PROJECT_APPLICANT(
      Level.PROJECT,
      Severity.ERROR,
      "beneficiary.country",
      "The beneficiary (applicant) is established in a country of an eligible status: EU Member"
          + " State or associated third country for Erasmus+, EU Member State for the pilots.",
      "The beneficiary is in {country} ({status}); applicants must be in {allowed}",
      List.of("applicant.statuses")),
  /** A KA121 beneficiary holds an Erasmus accreditation valid on the project start date. */
  VET_KA121_ACCREDITATION(
      Level.PROJECT,
      Severity.ERROR,
      "beneficiary.accreditations",
      "A KA121 beneficiary holds an Erasmus accreditation valid on the project start date.",
      "KA121 needs an Erasmus accreditation valid on the project start date {startDate}",
      List.of("ka121.accreditation_valid_on_start")),
  /** A KA122 beneficiary holds no Erasmus accreditation. */
  VET_KA122_NOT_ACCREDITED(
      Level.PROJECT,
      Severity.ERROR,
      "beneficiary.accreditations",
      "A KA122 applicant holds no Erasmus accreditation valid on the project start date.",
      "Organisations holding an Erasmus accreditation (valid on {startDate}) cannot apply for"
          + " KA122",
      List.of("ka122.accredited_applicants_allowed")),
  /** A KA122 project has at most 30 participants. */
  VET_KA122_PARTICIPANTS(
      Level.PROJECT,
      Severity.ERROR,
      "mobilities",
      "A KA122 project has at most the maximum number of participants; accompanying persons and"
          + " preparatory visits are not counted (participants with the same id count once).",
      "{participants} participants, more than the KA122 maximum of {max}",
      List.of("ka122.max_participants")),
  /** A KA122 project lasts 6 to 18 months. */
  VET_KA122_DURATION(
      Level.PROJECT,
      Severity.ERROR,
      "endDate",
      "A KA122 project lasts from the minimum to the maximum number of months (a started month"
          + " counts against the maximum, only full months towards the minimum).",
      "The project lasts {months} months; KA122 projects last {min} to {max} months",
      List.of("ka122.project_months_min", "ka122.project_months_max")),
  /** At most 3 KA122 grants in any 5 consecutive call years. */
  VET_KA122_GRANTS(
      Level.PROJECT,
      Severity.ERROR,
      "previousGrants",
      "A beneficiary holds at most the maximum number of KA122 grants in any 5 consecutive call"
          + " years, this one included; 2014-2020 grants do not count.",
      "{grants} KA122 grants in the call years {from} to {to}, more than {max}",
      List.of("ka122.max_grants_in_5_calls")),
  /** A KA121 project lasts at most 24 months, extension included. */
  VET_KA121_DURATION(
      Level.PROJECT,
      Severity.ERROR,
      "endDate",
      "A KA121 project lasts at most the extended duration.",
      "The project lasts {months} months, more than the {max} months a KA121 project can be"
          + " extended to",
      List.of("ka121.project_months_extended")),
  /** A KA121 project longer than 15 months needs an extension. */
  VET_KA121_EXTENSION(
      Level.PROJECT,
      Severity.WARNING,
      "endDate",
      "A KA121 project longer than the standard duration needs an approved extension.",
      "The project lasts {months} months, more than the standard {max}: it needs an approved"
          + " extension",
      List.of("ka121.project_months")),
  /** At most 20 % of a KA121 grant for activities in third countries not associated. */
  VET_KA121_NOT_ASSOCIATED_SHARE(
      Level.PROJECT,
      Severity.ERROR,
      "notAssociatedGrant",
      "A KA121 project puts at most the maximum share of its awarded grant into activities in"
          + " third countries not associated (inclusion support for participants and expensive"
          + " travel excluded).",
      "EUR {amount} for activities in third countries not associated is more than {percent}% of"
          + " the awarded grant of EUR {grant}",
      List.of("ka121.not_associated_budget_share_max")),
  /** The grant for courses and training is capped. */
  VET_COURSES_BUDGET(
      Level.PROJECT,
      Severity.ERROR,
      "coursesGrant",
      "The grant for courses and training stays within 50% of the awarded grant, or within a fixed"
          + " amount for small projects.",
      "EUR {amount} for courses and training is more than the limit of EUR {limit}",
      List.of(
          "courses.max_share_of_grant",
          "courses.max_amount_small_project",
          "courses.small_project_max_grant")),
  /** At most 3 persons of one sending organisation on the same course. */
  VET_COURSE_SAME_ORG(
      Level.PROJECT,
      Severity.ERROR,
      "mobilities",
      "At most the maximum number of persons from the same sending organisation are funded for"
          + " the same course (same host and start date).",
      "{persons} persons from the same sending organisation on the course at {host} starting"
          + " {startDate}; at most {max}",
      List.of("course.max_persons_same_sending_org")),
  /** A preparatory visit takes at most 3 persons (counted over the project). */
  VET_PREP_VISIT_SIZE(
      Level.PROJECT,
      Severity.ERROR,
      "mobilities",
      "A preparatory visit (the preparatory-visit mobilities to one host starting the same day)"
          + " takes at most the maximum number of persons.",
      "{persons} persons on the preparatory visit to {host} starting {startDate}; at most {max}",
      List.of("activity.PREP-VISIT.max_persons")),
  /** Only one preparatory visit per hosting organisation. */
  VET_PREP_PER_HOST(
      Level.PROJECT,
      Severity.ERROR,
      "mobilities",
      "A project makes at most the maximum number of preparatory visits to one hosting"
          + " organisation.",
      "{visits} preparatory visits to {host}; at most {max} per hosting organisation",
      List.of("prep_visit.max_per_hosting_org")),
  /** No preparatory visit before courses and training. */
  VET_PREP_COURSES(
      Level.PROJECT,
      Severity.ERROR,
      "mobilities",
      "No preparatory visit goes to a host that receives only courses and training in the"
          + " project.",
      "A preparatory visit to {host}, which hosts only courses and training: no preparatory"
          + " visit before courses",
      List.of("prep_visit.allowed_for_courses")),
  /** A 2014-2020 project lasts one of the allowed numbers of months. */
  VET_PROJECT_MONTHS(
      Level.PROJECT,
      Severity.ERROR,
      "endDate",
      "A 2014-2020 KA102/KA116 project lasts one of the allowed durations (1 or 2 years).",
      "The project lasts {months} months; allowed: {allowed}",
      List.of("project.months_allowed")),
  /** A pilot partnership has enough organisations from enough countries. */
  VET_PILOT_PARTNERSHIP(
      Level.PROJECT,
      Severity.ERROR,
      "partners",
      "A pilot partnership (beneficiary and partners) has at least the minimum number of"
          + " organisations, of different EU Member States and of different partner countries.",
      "The partnership has {organisations} organisations from {euCountries} EU Member States and"
          + " {partnerCountries} partner countries; it needs {minOrganisations}, {minEu} and"
          + " {minPartners}",
      List.of(
          "pilot.min_organisations",
          "pilot.min_eu_member_states",
          "pilot.min_partner_countries",
          "pilot.partner_countries"));

  /** What a rule looks at. */
  public enum Level {
    /** One mobility. */
    MOBILITY,
    /** A whole project with its mobilities. */
    PROJECT
  }

  private static final Rule[] VALUES = values();

  static {
    // Outcomes are packed into the bits of a long (see Assessment).
    if (VALUES.length > 64) {
      throw new AssertionError("more than 64 rules");
    }
  }

  private final String id;
  private final Level level;
  private final Severity severity;
  private final String field;
  private final String description;
  private final String messageTemplate;
  private final List<String> keys;

  Rule(
      Level level,
      Severity severity,
      String field,
      String description,
      String messageTemplate,
      List<String> keys) {
    this.id = name().replace('_', '-');
    this.level = level;
    this.severity = severity;
    this.field = field;
    this.description = description;
    this.messageTemplate = messageTemplate;
    this.keys = keys;
  }

  /** {@return the stable id, for example {@code VET-DURATION-MIN}} */
  public String id() {
    return id;
  }

  /** {@return whether the rule checks one mobility or a project} */
  public Level level() {
    return level;
  }

  /**
   * {@return the usual severity of a failure; a finding may carry a milder one where the edition
   * says so (see {@link #VET_RECENT_GRADUATE})}
   */
  public Severity severity() {
    return severity;
  }

  /**
   * {@return the property path the rule usually concerns, relative to a {@code Mobility} or {@code
   * Project}, for example {@code endDate} or {@code receiving.country}}
   */
  public String field() {
    return field;
  }

  /** {@return what the rule checks, in one or two English sentences} */
  public String description() {
    return description;
  }

  /**
   * {@return the message key of its findings: {@code io.github.vetmobility.rules.} followed by the
   * id}
   */
  public String messageKey() {
    return "io.github.vetmobility.rules." + id;
  }

  /**
   * {@return the English message template, with named arguments in braces, for example {@code
   * {min}}}
   */
  public String messageTemplate() {
    return messageTemplate;
  }

  /**
   * {@return the rule-book keys that hold the rule's numbers and sources; {@code *} stands for an
   * activity code, a region number or a country code}
   */
  public List<String> keys() {
    return keys;
  }

  /**
   * Returns the rule with this id, for example {@code VET-DURATION-MIN} (any case; {@code _} may
   * stand for {@code -}).
   *
   * @param id the rule id
   * @return the rule
   * @throws InvalidValueException if {@code id} is {@code null} or names no rule
   */
  public static Rule byId(CharSequence id) {
    if (id != null) {
      String s = id.toString().strip().toUpperCase(Locale.ROOT).replace('_', '-');
      for (Rule r : VALUES) {
        if (r.id.equals(s)) {
          return r;
        }
      }
    }
    throw new InvalidValueException("rule", id, "a rule id such as VET-DURATION-MIN");
  }

  @Override
  public String toString() {
    return id;
  }
}
