package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.PL_2021;
import static io.github.vetmobility.funding.Fixtures.eur;
import static io.github.vetmobility.funding.Fixtures.ka102;
import static io.github.vetmobility.funding.Fixtures.ka121;
import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static io.github.vetmobility.funding.Fixtures.mobility;
import static io.github.vetmobility.funding.Fixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.ProjectAssessment;
import io.github.vetmobility.rules.ProjectTally;
import io.github.vetmobility.rules.RuleBook;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The funding test cases of the reference: funding.md §7 and vet-rules-verified.md §14. */
class ReferenceCasesTest {
  private static final GrantCalculator CALC = GrantCalculator.builtIn();
  private static final GrantCalculator PL = CALC.withRateTable(PL_2021);

  private static Money travel(Grant g) {
    return g.amount(GrantItem.TRAVEL).orElseThrow();
  }

  private static Money individual(Grant g) {
    return g.amount(GrantItem.INDIVIDUAL_SUPPORT).orElseThrow();
  }

  // §7.2 T1-T9 (VET-GRANT-TRAVEL), distances from §7.1.
  @ParameterizedTest(name = "VET-GRANT-TRAVEL {0}: call {1}, {2} km, green {3} -> {4}")
  @CsvSource({
    "T1, 2021, 1589.23, false, 275",
    "T2, 2024, 1589.23, false, 309",
    "T2, 2024, 1589.23, true, 417",
    "T3, 2023, 82.15, true, 23",
    "T4, 2024, 82.15, false, 28",
    "T4, 2024, 82.15, true, 56",
    "T5, 2022, 54.82, false, 23",
    "T6, 2021, 9, false, 0",
    "T6, 2025, 9, true, 0",
    "T7, 2021, 3360.18, true, 610",
    "T7, 2025, 3360.18, true, 785",
    "T8, 2021, 4874.43, true, 820",
    "T8, 2024, 4874.43, true, 1188",
    "T9, 2023, 9434.59, false, 1500",
    "T9, 2025, 9434.59, false, 1735",
  })
  void travelBands(String id, int call, double km, boolean green, long expected) {
    Mobility m = learner(CountryCode.FI, 30, km).greenTravel(green).build();
    assertThat(travel(CALC.grant(m, ka122(call)))).isEqualTo(eur(expected));
  }

  // §7.3 I1-I6 (VET-GRANT-INDIVIDUAL-SUPPORT) with the Polish NA's 2021/22 example rates.
  @ParameterizedTest(name = "VET-GRANT-INDIVIDUAL-SUPPORT {0}")
  @CsvSource({
    "I1, STAFF, FI, 5, 2, false, 819",
    "I2, STAFF, PL, 18, 2, false, 1658",
    "I3, VET_LEARNER, ES, 28, 2, false, 1408",
    "I4, VET_LEARNER, FI, 88, 2, false, 4316",
    "I6, STAFF, ES, 5, 6, true, 1144",
  })
  void individualSupport(
      String id,
      ParticipantCategory category,
      CountryCode to,
      int days,
      int travelDays,
      boolean green,
      long expected) {
    ActivityType type =
        category == ParticipantCategory.STAFF
            ? ActivityType.SM_JOB_SHDW
            : days >= 90 ? ActivityType.LM_LONG_VET : ActivityType.LM_SHORT_VET;
    Mobility m =
        mobility(category, type, to, days)
            .sending(Organisation.of(CountryCode.AT))
            .travelDays(travelDays)
            .greenTravel(green)
            .declaredDistanceKm(800)
            .build();
    assertThat(individual(PL.grant(m, ka122(2021)))).isEqualTo(eur(expected));
  }

  // §7.3 I5: 70 % rates rounded half up to whole euro.
  @ParameterizedTest(name = "VET-GRANT-INDIVIDUAL-SUPPORT I5: round(0.7 x {0}) = {1}")
  @CsvSource({
    "117, 82",
    "104, 73",
    "91, 64",
    "64, 45",
    "56, 39",
    "48, 34",
    "85, 60",
    "172, 120",
    "127, 89"
  })
  void reducedRatesRoundHalfUp(long rate, long expected) {
    assertThat(GrantCalculator.reducedRate(eur(rate), 70)).isEqualTo(eur(expected));
  }

  // §7.4 C1: 2022, learner, Group 1 host, 30 + 2 days, band 500-1999: 275 + 1706 = 1981.
  @Test
  void combinedParticipantTotalC1() {
    Mobility m = learner(CountryCode.FI, 30, 1200).travelDays(2).build();
    Grant g = PL.grant(m, ka122(2022));
    assertThat(travel(g)).isEqualTo(eur(275));
    assertThat(individual(g)).isEqualTo(eur(1706));
    assertThat(travel(g).plus(individual(g))).isEqualTo(eur(1981));
    assertThat(g.countryGroup()).hasValue(1);
    assertThat(g.rateTable()).hasValue("PL01-SCH.csv");
  }

  // §7.4 C2 with the illustrative rate r1 = 66 (2024): 309 + 924 + 18 x 46 = 2061.
  @Test
  void combinedParticipantTotalC2() {
    Mobility m = learner(CountryCode.FI, 30, 1200).travelDays(2).build();
    Grant g = CALC.withRateTable(Fixtures.flatRates(2024, 66, 117)).grant(m, ka122(2024));
    assertThat(travel(g).plus(individual(g))).isEqualTo(eur(2061));
  }

  // §7.5 F1, F2 (VET-GRANT-COURSE-FEES).
  @ParameterizedTest(name = "VET-GRANT-COURSE-FEES: {0} course days in call {1} -> {2}")
  @CsvSource({"5, 2021, 400", "12, 2021, 800", "10, 2025, 800", "9, 2025, 720", "11, 2024, 800"})
  void courseFees(int days, int call, long expected) {
    Mobility m =
        mobility(ParticipantCategory.STAFF, ActivityType.SM_COUR_TRAIN, CountryCode.FI, days)
            .declaredDistanceKm(800)
            .build();
    assertThat(CALC.grant(m, ka122(call)).amount(GrantItem.COURSE_FEES)).hasValue(eur(expected));
  }

  // §7.5 F3: the same person on two courses of 6 days in one project: 960 requested, 800 paid.
  @Test
  void f3CourseFeesAreCappedPerPersonAndProject() {
    Participant anna = Participant.builder().id("anna").category(ParticipantCategory.STAFF).build();
    Mobility course =
        mobility(ParticipantCategory.STAFF, ActivityType.SM_COUR_TRAIN, CountryCode.FI, 6)
            .participant(anna)
            .declaredDistanceKm(800)
            .build();
    Project p =
        Project.builder()
            .reference(ProjectReference.parse("2024-1-BE02-KA122-VET-000123456"))
            .beneficiary(Organisation.of(CountryCode.BE))
            .addMobilities(course, course)
            .build();
    List<Grant> grants = CALC.grants(p, ka122(2024));
    assertThat(grants.get(0).amount(GrantItem.COURSE_FEES)).hasValue(eur(480));
    assertThat(grants.get(1).amount(GrantItem.COURSE_FEES)).hasValue(eur(320));
    assertThat(grants.get(1).lines(GrantItem.COURSE_FEES).get(0).explanation())
        .contains("6 already funded");
  }

  // §7.6 E1-E3 (VET-GRANT-EXPENSIVE-TRAVEL).
  @ParameterizedTest(name = "VET-GRANT-EXPENSIVE-TRAVEL {0}")
  @CsvSource({
    "E1, 2024, 1200, 500, 0, 400",
    "E2, 2024, 1200, 420, 309, 0",
    "E3, 2021, 9000, 2400, 0, 1920",
  })
  void expensiveTravel(String id, int call, double km, long cost, long travel, long exceptional) {
    Mobility m = learner(CountryCode.FI, 30, km).exceptionalTravelCost(eur(cost)).build();
    Grant g = CALC.grant(m, ka122(call));
    assertThat(g.amount(GrantItem.TRAVEL)).hasValue(eur(travel));
    assertThat(g.amount(GrantItem.EXCEPTIONAL_COSTS)).hasValue(eur(exceptional));
    assertThat(g.lines(GrantItem.EXCEPTIONAL_COSTS))
        .extracting(GrantLine::ruleId)
        .containsExactly("VET-GRANT-EXPENSIVE-TRAVEL");
  }

  // §7.7 O3: 20 learners + 2 accompanying persons -> 20 x u; V12: 120 job shadowing -> 39,000.
  @Test
  void organisationalSupportCountsParticipantsNotAccompanyingPersons() {
    List<Mobility> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(learner(CountryCode.FI, 20, 800).build());
    }
    for (int i = 0; i < 2; i++) {
      list.add(
          mobility(
                  ParticipantCategory.ACCOMPANYING_PERSON,
                  ActivityType.LM_SHORT_VET,
                  CountryCode.FI,
                  20)
              .declaredDistanceKm(800)
              .build());
    }
    assertThat(organisational(list, 2025)).isEqualTo(eur(20 * 350));
  }

  @Test
  void v12OrganisationalSupportFallsAfterThe100thParticipant() {
    List<Mobility> list = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      list.add(staff(CountryCode.FI, 5, 800).build());
    }
    assertThat(organisational(list, 2025)).isEqualTo(eur(39_000));
  }

  @Test
  void theHundredAndFirstByStartDateGetsTheLowerRateWhateverTheOrder() {
    List<Mobility> list = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      Mobility m = staff(CountryCode.FI, 5, 800).build();
      list.add(
          Mobility.builder()
              .from(m)
              .startDate(m.startDate().plusDays(i))
              .endDate(m.endDate().plusDays(i))
              .build());
    }
    java.util.Collections.shuffle(list, new java.util.Random(7));
    Project p =
        Project.builder()
            .reference(ProjectReference.parse("2025-1-BE02-KA121-VET-000123456"))
            .mobilities(list)
            .build();
    List<Grant> grants = CALC.grants(p, ka121(2025));
    java.time.LocalDate last =
        list.stream().map(Mobility::startDate).max(Comparable::compareTo).get();
    for (int i = 0; i < list.size(); i++) {
      boolean late = list.get(i).startDate().equals(last);
      assertThat(grants.get(i).amount(GrantItem.ORGANISATIONAL_SUPPORT))
          .as("mobility %d", i)
          .hasValue(eur(late ? 200 : 350));
    }
    // A tally gives the same tier through GrantContext.ranked.
    RuleBook book = ka121(2025);
    var tally = book.tally(Project.builder().from(p).mobilities(List.of()).build());
    for (int i = 0; i < list.size(); i++) {
      tally.add(ProjectTally.Entry.of(10 * i, list.get(i)));
    }
    ProjectAssessment decided = book.assess(tally);
    for (int i = 0; i < list.size(); i++) {
      ProjectTally.Entry e = ProjectTally.Entry.of(10 * i, list.get(i));
      Grant g =
          CALC.grant(
              list.get(i), decided.assess(list.get(i), e), GrantContext.ranked(decided, e).build());
      assertThat(g.amount(GrantItem.ORGANISATIONAL_SUPPORT))
          .isEqualTo(grants.get(i).amount(GrantItem.ORGANISATIONAL_SUPPORT));
    }
  }

  private static Money organisational(List<Mobility> mobilities, int call) {
    Project p =
        Project.builder()
            .reference(ProjectReference.parse(call + "-1-BE02-KA121-VET-000123456"))
            .beneficiary(Organisation.of(CountryCode.BE))
            .mobilities(mobilities)
            .build();
    Money sum = Money.ZERO;
    // KA121: a KA122 project of more than 30 participants would not fund the 31st and later.
    for (Grant g : CALC.grants(p, ka121(call))) {
      sum = sum.plus(g.amount(GrantItem.ORGANISATIONAL_SUPPORT).orElseThrow());
    }
    return sum;
  }

  // V6: KA121-VET 2025, job shadowing in Georgia: organisational support 500.
  @Test
  void v6JobShadowingInANonAssociatedCountry() {
    Mobility m = staff(CountryCode.GE, 5, 2900).build();
    Grant g = CALC.grant(m, ka121(2025));
    assertThat(g.amount(GrantItem.ORGANISATIONAL_SUPPORT)).hasValue(eur(500));
    assertThat(g.lines(GrantItem.ORGANISATIONAL_SUPPORT).get(0).citation().orElseThrow().key())
        .hasValue("organisational_support_not_associated");
  }

  // §7.7 N1: 2022, 3 participants with fewer opportunities -> 3 x 100.
  @Test
  void n1InclusionSupportForOrganisations() {
    Money sum = Money.ZERO;
    for (int i = 0; i < 3; i++) {
      Mobility m =
          learner(CountryCode.FI, 20, 800)
              .participant(
                  Participant.builder()
                      .category(ParticipantCategory.VET_LEARNER)
                      .fewerOpportunities(true)
                      .build())
              .build();
      sum = sum.plus(CALC.grant(m, ka122(2022)).amount(GrantItem.INCLUSION_SUPPORT).orElseThrow());
    }
    assertThat(sum).isEqualTo(eur(300));
  }

  // §7.7 P1 (2021: 3 x 575 = 1725) and P2 (4 persons: not funded); 2025: 680 per person.
  @ParameterizedTest(name = "VET-GRANT-PREPARATORY-VISIT: call {0}, {1} persons")
  @CsvSource({"2021, 3, 1725", "2025, 3, 2040", "2025, 1, 680", "2025, 2, 1360"})
  void preparatoryVisits(int call, int persons, long expected) {
    Grant g = CALC.grant(prepVisit(), ka122(call), context(persons));
    assertThat(g.total()).hasValue(eur(expected));
    assertThat(g.lines()).extracting(GrantLine::item).containsOnly(GrantItem.PREPARATORY_VISIT);
  }

  @Test
  void p2APreparatoryVisitOfFourPersonsIsNotFunded() {
    Grant g = CALC.grant(prepVisit(), ka122(2025), context(4));
    assertThat(g.total()).isEmpty();
    assertThat(g.lines().get(0).explanation()).contains("at most 3");
  }

  private static GrantContext context(int persons) {
    return GrantContext.builder().preparatoryVisitPersons(persons).build();
  }

  private static Mobility prepVisit() {
    return mobility(ParticipantCategory.STAFF, ActivityType.PREP_VISIT, CountryCode.FI, 2).build();
  }

  // V9: learner in Group 1 at base rate 127, 16 days incl. 2 travel days: 1778 + 178 = 1956.
  @Test
  void v9DayFifteenAtSeventyPercentRounded() {
    Mobility m = learner(CountryCode.DE, 14, 800).travelDays(2).build();
    Grant g = CALC.withRateTable(Fixtures.flatRates(2025, 127, 191)).grant(m, ka122(2025));
    assertThat(individual(g)).isEqualTo(eur(1956));
    // DE is Group 1 from the 2025 call, Group 2 before (country groups are edition data).
    assertThat(g.countryGroup()).hasValue(1);
    assertThat(PL.grant(learner(CountryCode.DE, 14, 800).build(), ka122(2021)).countryGroup())
        .hasValue(2);
  }

  // 2014-2020 (KA102): the SEPIE table of call 2019/2020 and the 60-day staff cap.
  @Test
  void erasmus2014To2020UsesItsOwnTables() {
    Mobility m =
        staff(CountryCode.FI, 60, 1200)
            .travelDays(2)
            .sending(io.github.vetmobility.organisation.Organisation.of(CountryCode.ES))
            .projectReference(ProjectReference.parse("2019-1-ES01-KA102-012345"))
            .build();
    Grant g = CALC.grant(m, ka102(2019));
    assertThat(travel(g)).isEqualTo(eur(275));
    // 62 days capped at 60 for staff: 14 x 117 + 46 x 82.
    assertThat(individual(g)).isEqualTo(eur(14 * 117 + 46 * 82));
    assertThat(g.rateTable()).hasValue("ES01-VET.csv");
  }
}
