package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.project.Project;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The test cases of the reference notes: eligibility.md section 10 (T), vet-rules-verified.md
 * section 14 (V, the eligibility ones; V9 and V12 are grant cases) and vet-rules-2021-2024.md
 * section 13 (W7).
 */
class ReferenceCasesTest {
  static RuleBook book(int year, KeyAction action) {
    return Fixtures.book(year, action);
  }

  static Verdict verdict(RuleBook b, Mobility m) {
    return b.assess(m).verdict();
  }

  // The rules broken; a rule that could not be checked is a warning of its own (see uncheckedIds).
  static Set<String> ruleIds(Assessment a) {
    return Set.copyOf(Check.broken(a).stream().map(Finding::ruleId).toList());
  }

  static Set<String> uncheckedIds(Assessment a) {
    return Set.copyOf(a.unchecked().stream().map(Finding::ruleId).toList());
  }

  @Test
  @DisplayName("T1/T3 VET-DURATION-MIN/MAX: ErasmusPro 89 days not eligible, 365 days eligible")
  void t1t3() {
    RuleBook b = book(2021, KeyAction.KA122);
    Assessment t1 = b.assess(Fixtures.activity(b, ActivityType.LM_LONG_VET, 89).build());
    assertThat(t1.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(ruleIds(t1)).containsExactly("VET-DURATION-MIN");
    assertThat(verdict(b, Fixtures.activity(b, ActivityType.LM_SHORT_VET, 89).build()))
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdict(b, Fixtures.activity(b, ActivityType.LM_LONG_VET, 365).build()))
        .isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  @DisplayName("T5/T7/T9 VET-DURATION-MIN: 9 days, 2 days justified, 5 days unjustified")
  void t5t7t9() {
    RuleBook b = book(2023, KeyAction.KA122);
    assertThat(verdict(b, Fixtures.activity(b, ActivityType.LM_SHORT_VET, 9).build()))
        .isEqualTo(Verdict.NOT_ELIGIBLE);
    Participant fewer =
        Participant.builder()
            .category(ParticipantCategory.VET_LEARNER)
            .fewerOpportunities(true)
            .build();
    Mobility.Builder two = Fixtures.activity(b, ActivityType.LM_SHORT_VET, 2).participant(fewer);
    assertThat(verdict(b, two.shortStayJustified(true).build())).isEqualTo(Verdict.ELIGIBLE);
    Mobility five = Fixtures.activity(b, ActivityType.LM_SHORT_VET, 5).participant(fewer).build();
    assertThat(ruleIds(b.assess(five))).containsExactly("VET-DURATION-MIN");
  }

  @Test
  @DisplayName("T11/T13/T17 VET-DURATION-MAX/MIN: skills 11, job shadowing 60/61, hosted teacher 9")
  void t11t13t17() {
    RuleBook b = book(2022, KeyAction.KA121);
    assertThat(ruleIds(b.assess(Fixtures.activity(b, ActivityType.LM_SKILL_VET, 11).build())))
        .containsExactly("VET-DURATION-MAX");
    assertThat(verdict(b, Fixtures.activity(b, ActivityType.SM_JOB_SHDW, 60).build()))
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(ruleIds(b.assess(Fixtures.activity(b, ActivityType.SM_JOB_SHDW, 61).build())))
        .containsExactly("VET-DURATION-MAX");
    assertThat(ruleIds(b.assess(Fixtures.activity(b, ActivityType.OA_HOS_TTT, 9).build())))
        .containsExactly("VET-DURATION-MIN");
  }

  @Test
  @DisplayName(
      "T15/V1 VET-DURATION-MAX: courses 30 days eligible until 2024, 11 days not from 2025")
  void t15v1() {
    for (int year = 2021; year <= 2024; year++) {
      RuleBook b = book(year, KeyAction.KA122);
      assertThat(verdict(b, Fixtures.activity(b, ActivityType.SM_COUR_TRAIN, 30).build()))
          .isEqualTo(Verdict.ELIGIBLE);
    }
    RuleBook b2025 = book(2025, KeyAction.KA122);
    Assessment v1 = b2025.assess(Fixtures.activity(b2025, ActivityType.SM_COUR_TRAIN, 11).build());
    assertThat(ruleIds(v1)).containsExactly("VET-DURATION-MAX");
    assertThat(v1.findings().get(0).citation().sources()).containsExactly("G25", "G26");
  }

  @Test
  @DisplayName("T19 VET-ACTIVITY-AVAILABLE: staff structured course in a call-2019 KA102 project")
  void t19() {
    RuleBook b = book(2019, KeyAction.KA102);
    assertThat(ruleIds(b.assess(Fixtures.activity(b, ActivityType.SM_COUR_TRAIN, 5).build())))
        .containsExactly("VET-ACTIVITY-AVAILABLE");
  }

  @Test
  @DisplayName("T21 VET-RECENT-GRADUATE: graduated 2024-06-30, starts 2025-05-01")
  void t21() {
    RuleBook b = book(2025, KeyAction.KA122);
    Participant graduate =
        Participant.builder()
            .category(ParticipantCategory.RECENT_GRADUATE)
            .graduationDate(LocalDate.of(2024, 6, 30))
            .build();
    Mobility m =
        Fixtures.learner(b)
            .participant(graduate)
            .startDate(LocalDate.of(2025, 5, 1))
            .endDate(LocalDate.of(2025, 5, 30))
            .build();
    Assessment a = b.assess(m);
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(a.outcome(Rule.VET_RECENT_GRADUATE)).isEqualTo(Outcome.PASSED);
  }

  @Test
  @DisplayName("T23 VET-STAFF-LINK: staff without link to the sending organisation")
  void t23() {
    RuleBook b = book(2024, KeyAction.KA121);
    Participant unlinked =
        Participant.builder().category(ParticipantCategory.STAFF).staffLink(StaffLink.NONE).build();
    assertThat(
            ruleIds(
                b.assess(
                    Fixtures.activity(b, ActivityType.SM_TTA, 10).participant(unlinked).build())))
        .containsExactly("VET-STAFF-LINK");
  }

  static Project.Builder ka122(int year) {
    RuleBook b = book(year, KeyAction.KA122);
    return ProjectRulesTest.project(b);
  }

  @Test
  @DisplayName("T25/T27 VET-KA122-PARTICIPANTS/DURATION: 31 participants; 5/6/18/19 months")
  void t25t27() {
    RuleBook b = book(2024, KeyAction.KA122);
    assertThat(b.assess(ka122(2024).mobilities(ProjectRulesTest.learners(b, 31)).build()).verdict())
        .isEqualTo(Verdict.NOT_ELIGIBLE);
    int[] months = {5, 6, 18, 19};
    Verdict[] expected = {
      Verdict.NOT_ELIGIBLE, Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE
    };
    for (int i = 0; i < months.length; i++) {
      Project p = ProjectRulesTest.months(ka122(2024), b, months[i]);
      assertThat(b.assess(p).verdict()).as("%d months", months[i]).isEqualTo(expected[i]);
    }
  }

  @Test
  @DisplayName("T29 VET-KA122-GRANTS: grants 2021, 2022, 2023; applying in 2025 and in 2026")
  void t29() {
    var previous = ProjectRulesTest.grants(2021, 2022, 2023);
    Assessment in2025 =
        book(2025, KeyAction.KA122).assess(ka122(2025).previousGrants(previous).build());
    assertThat(ruleIds(in2025)).containsExactly("VET-KA122-GRANTS");
    Assessment in2026 =
        book(2026, KeyAction.KA122).assess(ka122(2026).previousGrants(previous).build());
    assertThat(in2026.verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  @DisplayName("T31 VET-KA121-DURATION/EXTENSION: 15 months, extended to 24, to 30")
  void t31() {
    RuleBook b = book(2023, KeyAction.KA121);
    Assessment fifteen = b.assess(ProjectRulesTest.months(ProjectRulesTest.project(b), b, 15));
    assertThat(ruleIds(fifteen)).isEmpty();
    assertThat(fifteen.isEligible()).isTrue();
    assertThat(b.assess(ProjectRulesTest.months(ProjectRulesTest.project(b), b, 24)).verdict())
        .isEqualTo(Verdict.ELIGIBLE_WITH_WARNINGS);
    assertThat(ruleIds(b.assess(ProjectRulesTest.months(ProjectRulesTest.project(b), b, 30))))
        .containsExactly("VET-KA121-DURATION");
  }

  @Test
  @DisplayName("T33/T35 identifiers: PIC of 9 and 8 digits; GR01 in a project reference")
  void t33t35() {
    assertThat(Pic.parse("949123456").value()).isEqualTo("949123456");
    assertThatThrownBy(() -> Pic.parse("94912345")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ProjectReference.parse("2021-1-GR01-KA121-VET-000012345"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("T37 VET-FLOW-RECEIVING: FR to RS, KA122-VET learners, 2024")
  void t37() {
    RuleBook b = book(2024, KeyAction.KA122);
    Mobility m =
        Fixtures.learner(b)
            .projectReference(ProjectReference.parse("2024-1-FR01-KA122-VET-000123456"))
            .sending(Fixtures.org(CountryCode.FR, "E10000001"))
            .receiving(Fixtures.org(CountryCode.RS, "E10000002"))
            .build();
    assertThat(verdict(b, m)).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  @DisplayName("T39 VET-PROJECT-APPLICANT: KA122 applicant established in AL, BA, XK or ME")
  void t39() {
    for (CountryCode c :
        new CountryCode[] {CountryCode.AL, CountryCode.BA, CountryCode.XK, CountryCode.ME}) {
      Project p = ka122(2025).beneficiary(Fixtures.org(c, "E10000005")).build();
      assertThat(book(2025, KeyAction.KA122).assess(p).outcome(Rule.VET_PROJECT_APPLICANT))
          .isEqualTo(Outcome.FAILED);
    }
  }

  @Test
  @DisplayName("T41 VET-NOT-ASSOCIATED-ACCREDITED: IT to UK in KA102 2019 and in KA122 2022")
  void t41() {
    Organisation british = Fixtures.org(CountryCode.UK, "E10000006");
    RuleBook ka102 = book(2019, KeyAction.KA102);
    Assessment toUk = ka102.assess(Fixtures.learner(ka102).receiving(british).build());
    assertThat(ruleIds(toUk)).isEmpty();
    // The 2014-2020 travel-day limit is not known: eligible, with that rule left unchecked.
    assertThat(toUk.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_WARNINGS);
    assertThat(uncheckedIds(toUk)).containsExactly("VET-TRAVEL-DAYS");
    RuleBook ka122 = book(2022, KeyAction.KA122);
    Assessment a = ka122.assess(Fixtures.learner(ka122).receiving(british).build());
    assertThat(ruleIds(a)).containsExactly("VET-NOT-ASSOCIATED-ACCREDITED");
  }

  @Test
  @DisplayName("T43 VET-ORGANISATIONS-DIFFER: sending organisation = receiving organisation")
  void t43() {
    RuleBook b = book(2024, KeyAction.KA122);
    Organisation same =
        Organisation.builder().from(Fixtures.RECEIVING).oid(Fixtures.SENDING.oid()).build();
    assertThat(ruleIds(b.assess(Fixtures.learner(b).receiving(same).build())))
        .containsExactly("VET-ORGANISATIONS-DIFFER");
  }

  @Test
  @DisplayName("T45 VET-TRAVEL-DAYS: 6 travel days by train accepted, 7 refused")
  void t45() {
    RuleBook b = book(2024, KeyAction.KA122);
    assertThat(verdict(b, Fixtures.learner(b).greenTravel(true).travelDays(6).build()))
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(ruleIds(b.assess(Fixtures.learner(b).greenTravel(true).travelDays(7).build())))
        .containsExactly("VET-TRAVEL-DAYS");
  }

  @Test
  @DisplayName("T47 VET-DURATION-MIN: 2025-03-01 to 2025-03-10 is 10 days")
  void t47() {
    RuleBook b = book(2025, KeyAction.KA122);
    Mobility m =
        Fixtures.learner(b)
            .startDate(LocalDate.of(2025, 3, 1))
            .endDate(LocalDate.of(2025, 3, 10))
            .build();
    assertThat(m.activityDays()).isEqualTo(10);
    assertThat(verdict(b, m)).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  @DisplayName("T49 VET-PREP-PERSONS/VET-PREP-VISIT-SIZE: preparatory visit with 4 persons")
  void t49() {
    RuleBook b = book(2021, KeyAction.KA122);
    assertThat(
            ruleIds(
                b.assess(Fixtures.activity(b, ActivityType.PREP_VISIT, 2).groupSize(4).build())))
        .containsExactly("VET-PREP-PERSONS");
    Project p =
        ka122(2021)
            .addAllMobilities(ProjectRulesTest.visit(b, 4, Fixtures.START, Fixtures.RECEIVING))
            .build();
    assertThat(b.assess(p).outcome(Rule.VET_PREP_VISIT_SIZE)).isEqualTo(Outcome.FAILED);
  }

  @Test
  @DisplayName("T51/T53 pilot EAC/S34/2018: two Member States only; BA learner 4 weeks in PL")
  void t51t53() {
    RuleBook pilot = Fixtures.BOOKS.get(Edition.of(Programme.PILOT_2018, 2018));
    Project p =
        Project.builder()
            .reference(ProjectReference.parse("2019-1-IT02-KA102-000001"))
            .beneficiary(ProjectRulesTest.in(CountryCode.IT, 1))
            .addPartners(
                ProjectRulesTest.in(CountryCode.IT, 2), ProjectRulesTest.in(CountryCode.PL, 3))
            .addPartners(
                ProjectRulesTest.in(CountryCode.AL, 4),
                ProjectRulesTest.in(CountryCode.BA, 5),
                ProjectRulesTest.in(CountryCode.XK, 6))
            .build();
    assertThat(ruleIds(pilot.assess(p))).containsExactly("VET-PILOT-PARTNERSHIP");
    Mobility intervet =
        Fixtures.learner(pilot)
            .sending(Fixtures.org(CountryCode.BA, "E10000003"))
            .receiving(Fixtures.org(CountryCode.PL, "E10000004"))
            .startDate(LocalDate.of(2021, 6, 21))
            .endDate(LocalDate.of(2021, 7, 18))
            .build();
    Assessment a = pilot.assess(intervet);
    assertThat(ruleIds(a)).isEmpty();
    assertThat(a.outcome(Rule.VET_PILOT_FLOW)).isEqualTo(Outcome.PASSED);
    // The 2018 call's durations were not found: the duration rules are not evaluated, and say so.
    assertThat(a.outcome(Rule.VET_DURATION_MIN)).isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(a.isComplete()).isFalse();
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_WARNINGS);
    assertThat(uncheckedIds(a)).contains("VET-DURATION-MIN", "VET-DURATION-MAX");
    assertThat(a.confidence()).isEqualTo(io.github.vetmobility.edition.Confidence.UNKNOWN);
  }

  @Test
  @DisplayName("V3/V4 VET-GROUP-SIZE/COUNTRIES: 2026 group of 1 learner; all from one country")
  void v3v4() {
    RuleBook b = book(2026, KeyAction.KA122);
    Mobility.Builder g = Fixtures.activity(b, ActivityType.LM_GROUP_VET, 10);
    assertThat(ruleIds(b.assess(g.groupSize(1).build()))).containsExactly("VET-GROUP-SIZE");
    assertThat(ruleIds(b.assess(g.groupSize(12).groupCountries(Set.of(CountryCode.IT)).build())))
        .containsExactly("VET-GROUP-COUNTRIES");
  }

  @Test
  @DisplayName("V6: KA121-VET 2025, job shadowing in Georgia is eligible")
  void v6() {
    RuleBook b = book(2025, KeyAction.KA121);
    Mobility m =
        Fixtures.activity(b, ActivityType.SM_JOB_SHDW, 10)
            .receiving(Fixtures.org(CountryCode.GE, "E10000008"))
            .build();
    assertThat(verdict(b, m)).isEqualTo(Verdict.ELIGIBLE);
    assertThat(b.countryStatus(CountryCode.GE))
        .isEqualTo(io.github.vetmobility.edition.CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED);
  }

  @Test
  @DisplayName("V8 VET-KA121-NOT-ASSOCIATED-SHARE: 21 000 of 100 000, 2 000 inclusion support")
  void v8() {
    RuleBook b = book(2025, KeyAction.KA121);
    Money counted = Money.ofEuros(21_000).minus(Money.ofEuros(2_000));
    Project p =
        ProjectRulesTest.project(b)
            .awardedGrant(Money.ofEuros(100_000))
            .notAssociatedGrant(counted)
            .build();
    assertThat(b.assess(p).outcome(Rule.VET_KA121_NOT_ASSOCIATED_SHARE)).isEqualTo(Outcome.PASSED);
  }

  @Test
  @DisplayName("V14/V15 VET-COURSES-BUDGET/COURSE-SAME-ORG: 25 000 of 40 000; 4 staff on a course")
  void v14v15() {
    RuleBook b = book(2025, KeyAction.KA122);
    Project v14 =
        ka122(2025).awardedGrant(Money.ofEuros(40_000)).coursesGrant(Money.ofEuros(25_000)).build();
    Finding f =
        b.assess(v14).findings().stream()
            .filter(x -> x.rule() == Rule.VET_COURSES_BUDGET)
            .findFirst()
            .orElseThrow();
    assertThat(f.message()).contains("20000");
    Project v15 = ka122(2025).mobilities(ProjectRulesTest.course(b, 4, Fixtures.RECEIVING)).build();
    assertThat(ruleIds(b.assess(v15))).contains("VET-COURSE-SAME-ORG");
  }

  @Test
  @DisplayName("W7 VET-ACTIVITY-AVAILABLE: call 2023, group mobility of VET learners")
  void w7() {
    RuleBook b = book(2023, KeyAction.KA121);
    assertThat(ruleIds(b.assess(Fixtures.activity(b, ActivityType.LM_GROUP_VET, 10).build())))
        .containsExactly("VET-ACTIVITY-AVAILABLE");
  }
}
