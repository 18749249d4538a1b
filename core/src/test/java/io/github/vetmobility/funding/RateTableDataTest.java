package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.ka122;
import static io.github.vetmobility.funding.Fixtures.learner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.funding.internal.FundingData.GroupList;
import io.github.vetmobility.mobility.Mobility;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateTableDataTest {

  // Where an agency publishes its day-15 rate, it equals 70 % of the base rate rounded half up.
  @Test
  void publishedDayFifteenRatesAgreeWithTheRoundingRule() {
    int checked = 0;
    for (RateTable t : RateTable.builtIn()) {
      for (Programme p : Programme.values()) {
        for (int y = p.firstCall(); y <= p.lastCall(); y++) {
          for (RateCategory c : RateCategory.values()) {
            for (int g = 1; g <= 3; g++) {
              for (GroupList l : GroupList.values()) {
                RateTable.Rate r = t.rate(Edition.of(p, y), c, g, l);
                if (r != null && r.fromDay15() != null) {
                  assertThat(r.fromDay15())
                      .as("%s %s %s %s group %d", t.name(), p, y, c, g)
                      .isEqualTo(GrantCalculator.reducedRate(r.base(), 70));
                  checked++;
                }
              }
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void oneCalculatorServesManyThreadsWithTheSameResults() throws Exception {
    GrantCalculator calc = GrantCalculator.builtIn().withRateTable(Fixtures.PL_2021);
    Mobility m = learner(CountryCode.FI, 30, 1200).travelDays(2).build();
    Grant expected = calc.grant(m, ka122(2022));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Grant>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> calc.grant(m, ka122(2022))));
      }
      for (Future<Grant> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
