package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class GrantPropertiesTest {
  private static final GrantCalculator CALC =
      GrantCalculator.builtIn().withRateTable(Fixtures.flatRates(2025, 63, 107));

  @Property
  void travelNeverDecreasesWithDistanceInsideAnEdition(
      @ForAll @IntRange(min = 2014, max = 2026) int call,
      @ForAll @DoubleRange(min = 0, max = 20_000) double a,
      @ForAll @DoubleRange(min = 0, max = 20_000) double b,
      @ForAll boolean green) {
    var book = call < 2021 ? Fixtures.ka102(call) : ka122(call);
    Money near =
        travel(learner(CountryCode.FI, 20, Math.min(a, b)).greenTravel(green).build(), book);
    Money far =
        travel(learner(CountryCode.FI, 20, Math.max(a, b)).greenTravel(green).build(), book);
    assertThat(far).isGreaterThanOrEqualTo(near);
  }

  private static Money travel(Mobility m, io.github.vetmobility.rules.RuleBook book) {
    return CALC.grant(m, book).amount(GrantItem.TRAVEL).orElseThrow();
  }

  // Among eligible mobilities (an ineligible one earns nothing): learners on short or long stays,
  // staff on teaching assignments (up to 365 days), accompanying persons with learners.
  @Property
  void individualSupportNeverDecreasesWithMoreDays(
      @ForAll @IntRange(min = 10, max = 364) int days,
      @ForAll @IntRange(min = 0, max = 6) int travelDays,
      @ForAll boolean green,
      @ForAll("rated") ParticipantCategory category) {
    Grant shorter = individual(days, green ? travelDays : travelDays % 3, green, category);
    Grant longer = individual(days + 1, green ? travelDays : travelDays % 3, green, category);
    Assume.that(shorter.isEligible() && longer.isEligible());
    assertThat(longer.amount(GrantItem.INDIVIDUAL_SUPPORT).orElseThrow())
        .isGreaterThanOrEqualTo(shorter.amount(GrantItem.INDIVIDUAL_SUPPORT).orElseThrow());
  }

  @Provide
  Arbitrary<ParticipantCategory> rated() {
    return Arbitraries.of(
        ParticipantCategory.VET_LEARNER,
        ParticipantCategory.STAFF,
        ParticipantCategory.ACCOMPANYING_PERSON);
  }

  private static Grant individual(int days, int travelDays, boolean green, ParticipantCategory c) {
    ActivityType activity =
        c == ParticipantCategory.STAFF
            ? ActivityType.SM_TTA
            : days < 90 ? ActivityType.LM_SHORT_VET : ActivityType.LM_LONG_VET;
    Mobility m =
        learner(CountryCode.FR, days, 900)
            .participant(Participant.of(c))
            .activityType(activity)
            .travelDays(travelDays)
            .greenTravel(green)
            .build();
    return CALC.grant(m, ka122(2025));
  }

  @Property
  void totalIsTheExactSumOfTheLinesAndComputingTwiceGivesTheSameGrant(
      @ForAll @IntRange(min = 2021, max = 2026) int call,
      @ForAll @IntRange(min = 1, max = 400) int days,
      @ForAll @DoubleRange(min = 0, max = 12_000) double km,
      @ForAll boolean fewerOpportunities,
      @ForAll @IntRange(min = 0, max = 300_000) int travelCostCents,
      @ForAll CountryCode to) {
    Mobility m =
        learner(to == CountryCode.BE ? CountryCode.FR : to, days, km)
            .participant(
                Participant.builder()
                    .category(ParticipantCategory.VET_LEARNER)
                    .fewerOpportunities(fewerOpportunities)
                    .build())
            .exceptionalTravelCost(Money.ofCents(travelCostCents))
            .build();
    Grant g = CALC.grant(m, ka122(call));
    Grant again = CALC.grant(m, ka122(call));
    assertThat(again).isEqualTo(g);
    if (g.total().isPresent()) {
      long sum = g.lines().stream().mapToLong(l -> l.amount().orElseThrow().cents()).sum();
      assertThat(g.total().get().cents()).isEqualTo(sum);
      long byItem = 0;
      for (GrantItem item : GrantItem.values()) {
        byItem += g.amount(item).orElseThrow().cents();
      }
      assertThat(byItem).isEqualTo(sum);
    } else {
      assertThat(g.lines()).anyMatch(l -> !l.isComputed());
    }
    // The range of the total is the sum of the lines' ranges; exact when the total is.
    if (g.lines().stream().allMatch(l -> l.range().isPresent())) {
      long min = g.lines().stream().mapToLong(l -> l.range().get().min().cents()).sum();
      long max = g.lines().stream().mapToLong(l -> l.range().get().max().cents()).sum();
      assertThat(g.totalRange().orElseThrow().min().cents()).isEqualTo(min);
      assertThat(g.totalRange().orElseThrow().max().cents()).isEqualTo(max);
      assertThat(g.totalRange().get().isExact()).isEqualTo(g.total().isPresent());
    } else {
      assertThat(g.totalRange()).isEmpty();
    }
    if (!g.isEligible()) {
      assertThat(g.total()).hasValue(Money.ZERO);
    }
    assertThat(g.lines()).allMatch(l -> l.ruleId().startsWith("VET-GRANT-"));
    assertThat(g.lines()).allMatch(l -> !l.isComputed() || !l.amount().get().isNegative());
  }
}
