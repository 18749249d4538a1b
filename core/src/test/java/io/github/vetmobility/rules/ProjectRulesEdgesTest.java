package io.github.vetmobility.rules;

import static io.github.vetmobility.rules.ProjectRulesTest.course;
import static io.github.vetmobility.rules.ProjectRulesTest.grants;
import static io.github.vetmobility.rules.ProjectRulesTest.months;
import static io.github.vetmobility.rules.ProjectRulesTest.project;
import static io.github.vetmobility.rules.ProjectRulesTest.start;
import static io.github.vetmobility.rules.ProjectRulesTest.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.project.Project;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Project rules at the edges the per-book tests do not reach: how organisations are told apart and
 * named, windows and limits at their last value, and rules whose data is unknown (not evaluated) or
 * absent (not applicable).
 */
class ProjectRulesEdgesTest {
  private static final RuleBook B2025 = Fixtures.book(2025, KeyAction.KA122);
  private static final LocalDate D = Fixtures.START;

  // A complete 2025 book (the built-in facts) with some facts stated otherwise.
  private static RuleBook book(KeyAction action, String... facts) {
    String text = RuleBookText.complete(Fixtures.book(2025, action), 2025, facts);
    return RuleBooks.load(new StringReader(text), "edges.rules").get(2025, action);
  }

  private static Outcome outcome(RuleBook b, Project p, Rule rule) {
    return b.assess(p).outcome(rule);
  }

  private static Organisation named(String name, CountryCode c) {
    return Organisation.builder().country(c).legalName(name).build();
  }

  // ---- VET-PREP-PER-HOST, VET-PREP-VISIT-SIZE: one host is one OID, else one PIC, else one record

  @Test
  void hostsWithTheSamePicAreOneHost() {
    Organisation a =
        Organisation.builder()
            .from(named("Hotel school", CountryCode.FR))
            .pic(Pic.of("999999999"))
            .build();
    Organisation b = Organisation.builder().from(a).legalName("Hotel school (annex)").build();
    Project twice =
        project(B2025)
            .addAllMobilities(visit(B2025, 1, D, a))
            .addAllMobilities(visit(B2025, 1, D.plusDays(30), b))
            .build();
    Finding f = Check.fails(B2025, twice, Rule.VET_PREP_PER_HOST);
    assertThat(f.field()).isEqualTo("mobilities[2]");
    assertThat(f.arguments()).containsEntry("host", "Hotel school").containsEntry("visits", 2);
    assertThat(f.message())
        .isEqualTo("2 preparatory visits to Hotel school; at most 1 per hosting organisation");
  }

  @Test
  void hostsWithoutIdentifiersAreToldApartByTheirData() {
    Project same =
        project(B2025)
            .addAllMobilities(visit(B2025, 1, D, Organisation.of(CountryCode.FR)))
            .addAllMobilities(visit(B2025, 1, D.plusDays(30), Organisation.of(CountryCode.FR)))
            .build();
    Finding f = Check.fails(B2025, same, Rule.VET_PREP_PER_HOST);
    assertThat(f.arguments()).containsEntry("host", "an organisation in FR");
    Project different =
        project(B2025)
            .addAllMobilities(visit(B2025, 1, D, Organisation.of(CountryCode.FR)))
            .addAllMobilities(visit(B2025, 1, D.plusDays(30), Organisation.of(CountryCode.DE)))
            .build();
    Check.passes(B2025, different, Rule.VET_PREP_PER_HOST);
  }

  @Test
  void aHostIsNamedByItsOidElseItsPic() {
    Project byOid =
        project(B2025)
            .addAllMobilities(visit(B2025, 1, D, Fixtures.RECEIVING))
            .addAllMobilities(visit(B2025, 1, D.plusDays(30), Fixtures.RECEIVING))
            .build();
    assertThat(Check.fails(B2025, byOid, Rule.VET_PREP_PER_HOST).arguments())
        .containsEntry("host", "E10000002");
    Organisation pic =
        Organisation.builder().country(CountryCode.FR).pic(Pic.of("999999998")).build();
    Project byPic =
        project(B2025)
            .addAllMobilities(visit(B2025, 1, D, pic))
            .addAllMobilities(visit(B2025, 1, D.plusDays(30), pic))
            .build();
    assertThat(Check.fails(B2025, byPic, Rule.VET_PREP_PER_HOST).arguments())
        .containsEntry("host", "999999998");
  }

  @Test
  void theFindingIsOnTheFirstVisitOverTheLimit() {
    // Visits 1 and 2 start on the same day (one visit of two persons), visit 3 later.
    Project p =
        project(B2025)
            .addAllMobilities(visit(B2025, 2, D, Fixtures.RECEIVING))
            .addAllMobilities(visit(B2025, 1, D.plusDays(30), Fixtures.RECEIVING))
            .build();
    assertThat(Check.fails(B2025, p, Rule.VET_PREP_PER_HOST).field()).isEqualTo("mobilities[3]");
  }

  @Test
  void visitsToDifferentHostsAreCountedApart() {
    Organisation other = Fixtures.org(CountryCode.FR, "E10000012");
    Project p =
        project(B2025)
            .addAllMobilities(visit(B2025, 2, D, Fixtures.RECEIVING))
            .addAllMobilities(visit(B2025, 2, D.plusDays(30), other))
            .build();
    Check.passes(B2025, p, Rule.VET_PREP_VISIT_SIZE);
    Check.passes(B2025, p, Rule.VET_PREP_PER_HOST);
  }

  @Test
  void aVisitBeforeCoursesIsFineWhenTheHostAlsoReceivesOtherMobility() {
    Organisation provider = Fixtures.org(CountryCode.FR, "E10000012");
    Project p =
        project(B2025)
            .addAllMobilities(course(B2025, 1, provider))
            .addMobilities(Fixtures.learner(B2025).receiving(provider).build())
            .addAllMobilities(visit(B2025, 1, D, provider))
            .build();
    Check.passes(B2025, p, Rule.VET_PREP_COURSES);
  }

  // ---- VET-KA122-DURATION, VET-KA122-GRANTS, VET-KA121-EXTENSION at their last values

  @Test
  void aShortProjectReportsItsFullMonths() {
    // Five full months and ten days: five full months, six begun.
    Project p = project(B2025).endDate(start(B2025).plusMonths(5).plusDays(9)).build();
    Finding f = Check.fails(B2025, p, Rule.VET_KA122_DURATION);
    assertThat(f.arguments()).containsEntry("months", 5).containsEntry("min", 6);
    assertThat(
            outcome(
                B2025, project(B2025).endDate(Optional.empty()).build(), Rule.VET_KA122_DURATION))
        .isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void everyFiveYearWindowHoldingTheCallCountsIncludingLaterCalls() {
    RuleBook b2021 = Fixtures.book(2021, KeyAction.KA122);
    // 2021 to 2025 holds the call and three later grants.
    Finding f =
        Check.fails(
            b2021,
            project(b2021).previousGrants(grants(2022, 2023, 2025)).build(),
            Rule.VET_KA122_GRANTS);
    assertThat(f.arguments())
        .containsEntry("grants", 4)
        .containsEntry("from", 2021)
        .containsEntry("to", 2025);
    RuleBook b2022 = Fixtures.book(2022, KeyAction.KA122);
    Finding g =
        Check.fails(
            b2022,
            project(b2022).previousGrants(grants(2024, 2025, 2026)).build(),
            Rule.VET_KA122_GRANTS);
    assertThat(g.arguments()).containsEntry("from", 2022).containsEntry("to", 2026);
    assertThat(g.message()).isEqualTo("4 KA122 grants in the call years 2022 to 2026, more than 3");
    // 2021 and 2026 are never in one window.
    Check.passes(
        b2022,
        project(b2022).previousGrants(grants(2021, 2023, 2026)).build(),
        Rule.VET_KA122_GRANTS);
  }

  @Test
  void twentyFourMonthsAreWithinTheExtensionButStillWarned() {
    RuleBook b = Fixtures.book(2025, KeyAction.KA121);
    Finding w = Check.fails(b, months(project(b), b, 24), Rule.VET_KA121_EXTENSION);
    assertThat(w.arguments()).containsEntry("months", 24).containsEntry("max", 15);
  }

  // ---- VET-COURSES-BUDGET

  @Test
  void theCoursesBudgetNeedsTheGrantsToBeChecked() {
    Project withCourse =
        project(B2025).addAllMobilities(course(B2025, 1, Fixtures.RECEIVING)).build();
    assertThat(outcome(B2025, withCourse, Rule.VET_COURSES_BUDGET))
        .isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(outcome(B2025, project(B2025).build(), Rule.VET_COURSES_BUDGET))
        .isEqualTo(Outcome.NOT_APPLICABLE);
    Project noAward = project(B2025).coursesGrant(Money.ofEuros(1_000)).build();
    assertThat(outcome(B2025, noAward, Rule.VET_COURSES_BUDGET)).isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void aSmallProjectIsCitedForItsFixedLimitAndALargeOneForItsShare() {
    Finding small =
        Check.fails(
            B2025,
            project(B2025)
                .awardedGrant(Money.ofEuros(40_000))
                .coursesGrant(Money.ofCents(2_000_001))
                .build(),
            Rule.VET_COURSES_BUDGET);
    assertThat(small.citation().key()).hasValue("courses.max_amount_small_project");
    Finding large =
        Check.fails(
            B2025,
            project(B2025)
                .awardedGrant(Money.ofCents(4_000_002))
                .coursesGrant(Money.ofCents(2_000_002))
                .build(),
            Rule.VET_COURSES_BUDGET);
    assertThat(large.citation().key()).hasValue("courses.max_share_of_grant");
    assertThat(large.arguments().get("limit").toString()).isEqualTo("20000.01");
  }

  @Test
  void aZeroLimitIsALimit() {
    RuleBook b =
        book(
            KeyAction.KA122,
            "courses.max_share_of_grant 2025 0.50 confirmed G25",
            "courses.small_project_max_grant 2025 0 confirmed G25",
            "courses.max_amount_small_project 2025 0 confirmed G25");
    Project p =
        project(b).awardedGrant(Money.ofEuros(1_000)).coursesGrant(Money.ofEuros(500)).build();
    Check.passes(b, p, Rule.VET_COURSES_BUDGET);
    Check.fails(
        b,
        project(b).awardedGrant(Money.ofEuros(1_000)).coursesGrant(Money.ofEuros(501)).build(),
        Rule.VET_COURSES_BUDGET);
  }

  // ---- unknown data: not evaluated; absent data: not applicable

  @Test
  void unknownProjectDataIsNotEvaluated() {
    RuleBook b =
        book(
            KeyAction.KA122,
            "applicant.statuses 2025 unknown unknown G25",
            "ka122.max_participants 2025 unknown unknown G25",
            "ka122.accredited_applicants_allowed 2025 unknown unknown G25",
            "project.months_allowed 2025 unknown unknown G25");
    Project p = project(b).build();
    for (Rule rule :
        new Rule[] {
          Rule.VET_PROJECT_APPLICANT,
          Rule.VET_KA122_PARTICIPANTS,
          Rule.VET_KA122_NOT_ACCREDITED,
          Rule.VET_PROJECT_MONTHS
        }) {
      assertThat(outcome(b, p, rule)).as(rule.id()).isEqualTo(Outcome.NOT_EVALUATED);
    }
  }

  @Test
  void absentProjectDataIsNotApplicable() {
    // Only a file read for its format alone can leave keys out: RuleBooks.load refuses it.
    RuleBook b =
        RuleBooks.parse(
                new StringReader(
                    "programme EP2127\ncalls 2025\nactions KA122\nsource G25 official Guide 2025 | https://example.org/G25\n"
                        + "abroad.required 2025 yes confirmed G25\n"),
                "edges.rules")
            .get(2025, KeyAction.KA122);
    Organisation accredited =
        Organisation.builder()
            .from(Fixtures.SENDING)
            .addAccreditations(ProjectRulesTest.ACCREDITED)
            .build();
    Project p =
        project(b).beneficiary(accredited).previousGrants(grants(2021, 2022, 2023, 2024)).build();
    for (Rule rule :
        new Rule[] {
          Rule.VET_PROJECT_APPLICANT,
          Rule.VET_KA122_PARTICIPANTS,
          Rule.VET_KA122_NOT_ACCREDITED,
          Rule.VET_KA122_GRANTS,
          Rule.VET_KA122_DURATION,
          Rule.VET_PROJECT_MONTHS
        }) {
      assertThat(outcome(b, p, rule)).as(rule.id()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void anApplicantInACountryOfUnknownStatusIsNotEvaluated() {
    RuleBook b =
        book(
            KeyAction.KA122,
            "applicant.statuses 2025 eu_member_state confirmed G25",
            "countries.eu_member_state 2025 unknown unknown G25");
    assertThat(outcome(b, project(b).build(), Rule.VET_PROJECT_APPLICANT))
        .isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void anAccreditationOnTheStartDateIsNotRequiredWhereTheDataSaysSo() {
    RuleBook b = book(KeyAction.KA121, "ka121.accreditation_valid_on_start 2025 no confirmed G25");
    Check.passes(b, project(b).beneficiary(Fixtures.SENDING).build(), Rule.VET_KA121_ACCREDITATION);
  }

  @Test
  void onlyAnErasmusAccreditationExcludesFromKa122() {
    Accreditation charter =
        Accreditation.builder()
            .kind(AccreditationKind.VET_MOBILITY_CHARTER)
            .validFrom(LocalDate.of(2015, 1, 1))
            .build();
    Organisation charterHolder =
        Organisation.builder().from(Fixtures.SENDING).addAccreditations(charter).build();
    Project undated = project(B2025).beneficiary(charterHolder).startDate(Optional.empty()).build();
    Check.passes(B2025, undated, Rule.VET_KA122_NOT_ACCREDITED);
    Organisation accredited =
        Organisation.builder()
            .from(Fixtures.SENDING)
            .addAccreditations(ProjectRulesTest.ACCREDITED)
            .build();
    Project accreditedUndated =
        project(B2025).beneficiary(accredited).startDate(Optional.empty()).build();
    assertThat(outcome(B2025, accreditedUndated, Rule.VET_KA122_NOT_ACCREDITED))
        .isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void anUnknownSwitchStopsTheRuleBeforeItCanFail() {
    Organisation accredited =
        Organisation.builder()
            .from(Fixtures.SENDING)
            .addAccreditations(ProjectRulesTest.ACCREDITED)
            .build();
    RuleBook ka122 =
        book(KeyAction.KA122, "ka122.accredited_applicants_allowed 2025 unknown unknown G25");
    assertThat(
            outcome(
                ka122,
                project(ka122).beneficiary(accredited).build(),
                Rule.VET_KA122_NOT_ACCREDITED))
        .isEqualTo(Outcome.NOT_EVALUATED);
    RuleBook ka121 =
        book(KeyAction.KA121, "ka121.accreditation_valid_on_start 2025 unknown unknown G25");
    assertThat(
            outcome(
                ka121,
                project(ka121).beneficiary(Fixtures.SENDING).build(),
                Rule.VET_KA121_ACCREDITATION))
        .isEqualTo(Outcome.NOT_EVALUATED);
  }

  @Test
  void aProjectOverAMaximumEqualToTheMinimumReportsItsMonthsBegun() {
    RuleBook b =
        book(
            KeyAction.KA122,
            "ka122.project_months_min 2025 6 confirmed G25",
            "ka122.project_months_max 2025 6 confirmed G25");
    Project p = project(b).endDate(start(b).plusMonths(6).plusDays(9)).build();
    assertThat(Check.fails(b, p, Rule.VET_KA122_DURATION).arguments()).containsEntry("months", 7);
  }

  @Test
  void aGrantAtTheSmallProjectLimitIsASmallProject() {
    RuleBook b =
        book(
            KeyAction.KA122,
            "courses.max_share_of_grant 2025 0.50 confirmed G25",
            "courses.small_project_max_grant 2025 40000 confirmed G25",
            "courses.max_amount_small_project 2025 10000 confirmed G25");
    Project.Builder p = project(b).awardedGrant(Money.ofEuros(40_000));
    Check.passes(b, p.coursesGrant(Money.ofEuros(10_000)).build(), Rule.VET_COURSES_BUDGET);
    Finding f =
        Check.fails(b, p.coursesGrant(Money.ofCents(1_000_001)).build(), Rule.VET_COURSES_BUDGET);
    assertThat(f.arguments().get("limit").toString()).isEqualTo("10000");
  }
}
