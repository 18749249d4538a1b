package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

  @Property
  void individualSupportNeverDecreasesWithMoreDays(
      @ForAll @IntRange(min = 1, max = 364) int days,
      @ForAll @IntRange(min = 0, max = 6) int travelDays,
      @ForAll boolean green,
      @ForAll ParticipantCategory category) {
    Money shorter = individual(days, travelDays, green, category);
    Money longer = individual(days + 1, travelDays, green, category);
    assertThat(longer).isGreaterThanOrEqualTo(shorter);
  }

  private static Money individual(int days, int travelDays, boolean green, ParticipantCategory c) {
    Mobility m =
        learner(CountryCode.FR, days, 900)
            .participant(Participant.of(c))
            .travelDays(travelDays)
            .greenTravel(green)
            .build();
    return CALC.grant(m, ka122(2025)).amount(GrantItem.INDIVIDUAL_SUPPORT).orElseThrow();
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
    assertThat(g.lines()).allMatch(l -> l.ruleId().startsWith("VET-GRANT-"));
    assertThat(g.lines()).allMatch(l -> !l.isComputed() || !l.amount().get().isNegative());
  }
}
