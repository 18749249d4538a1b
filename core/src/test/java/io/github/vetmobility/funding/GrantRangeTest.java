package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.eur;
import static io.github.vetmobility.funding.Fixtures.ka121;
import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exact where the Programme Guide fixes the amount, a range where a National Agency sets it and its
 * table is not given, "up to" where only the maximum is known, unknown (with the reason) where
 * nothing bounds it; and the payslip form of every line.
 */
class GrantRangeTest {
  private static final GrantCalculator CALC = GrantCalculator.builtIn();

  private static GrantLine individual(Grant g) {
    return g.lines(GrantItem.INDIVIDUAL_SUPPORT).get(0);
  }

  private static MoneyRange range(long min, long max) {
    return MoneyRange.of(eur(min), eur(max));
  }

  // Learner in Spain (group 2 from 2025: 41 to 110 a day; from day 15 29 to 77, 70 % rounded).
  // One day below, at and one above the 14th day; travel days count towards it.
  @ParameterizedTest(
      name = "VET-GRANT-INDIVIDUAL-SUPPORT range: {0} activity + {1} travel days -> {2} to {3}")
  @CsvSource({
    "13, 0, 533, 1430", // 13 x 41 .. 13 x 110
    "14, 0, 574, 1540", // 14 x 41 .. 14 x 110
    "15, 0, 603, 1617", // + 1 x 29 .. + 1 x 77
    "12, 2, 574, 1540", // 14 days with the travel days
    "13, 2, 603, 1617",
  })
  void dayFourteenAndFifteenOfTheGuidesRange(int days, int travelDays, long min, long max) {
    Mobility m = learner(CountryCode.ES, days, 1200).travelDays(travelDays).build();
    Grant g = CALC.grant(m, ka122(2025));
    GrantLine is = individual(g);
    assertThat(is.ruleId()).isEqualTo("VET-GRANT-INDIVIDUAL-SUPPORT");
    assertThat(is.amount()).isEmpty();
    assertThat(is.range()).hasValue(range(min, max));
    assertThat(is.explanation())
        .startsWith("National Agency rate not given: ")
        .contains("learner, group 2; Programme Guide range 41.00 to 110.00 a day");
    assertThat(is.explanation().contains("70 % from day 15")).isEqualTo(days + travelDays > 14);
    // Travel 309 and organisational support 350 (a KA122 project has at most 30 participants)
    // are exact; the total is the range.
    assertThat(g.total()).isEmpty();
    assertThat(g.totalRange()).hasValue(range(309 + min + 350, 309 + max + 350));
  }

  // The receiving country's group decides the range; the groups changed with the 2025 call (the
  // Netherlands moved from group 2 to group 1, Slovenia from 3 to 2). 14 days, no travel days.
  @ParameterizedTest(name = "VET-GRANT-INDIVIDUAL-SUPPORT range: {0} {1} in {2}, group {3}")
  @CsvSource({
    "2025, learner, FI, 1, 672, 1778", // 48 .. 127
    "2025, learner, NL, 1, 672, 1778",
    "2024, learner, NL, 2, 574, 1540", // 41 .. 110
    "2025, learner, SI, 2, 574, 1540",
    "2024, learner, SI, 3, 504, 1302", // 36 .. 93
    "2025, learner, PL, 3, 504, 1302",
    "2025, staff, FI, 1, 1498, 2674", // 107 .. 191
    "2025, staff, ES, 2, 1330, 2366", // 95 .. 169
    "2025, staff, PL, 3, 1176, 2072", // 84 .. 148
  })
  void countryGroupBoundaries(int call, String who, CountryCode to, int group, long min, long max) {
    Mobility m =
        who.equals("staff") ? Fixtures.staff(to, 14, 1200).build() : learner(to, 14, 1200).build();
    Grant g = CALC.grant(m, ka122(call));
    assertThat(g.isEligible()).isTrue();
    assertThat(g.countryGroup()).hasValue(group);
    assertThat(individual(g).range()).hasValue(range(min, max));
  }

  @Test
  void onlyAMaximumKnownIsUpToIt() {
    // Call 2021: the Guide's learner maximum of group 1 (120 a day) is known, its minimum is not.
    // An Italian project: the built-in SEPIE table is Spain's, not applied.
    Mobility m =
        learner(CountryCode.FI, 14, 1200)
            .sending(Organisation.of(CountryCode.IT))
            .projectReference(ProjectReference.parse("2021-1-IT01-KA122-VET-000012345"))
            .build();
    GrantLine is = individual(CALC.grant(m, ka122(2021)));
    assertThat(is.range()).hasValue(MoneyRange.upTo(eur(14 * 120)));
    assertThat(is.working())
        .startsWith(
            "National Agency rate not given: 14 d x up to 120.00 (14 activity + 0 travel days;"
                + " learner, group 1; Programme Guide maximum 120.00 a day) = up to EUR 1,680.00."
                + " Source: SEPIE (Spanish NA): KA121/KA122-VET unit costs of call 2021");
  }

  @Test
  void nothingKnownIsUnknownWithTheReason() {
    // The Guide ranges of calls 2022 and 2023 are not in the reference: no range is made up.
    Grant g = CALC.grant(learner(CountryCode.FI, 14, 1200).build(), ka122(2023));
    GrantLine is = individual(g);
    assertThat(is.range()).isEmpty();
    assertThat(is.explanation())
        .isEqualTo(
            "National Agency rate not given, and the Programme Guide range of EP2127-2023 for"
                + " learner, group 1 is not known: supply the National Agency's table (RateTable)");
    assertThat(is.working()).contains(" = unknown. Source: ").endsWith("(unknown).");
    assertThat(g.totalRange()).isEmpty();
  }

  @Test
  void aTableOfTheAgencyAndCallMakesTheLineExactAndIsNamed() {
    // The payslip: 28 activity + 2 travel days in group 2 at 110 a day.
    RateTable it01 =
        RateTable.load(
            new StringReader(
                String.join(",", RateTable.HEADER)
                    + "\nIT01,VET,EP2127,2025,learner,2,both,110,,secondary,test-source\n"),
            "IT01-test.csv");
    Mobility m =
        learner(CountryCode.ES, 28, 1200)
            .travelDays(2)
            .sending(Organisation.of(CountryCode.IT))
            .projectReference(ProjectReference.parse("2025-1-IT01-KA122-VET-000012345"))
            .build();
    Grant g = CALC.withRateTable(it01).grant(m, ka122(2025));
    GrantLine is = individual(g);
    assertThat(is.amount()).hasValue(eur(2772));
    assertThat(is.working())
        .isEqualTo(
            "14 d x 110.00 + 16 d x 77.00 (70 % from day 15, rounded; 28 activity + 2 travel days;"
                + " learner, group 2; rate table IT01-test.csv (IT01 VET)) = EUR 2,772.00. Source:"
                + " test-source (secondary).");
    assertThat(g.rateTable()).hasValue("IT01-test.csv");
    assertThat(g.total()).hasValue(eur(309 + 2772 + 350));
    // The same table, given in the context of another agency's project, is not applied either.
    Mobility es =
        learner(CountryCode.FI, 28, 1200)
            .sending(Organisation.of(CountryCode.ES))
            .projectReference(ProjectReference.parse("2025-1-ES01-KA122-VET-000012345"))
            .build();
    Grant other = CALC.grant(es, ka122(2025), GrantContext.builder().rateTable(it01).build());
    assertThat(individual(other).amount()).isEmpty();
    assertThat(individual(other).explanation())
        .endsWith("(not applied to this ES01 project, as another agency's: IT01-test.csv)");
    assertThat(other.rateTable()).isEmpty();
  }

  @Test
  void theRankDecidesOrganisationalSupportAndIsARangeWhenNotGiven() {
    // KA121 has no cap on participants: the 101st of an activity type gets 200 instead of 350.
    Mobility m = learner(CountryCode.FI, 20, 1200).build();
    GrantLine org = CALC.grant(m, ka121(2025)).lines(GrantItem.ORGANISATIONAL_SUPPORT).get(0);
    assertThat(org.ruleId()).isEqualTo("VET-GRANT-ORGANISATIONAL-SUPPORT");
    assertThat(org.range()).hasValue(range(200, 350));
    assertThat(org.working())
        .startsWith(
            "rank in the project not given: 200.00 after the 100th participant of LM-SHORT-VET,"
                + " 350.00 within the first 100 (the project's grants count it) = EUR 200.00 to"
                + " 350.00. Source: Erasmus+ Programme Guide 2025");
    GrantLine ranked =
        CALC.grant(m, ka121(2025), GrantContext.builder().participantRank(101).build())
            .lines(GrantItem.ORGANISATIONAL_SUPPORT)
            .get(0);
    assertThat(ranked.amount()).hasValue(eur(200));
    // KA122: at most 30 participants, so always within the first 100.
    GrantLine ka122 = CALC.grant(m, ka122(2025)).lines(GrantItem.ORGANISATIONAL_SUPPORT).get(0);
    assertThat(ka122.amount()).hasValue(eur(350));
    assertThat(ka122.explanation())
        .isEqualTo(
            "within the first 100 participants of LM-SHORT-VET: a KA122 project has at most 30"
                + " participants");
  }

  @Test
  void anIneligibleMobilityEarnsNothingAndSaysWhatItWouldEarn() {
    // Three travel days with standard travel: VET-TRAVEL-DAYS fails.
    Mobility m = learner(CountryCode.FI, 20, 800).travelDays(3).build();
    Grant g = CALC.withRateTable(Fixtures.flatRates(2025, 60, 100)).grant(m, ka122(2025));
    assertThat(g.isEligible()).isFalse();
    assertThat(g.failedRules()).containsExactly("VET-TRAVEL-DAYS");
    assertThat(g.total()).hasValue(Money.ZERO);
    assertThat(g.totalRange()).hasValue(MoneyRange.exactly(Money.ZERO));
    assertThat(g.lines())
        .isNotEmpty()
        .allMatch(l -> l.amount().equals(java.util.Optional.of(Money.ZERO)));
    assertThat(g.lines(GrantItem.TRAVEL).get(0).working())
        .startsWith(
            "not eligible (VET-TRAVEL-DAYS), nothing is paid; EUR 309.00 if eligible: 800.00 km"
                + " declared, band 500-1999 km, standard amount = EUR 0.00. Source: Erasmus+");
    // The same mobility assessed first gives the same grant.
    assertThat(
            CALC.withRateTable(Fixtures.flatRates(2025, 60, 100))
                .grant(m, ka122(2025).assess(m), GrantContext.NONE))
        .isEqualTo(g);
  }

  @Test
  void aLearnerWithFewerOpportunitiesGetsExactInclusionSupportBesideTheRange() {
    Mobility m =
        learner(CountryCode.FI, 14, 1200)
            .participant(
                Participant.builder()
                    .category(ParticipantCategory.VET_LEARNER)
                    .fewerOpportunities(true)
                    .build())
            .build();
    Grant g = CALC.grant(m, ka122(2025));
    assertThat(g.amount(GrantItem.INCLUSION_SUPPORT)).hasValue(eur(125));
    assertThat(g.totalRange()).hasValue(range(309 + 672 + 350 + 125, 309 + 1778 + 350 + 125));
  }

  @Test
  void amountsAndRangesPrintWithThousands() {
    assertThat(Money.ofCents(277_200).toGroupedString()).isEqualTo("2,772.00");
    assertThat(Money.ofCents(123_456_789).toGroupedString()).isEqualTo("1,234,567.89");
    assertThat(Money.ofCents(-100_000).toGroupedString()).isEqualTo("-1,000.00");
    assertThat(Money.ofCents(5).toGroupedString()).isEqualTo("0.05");
    assertThat(Money.ofCents(99_999).toGroupedString()).isEqualTo("999.99");
    assertThat(range(1640, 3960)).hasToString("EUR 1,640.00 to 3,960.00");
    assertThat(MoneyRange.upTo(eur(1680))).hasToString("up to EUR 1,680.00");
    assertThat(MoneyRange.exactly(eur(309))).hasToString("EUR 309.00");
    assertThat(range(1, 2).plus(range(10, 20))).isEqualTo(range(11, 22));
    assertThat(range(5, 5).isExact()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> range(2, 1))
        .isInstanceOf(io.github.vetmobility.InvalidValueException.class);
  }
}
