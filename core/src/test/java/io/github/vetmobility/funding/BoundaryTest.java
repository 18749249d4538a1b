package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.eur;
import static io.github.vetmobility.funding.Fixtures.ka102;
import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static io.github.vetmobility.funding.Fixtures.mobility;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.participant.ParticipantCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One below, at and one above every edge of the grant rules; each case names its rule id. */
class BoundaryTest {
  private static final GrantCalculator CALC = GrantCalculator.builtIn();
  // Learner 60, staff 100 per day; from day 15: 42 and 70.
  private static final GrantCalculator FLAT_2025 =
      CALC.withRateTable(Fixtures.flatRates(2025, 60, 100));

  @ParameterizedTest(name = "VET-GRANT-TRAVEL call {0}: {1} km -> {2}")
  @CsvSource({
    "2025, 9, 0",
    "2025, 9.99, 0",
    "2025, 10, 28",
    "2025, 11, 28",
    "2025, 98, 28",
    "2025, 99.99, 28",
    "2025, 100, 211",
    "2025, 101, 211",
    "2025, 498, 211",
    "2025, 499.5, 211",
    "2025, 500, 309",
    "2025, 501, 309",
    "2025, 1998, 309",
    "2025, 1999.99, 309",
    "2025, 2000, 395",
    "2025, 2001, 395",
    "2025, 2998, 395",
    "2025, 2999, 395",
    "2025, 3000, 580",
    "2025, 3001, 580",
    "2025, 3998, 580",
    "2025, 3999, 580",
    "2025, 4000, 1188",
    "2025, 4001, 1188",
    "2025, 7998, 1188",
    "2025, 7999, 1188",
    "2025, 8000, 1735",
    "2025, 8001, 1735",
    "2021, 9, 0",
    "2021, 10, 23",
    "2021, 99, 23",
    "2021, 100, 180",
    "2021, 7999, 820",
    "2021, 8000, 1500",
  })
  void travelBandEdges(int call, double km, long expected) {
    Mobility m = learner(CountryCode.FI, 20, km).build();
    assertThat(CALC.grant(m, ka122(call)).amount(GrantItem.TRAVEL)).hasValue(eur(expected));
  }

  @ParameterizedTest(name = "VET-GRANT-TRAVEL 2014-2020: call {0}, {1} km -> {2}")
  @CsvSource({
    "2016, 99, 0",
    "2016, 100, 180",
    "2017, 9, 0",
    "2017, 10, 20",
    "2019, 7999, 820",
    "2017, 8000, 1300",
    "2018, 8000, 1500",
    "2019, 8000, 1500",
    "2020, 8000, 1500",
  })
  void travelBandEdgesOf2014To2020(int call, double km, long expected) {
    Mobility m = learner(CountryCode.FI, 20, km).build();
    assertThat(CALC.grant(m, ka102(call)).amount(GrantItem.TRAVEL)).hasValue(eur(expected));
  }

  // Days = activity days + funded travel days; days 1-14 full rate, from day 15 the reduced one.
  @ParameterizedTest(name = "VET-GRANT-INDIVIDUAL-SUPPORT: {0} + {1} travel days -> {2}")
  @CsvSource({
    "13, 0, 780", // 13 x 60
    "14, 0, 840", // 14 x 60
    "15, 0, 882", // 14 x 60 + 1 x 42
    "12, 2, 840", // travel days count towards the 14
    "13, 2, 882",
  })
  void dayFourteenAndFifteen(int days, int travelDays, long expected) {
    Mobility m = learner(CountryCode.FI, days, 800).travelDays(travelDays).build();
    assertThat(FLAT_2025.grant(m, ka122(2025)).amount(GrantItem.INDIVIDUAL_SUPPORT))
        .hasValue(eur(expected));
  }

  // Staff, 100 a day: 5 activity days and up to 6 green travel days. A seventh travel day makes the
  // mobility ineligible (VET-TRAVEL-DAYS), so it earns nothing.
  @ParameterizedTest(name = "VET-GRANT-INDIVIDUAL-SUPPORT green travel days: {0} -> {1}")
  @CsvSource({"5, 1000", "6, 1100", "7, 0"})
  void greenTravelFundsUpToSixTravelDays(int travelDays, long expected) {
    Mobility m =
        Fixtures.staff(CountryCode.FI, 5, 800).travelDays(travelDays).greenTravel(true).build();
    Grant g = FLAT_2025.grant(m, ka122(2025));
    assertThat(g.amount(GrantItem.INDIVIDUAL_SUPPORT)).hasValue(eur(expected));
    assertThat(g.isEligible()).isEqualTo(travelDays <= 6);
  }

  // Accompanying persons: staff rates; days after the 60th move to inclusion support.
  @ParameterizedTest(name = "VET-GRANT-ACCOMPANYING-BEYOND-60: {0} days")
  @CsvSource({"59, false", "60, false", "61, true"})
  void accompanyingPersonsBeyondDaySixty(int days, boolean moved) {
    Mobility m =
        mobility(
                ParticipantCategory.ACCOMPANYING_PERSON,
                ActivityType.LM_SHORT_VET,
                CountryCode.FI,
                days)
            .declaredDistanceKm(800)
            .build();
    Grant g = FLAT_2025.grant(m, ka122(2025));
    long paidDays = Math.min(days, 60);
    assertThat(g.amount(GrantItem.INDIVIDUAL_SUPPORT))
        .hasValue(eur(14 * 100 + (paidDays - 14) * 70));
    assertThat(g.lines()).extracting(GrantLine::ruleId).contains("VET-GRANT-INDIVIDUAL-SUPPORT");
    if (moved) {
      GrantLine line = g.lines(GrantItem.INCLUSION_SUPPORT).get(0);
      assertThat(line.ruleId()).isEqualTo("VET-GRANT-ACCOMPANYING-BEYOND-60");
      assertThat(line.isComputed()).isFalse();
      assertThat(line.explanation()).contains("1 days after day 60");
      assertThat(g.total()).isEmpty();
      // With the real costs given, the total is complete.
      Grant withCosts =
          FLAT_2025.grant(m, ka122(2025), GrantContext.builder().inclusionCosts(eur(90)).build());
      assertThat(withCosts.total()).isPresent();
      assertThat(withCosts.amount(GrantItem.INCLUSION_SUPPORT)).hasValue(eur(90));
    } else {
      assertThat(g.lines(GrantItem.INCLUSION_SUPPORT)).isEmpty();
      assertThat(g.total()).isPresent();
    }
  }

  // No 60-day cap for VET staff from 2021 (verified note §3), a 60-day cap in 2014-2020.
  @ParameterizedTest(
      name = "VET-GRANT-INDIVIDUAL-SUPPORT staff cap: call {0}, {1} + {2} travel days -> {3}")
  @CsvSource({
    "2019, 59, 0, 5328", // 14 x 117 + 45 x 82
    "2019, 60, 0, 5410",
    "2019, 59, 2, 5410", // 61 days, capped at 60 (61 activity days are not eligible)
    "2025, 61, 0, 4690", // 14 x 100 + 47 x 70 (no cap)
  })
  void staffCap(int call, int days, int travelDays, long expected) {
    Mobility.Builder b =
        Fixtures.staff(CountryCode.FI, days, 800)
            .travelDays(travelDays)
            .activityType(ActivityType.SM_TTA) // up to 365 days from 2021
            .sending(
                io.github.vetmobility.organisation.Organisation.of(
                    call < 2021 ? CountryCode.ES : CountryCode.BE))
            .projectReference(
                ProjectReference.parse(
                    call < 2021
                        ? call + "-1-ES01-KA102-012345"
                        : call + "-1-BE01-KA122-VET-000012345")); // the flat table's agency
    Grant g =
        call < 2021 ? CALC.grant(b.build(), ka102(call)) : FLAT_2025.grant(b.build(), ka122(call));
    assertThat(g.amount(GrantItem.INDIVIDUAL_SUPPORT)).hasValue(eur(expected));
  }

  @ParameterizedTest(name = "VET-GRANT-COURSE-FEES: {0} days -> {1}")
  @CsvSource({"9, 720", "10, 800", "11, 800"})
  void courseFeeDays(int days, long expected) {
    Mobility m =
        mobility(ParticipantCategory.STAFF, ActivityType.SM_COUR_TRAIN, CountryCode.FI, 2)
            .courseDays(days)
            .declaredDistanceKm(800)
            .build();
    assertThat(CALC.grant(m, ka122(2024)).amount(GrantItem.COURSE_FEES)).hasValue(eur(expected));
  }

  @ParameterizedTest(name = "VET-GRANT-ORGANISATIONAL-SUPPORT: participant {0} -> {1}")
  @CsvSource({"99, 350", "100, 350", "101, 200"})
  void organisationalSupportTier(int rank, long expected) {
    Mobility m = learner(CountryCode.FI, 20, 800).build();
    Grant g = CALC.grant(m, ka122(2025), GrantContext.builder().participantRank(rank).build());
    assertThat(g.amount(GrantItem.ORGANISATIONAL_SUPPORT)).hasValue(eur(expected));
  }

  @ParameterizedTest(name = "VET-GRANT-PREPARATORY-VISIT: {0} persons")
  @CsvSource({"2, true", "3, true", "4, false"})
  void preparatoryVisitPersons(int persons, boolean funded) {
    Mobility m =
        mobility(ParticipantCategory.STAFF, ActivityType.PREP_VISIT, CountryCode.FI, 2).build();
    Grant g =
        CALC.grant(m, ka122(2025), GrantContext.builder().preparatoryVisitPersons(persons).build());
    assertThat(g.total().isPresent()).isEqualTo(funded);
  }

  // Expensive travel: band amount < 70 % of the real cost. 28 = 70 % of 40.00 exactly.
  @ParameterizedTest(
      name = "VET-GRANT-EXPENSIVE-TRAVEL: {0} km, real cost {1} -> travel {2}, exceptional {3}")
  @CsvSource({
    "50, 39.99, 28, 0",
    "50, 40.00, 28, 0",
    "50, 40.01, 0, 32.01",
    "800, 441.42, 309, 0",
    "800, 441.43, 0, 353.14",
  })
  void expensiveTravelThreshold(double km, String cost, String travel, String exceptional) {
    Mobility m = learner(CountryCode.FI, 20, km).exceptionalTravelCost(Money.parse(cost)).build();
    Grant g = CALC.grant(m, ka122(2025));
    assertThat(g.amount(GrantItem.TRAVEL)).hasValue(Money.parse(travel));
    assertThat(g.amount(GrantItem.EXCEPTIONAL_COSTS)).hasValue(Money.parse(exceptional));
  }
}
