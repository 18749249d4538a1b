package io.github.vetmobility.rules.internal;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.Citation;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Outcome;
import io.github.vetmobility.rules.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project-level rules: applicant, accreditation, KA121/KA122 limits, courses, preparatory
 * visits, pilot partnerships. Each rule is one small method below, in the order of {@link Rule}.
 * Not part of the API.
 */
public final class ProjectChecks {
  private ProjectChecks() {}

  /** Collects outcomes and findings of one project. */
  private static final class Run {
    final Project p;
    final Tally t;
    final EditionData d;
    final List<Finding> findings;
    long passed;
    long failed;
    long notEvaluated;

    Run(Project p, Tally t, EditionData d, List<Finding> findings) {
      this.p = p;
      this.t = t;
      this.d = d;
      this.findings = findings;
    }

    // Failures go through fail(), which also records the finding.
    void outcome(Rule rule, Outcome o) {
      outcome(rule, o, null);
    }

    // A rule that could not be checked is a warning naming the missing input (null: an unknown
    // value of the edition).
    void outcome(Rule rule, Outcome o, String input) {
      long bit = 1L << rule.ordinal();
      if (o == Outcome.PASSED) {
        passed |= bit;
      } else if (o == Outcome.NOT_EVALUATED && (notEvaluated & bit) == 0) {
        notEvaluated |= bit;
        findings.add(Unchecked.finding(rule, d, null, input));
      }
    }

    void fail(Rule rule, String field, Citation citation, Object... namesAndValues) {
      failed |= 1L << rule.ordinal();
      Finding.Builder b =
          Finding.builder().rule(rule).severity(rule.severity()).field(field).citation(citation);
      for (int i = 0; i < namesAndValues.length; i += 2) {
        b.putArguments((String) namesAndValues[i], namesAndValues[i + 1]);
      }
      findings.add(b.build());
    }

    Citation cite(String... keys) {
      return d.citation("", keys);
    }

    boolean is(KeyAction action) {
      return action.equals(d.action());
    }
  }

  /**
   * Runs the project-level rules.
   *
   * @param project the project: its reference, beneficiary, dates and grants (its mobilities are
   *     read from the tally)
   * @param tally what the project's mobilities tell the rules
   * @param data the rule book's values
   * @param findings where findings are added, in rule order
   * @return the passed, failed and not-evaluated rule bits
   */
  public static long[] run(Project project, Tally tally, EditionData data, List<Finding> findings) {
    Run r = new Run(project, tally, data, findings);
    applicant(r);
    ka121Accreditation(r);
    ka122NotAccredited(r);
    ka122Participants(r);
    ka122Duration(r);
    ka122Grants(r);
    ka121Duration(r);
    ka121Extension(r);
    ka121NotAssociatedShare(r);
    coursesBudget(r);
    courseSameOrganisation(r);
    prepVisitSize(r);
    prepPerHost(r);
    prepCourses(r);
    projectMonths(r);
    pilotPartnership(r);
    return new long[] {r.passed, r.failed, r.notEvaluated};
  }

  /** Full months from start to end (end day included). */
  static int fullMonths(LocalDate start, LocalDate end) {
    return (int) Period.between(start, end.plusDays(1)).toTotalMonths();
  }

  /** Months begun from start to end: a part month counts as one. */
  static int startedMonths(LocalDate start, LocalDate end) {
    int full = fullMonths(start, end);
    return start.plusMonths(full).isAfter(end) ? full : full + 1;
  }

  /** Identifies an organisation by OID, else PIC, else by all its data. */
  public static Object identity(Organisation o) {
    if (o.oid().isPresent()) {
      return o.oid().get();
    }
    if (o.pic().isPresent()) {
      return o.pic().get();
    }
    return o;
  }

  public static String name(Organisation o) {
    return o.legalName()
        .or(() -> o.oid().map(Object::toString))
        .or(() -> o.pic().map(Object::toString))
        .orElse("an organisation in " + o.country().code());
  }

  private static boolean unset(Run r, Rule rule, int number) {
    if (number == EditionData.ABSENT) {
      return true;
    }
    if (number == EditionData.UNKNOWN) {
      r.outcome(rule, Outcome.NOT_EVALUATED);
      return true;
    }
    return false;
  }

  private static boolean unset(Run r, Rule rule, byte yesNo) {
    if (yesNo == EditionData.T_ABSENT) {
      return true;
    }
    if (yesNo == EditionData.T_UNKNOWN) {
      r.outcome(rule, Outcome.NOT_EVALUATED);
      return true;
    }
    return false;
  }

  private static boolean datesMissing(Run r, Rule rule) {
    if (r.p.startDate().isEmpty() || r.p.endDate().isEmpty()) {
      r.outcome(rule, Outcome.NOT_EVALUATED, r.p.startDate().isEmpty() ? "startDate" : "endDate");
      return true;
    }
    return false;
  }

  // VET-PROJECT-APPLICANT
  static void applicant(Run r) {
    Rule rule = Rule.VET_PROJECT_APPLICANT;
    int bits = r.d.applicantStatuses;
    if (bits == 0) {
      return;
    }
    if (r.p.beneficiary().isEmpty()) {
      r.outcome(rule, Outcome.NOT_EVALUATED, "beneficiary");
      return;
    }
    CountryCode c = r.p.beneficiary().get().country();
    CountryStatus s = r.d.status(c);
    if (bits == -1 || s == CountryStatus.UNKNOWN) {
      r.outcome(rule, Outcome.NOT_EVALUATED);
    } else if (EditionData.hasStatus(bits, s)) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite("applicant.statuses"),
          "country",
          c.code(),
          "status",
          FlowChecks.status(s),
          "allowed",
          r.d.fact("applicant.statuses").value().get().replace(";", " or "));
    }
  }

  // VET-KA121-ACCREDITATION
  static void ka121Accreditation(Run r) {
    Rule rule = Rule.VET_KA121_ACCREDITATION;
    byte required = r.d.yesNo("ka121.accreditation_valid_on_start");
    if (!r.is(KeyAction.KA121) || unset(r, rule, required)) {
      return;
    }
    if (required == EditionData.T_NO) {
      r.outcome(rule, Outcome.PASSED);
    } else if (r.p.beneficiary().isEmpty()) {
      r.outcome(rule, Outcome.NOT_EVALUATED, "beneficiary");
    } else if (r.p.startDate().isEmpty()) {
      r.outcome(rule, Outcome.NOT_EVALUATED, "startDate");
    } else if (r.p
        .beneficiary()
        .get()
        .isAccredited(AccreditationKind.ERASMUS_ACCREDITATION, r.p.startDate().get())) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite("ka121.accreditation_valid_on_start"),
          "startDate",
          r.p.startDate().get().toString());
    }
  }

  // VET-KA122-NOT-ACCREDITED
  static void ka122NotAccredited(Run r) {
    Rule rule = Rule.VET_KA122_NOT_ACCREDITED;
    byte allowed = r.d.yesNo("ka122.accredited_applicants_allowed");
    if (!r.is(KeyAction.KA122) || unset(r, rule, allowed)) {
      return;
    }
    if (allowed != EditionData.T_YES && r.p.beneficiary().isEmpty()) {
      r.outcome(rule, Outcome.NOT_EVALUATED, "beneficiary");
      return;
    }
    boolean holdsAny =
        allowed != EditionData.T_YES
            && r.p.beneficiary().get().accreditations().stream()
                .anyMatch(a -> a.kind() == AccreditationKind.ERASMUS_ACCREDITATION);
    if (allowed == EditionData.T_YES || !holdsAny) {
      r.outcome(rule, Outcome.PASSED);
    } else if (r.p.startDate().isEmpty()) {
      r.outcome(rule, Outcome.NOT_EVALUATED, "startDate");
    } else if (!r.p
        .beneficiary()
        .get()
        .isAccredited(AccreditationKind.ERASMUS_ACCREDITATION, r.p.startDate().get())) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite("ka122.accredited_applicants_allowed"),
          "startDate",
          r.p.startDate().get().toString());
    }
  }

  // VET-KA122-PARTICIPANTS
  static void ka122Participants(Run r) {
    Rule rule = Rule.VET_KA122_PARTICIPANTS;
    int max = r.d.number("ka122.max_participants");
    if (!r.is(KeyAction.KA122) || unset(r, rule, max)) {
      return;
    }
    long count = r.t.participants();
    if (max == EditionData.NO_LIMIT || count <= max) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      // The finding concerns the project; each participant after the max-th (by start date, then
      // the project's order) carries it too (ProjectAssessment).
      r.fail(
          rule,
          rule.field(),
          r.cite("ka122.max_participants"),
          "participants",
          (int) Math.min(Integer.MAX_VALUE, count),
          "max",
          max);
    }
  }

  // VET-KA122-DURATION
  static void ka122Duration(Run r) {
    Rule rule = Rule.VET_KA122_DURATION;
    int min = r.d.number("ka122.project_months_min");
    int max = r.d.number("ka122.project_months_max");
    if (!r.is(KeyAction.KA122) || unset(r, rule, min) || unset(r, rule, max)) {
      return;
    }
    if (datesMissing(r, rule)) {
      return;
    }
    LocalDate start = r.p.startDate().get();
    LocalDate end = r.p.endDate().get();
    int full = end.isBefore(start) ? 0 : fullMonths(start, end);
    int started = end.isBefore(start) ? 0 : startedMonths(start, end);
    if (full >= min && started <= max) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite("ka122.project_months_min", "ka122.project_months_max"),
          "months",
          full < min ? full : started,
          "min",
          min,
          "max",
          max);
    }
  }

  // VET-KA122-GRANTS: every window of 5 call years that holds this call.
  static void ka122Grants(Run r) {
    Rule rule = Rule.VET_KA122_GRANTS;
    int max = r.d.number("ka122.max_grants_in_5_calls");
    if (!r.is(KeyAction.KA122) || unset(r, rule, max)) {
      return;
    }
    int year = r.d.edition().callYear();
    Set<String> seen = new HashSet<>();
    seen.add(r.p.reference().format());
    List<Integer> years = new ArrayList<>();
    for (ProjectReference g : r.p.previousGrants()) {
      // 2014-2020 grants do not count; only VET short-term projects do.
      if (g.keyAction().equals(KeyAction.KA122)
          && g.field().map("VET"::equals).orElse(false)
          && g.callYear() >= 2021
          && seen.add(g.format())) {
        years.add(g.callYear());
      }
    }
    for (int from = year - 4; from <= year; from++) {
      int count = 1;
      for (int y : years) {
        if (y >= from && y <= from + 4) {
          count++;
        }
      }
      if (count > max) {
        r.fail(
            rule,
            rule.field(),
            r.cite("ka122.max_grants_in_5_calls"),
            "grants",
            count,
            "from",
            from,
            "to",
            from + 4,
            "max",
            max);
        return;
      }
    }
    r.outcome(rule, Outcome.PASSED);
  }

  // VET-KA121-DURATION
  static void ka121Duration(Run r) {
    Rule rule = Rule.VET_KA121_DURATION;
    int max = r.d.number("ka121.project_months_extended");
    if (!r.is(KeyAction.KA121) || unset(r, rule, max) || datesMissing(r, rule)) {
      return;
    }
    int months = months(r);
    if (months <= max) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite("ka121.project_months_extended"),
          "months",
          months,
          "max",
          max);
    }
  }

  private static int months(Run r) {
    LocalDate start = r.p.startDate().get();
    LocalDate end = r.p.endDate().get();
    return end.isBefore(start) ? 0 : startedMonths(start, end);
  }

  // VET-KA121-EXTENSION: not applicable beyond the extended maximum (VET-KA121-DURATION fails).
  static void ka121Extension(Run r) {
    Rule rule = Rule.VET_KA121_EXTENSION;
    int standard = r.d.number("ka121.project_months");
    if (!r.is(KeyAction.KA121) || unset(r, rule, standard) || datesMissing(r, rule)) {
      return;
    }
    int months = months(r);
    int extended = r.d.number("ka121.project_months_extended");
    if (months <= standard) {
      r.outcome(rule, Outcome.PASSED);
    } else if (extended < 0 || months <= extended) {
      r.fail(rule, rule.field(), r.cite("ka121.project_months"), "months", months, "max", standard);
    }
  }

  // VET-KA121-NOT-ASSOCIATED-SHARE
  static void ka121NotAssociatedShare(Run r) {
    Rule rule = Rule.VET_KA121_NOT_ASSOCIATED_SHARE;
    String key = "ka121.not_associated_budget_share_max";
    if (!r.is(KeyAction.KA121) || !r.d.inFile(key)) {
      return;
    }
    BigDecimal share = r.d.share(key);
    if (share == null || r.p.awardedGrant().isEmpty() || r.p.notAssociatedGrant().isEmpty()) {
      r.outcome(
          rule,
          Outcome.NOT_EVALUATED,
          r.p.awardedGrant().isEmpty() ? "awardedGrant" : "notAssociatedGrant");
      return;
    }
    BigDecimal grant = euros(r.p.awardedGrant().get());
    BigDecimal amount = euros(r.p.notAssociatedGrant().get());
    if (amount.compareTo(grant.multiply(share)) <= 0) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite(key),
          "amount",
          amount,
          "percent",
          share.movePointRight(2).stripTrailingZeros().toPlainString(),
          "grant",
          grant);
    }
  }

  static BigDecimal euros(Money m) {
    return BigDecimal.valueOf(m.cents(), 2);
  }

  // VET-COURSES-BUDGET
  static void coursesBudget(Run r) {
    Rule rule = Rule.VET_COURSES_BUDGET;
    String shareKey = "courses.max_share_of_grant";
    if (!r.d.inFile(shareKey)) {
      return;
    }
    boolean courses = r.t.anyCourse();
    if (r.p.coursesGrant().isEmpty()) {
      if (courses) {
        r.outcome(rule, Outcome.NOT_EVALUATED, "coursesGrant");
      }
      return;
    }
    BigDecimal share = r.d.share(shareKey);
    int small = r.d.number("courses.small_project_max_grant");
    int smallLimit = r.d.number("courses.max_amount_small_project");
    if (share == null || small < 0 || smallLimit < 0 || r.p.awardedGrant().isEmpty()) {
      r.outcome(rule, Outcome.NOT_EVALUATED, "awardedGrant");
      return;
    }
    BigDecimal grant = euros(r.p.awardedGrant().get());
    BigDecimal limit =
        grant.compareTo(BigDecimal.valueOf(small)) <= 0
            ? BigDecimal.valueOf(smallLimit)
            : grant.multiply(share).setScale(2, RoundingMode.DOWN);
    BigDecimal amount = euros(r.p.coursesGrant().get());
    if (amount.compareTo(limit) <= 0) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite(
              grant.compareTo(BigDecimal.valueOf(small)) <= 0
                  ? "courses.max_amount_small_project"
                  : shareKey),
          "amount",
          amount,
          "limit",
          limit);
    }
  }

  // VET-COURSE-SAME-ORG
  static void courseSameOrganisation(Run r) {
    Rule rule = Rule.VET_COURSE_SAME_ORG;
    int max = r.d.number("course.max_persons_same_sending_org");
    capPersons(r, rule, r.t.courses(), max, "course.max_persons_same_sending_org");
  }

  // VET-PREP-VISIT-SIZE
  static void prepVisitSize(Run r) {
    Rule rule = Rule.VET_PREP_VISIT_SIZE;
    int max = r.d.maxPersons(ActivityType.PREP_VISIT);
    capPersons(r, rule, r.t.prepVisits(), max, "activity.PREP-VISIT.max_persons");
  }

  // One group (same host and start, ...) may hold at most max persons; the first one over the
  // limit carries the finding.
  private static void capPersons(
      Run r, Rule rule, Map<List<Object>, Tally.Group> groups, int max, String factKey) {
    if (groups.isEmpty() || unset(r, rule, max)) {
      return;
    }
    boolean ok = true;
    for (Tally.Group g : groups.values()) {
      if (max != EditionData.NO_LIMIT && g.size > max) {
        ok = false;
        int over = g.member(max);
        r.fail(
            rule,
            over < 0 ? rule.field() : "mobilities[" + over + "]",
            r.cite(factKey),
            "persons",
            g.size,
            "host",
            g.hostName,
            "startDate",
            g.start.toString(),
            "max",
            max);
      }
    }
    if (ok) {
      r.outcome(rule, Outcome.PASSED);
    }
  }

  // VET-PREP-PER-HOST
  static void prepPerHost(Run r) {
    Rule rule = Rule.VET_PREP_PER_HOST;
    int max = r.d.number("prep_visit.max_per_hosting_org");
    if (r.t.prepHosts().isEmpty() || unset(r, rule, max)) {
      return;
    }
    boolean ok = true;
    for (Tally.HostVisits h : r.t.prepHosts().values()) {
      if (max != EditionData.NO_LIMIT && h.starts.size() > max) {
        ok = false;
        int second = -1;
        int n = 0;
        for (int sequence : h.starts.values()) {
          if (n++ == max) {
            second = sequence;
          }
        }
        r.fail(
            rule,
            "mobilities[" + second + "]",
            r.cite("prep_visit.max_per_hosting_org"),
            "visits",
            h.starts.size(),
            "host",
            h.hostName,
            "max",
            max);
      }
    }
    if (ok) {
      r.outcome(rule, Outcome.PASSED);
    }
  }

  // VET-PREP-COURSES
  static void prepCourses(Run r) {
    Rule rule = Rule.VET_PREP_COURSES;
    byte allowed = r.d.yesNo("prep_visit.allowed_for_courses");
    if (r.t.prepHosts().isEmpty() || unset(r, rule, allowed)) {
      return;
    }
    boolean ok = true;
    boolean unsure = false;
    for (Map.Entry<Object, Tally.HostVisits> e : r.t.prepHosts().entrySet()) {
      Object host = e.getKey();
      boolean courses = r.t.hostsCourses(host);
      boolean other = r.t.hostsOther(host);
      if (allowed == EditionData.T_NO && courses && !other) {
        if (!r.t.hostsComplete()) {
          // Other activities at this host may exist among those not remembered.
          unsure = true;
          continue;
        }
        ok = false;
        r.fail(
            rule,
            "mobilities[" + e.getValue().first + "]",
            r.cite("prep_visit.allowed_for_courses"),
            "host",
            e.getValue().hostName);
      }
    }
    if (unsure && ok) {
      r.outcome(rule, Outcome.NOT_EVALUATED, "mobilities");
    } else if (ok) {
      r.outcome(rule, Outcome.PASSED);
    }
  }

  // VET-PROJECT-MONTHS
  static void projectMonths(Run r) {
    Rule rule = Rule.VET_PROJECT_MONTHS;
    String key = "project.months_allowed";
    if (!r.d.inFile(key)) {
      return;
    }
    List<Integer> allowed = r.d.numbers(key);
    if (allowed == null) {
      r.outcome(rule, Outcome.NOT_EVALUATED);
      return;
    }
    if (datesMissing(r, rule)) {
      return;
    }
    LocalDate start = r.p.startDate().get();
    LocalDate end = r.p.endDate().get();
    int full = end.isBefore(start) ? 0 : fullMonths(start, end);
    int started = end.isBefore(start) ? 0 : startedMonths(start, end);
    if (full == started && allowed.contains(full)) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite(key),
          "months",
          started,
          "allowed",
          r.d.fact(key).value().get().replace(";", " or "));
    }
  }

  // VET-PILOT-PARTNERSHIP
  static void pilotPartnership(Run r) {
    Rule rule = Rule.VET_PILOT_PARTNERSHIP;
    int minOrganisations = r.d.number("pilot.min_organisations");
    int minEu = r.d.number("pilot.min_eu_member_states");
    int minPartners = r.d.number("pilot.min_partner_countries");
    if (unset(r, rule, minOrganisations)
        || unset(r, rule, minEu)
        || unset(r, rule, minPartners)
        || r.d.pilotFlow != EditionData.T_YES) {
      return;
    }
    if (r.p.beneficiary().isEmpty()) {
      r.outcome(rule, Outcome.NOT_EVALUATED, "beneficiary");
      return;
    }
    Map<Object, Organisation> organisations = new LinkedHashMap<>();
    organisations.put(identity(r.p.beneficiary().get()), r.p.beneficiary().get());
    for (Organisation o : r.p.partners()) {
      organisations.putIfAbsent(identity(o), o);
    }
    Set<CountryCode> eu = new HashSet<>();
    Set<CountryCode> partners = new HashSet<>();
    for (Organisation o : organisations.values()) {
      if (r.d.status(o.country()) == CountryStatus.EU_MEMBER_STATE) {
        eu.add(o.country());
      } else if (r.d.isPilotPartner(o.country())) {
        partners.add(o.country());
      }
    }
    if (organisations.size() >= minOrganisations
        && eu.size() >= minEu
        && partners.size() >= minPartners) {
      r.outcome(rule, Outcome.PASSED);
    } else {
      r.fail(
          rule,
          rule.field(),
          r.cite("pilot.min_organisations", "pilot.min_eu_member_states"),
          "organisations",
          organisations.size(),
          "euCountries",
          eu.size(),
          "partnerCountries",
          partners.size(),
          "minOrganisations",
          minOrganisations,
          "minEu",
          minEu,
          "minPartners",
          minPartners);
    }
  }
}
