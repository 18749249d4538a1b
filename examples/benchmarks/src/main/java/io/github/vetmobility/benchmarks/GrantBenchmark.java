package io.github.vetmobility.benchmarks;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.funding.RateTable;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.NationalAgencyCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Gazetteer;
import io.github.vetmobility.place.PlaceMatch;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The grant of one eligible mobility (Italy to Spain, declared distance, SEPIE's 2021 VET rates)
 * and gazetteer look-ups (a found name with an accent, an ambiguous name, an unknown name). Run
 * with {@code -prof gc} to see the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GrantBenchmark {
  private GrantCalculator calculator;
  private RuleBook book;
  private Mobility mobility;
  private Gazetteer gazetteer;

  /** Builds the inputs once and loads the gazetteer outside the measurement. */
  @Setup
  public void setUp() {
    calculator =
        GrantCalculator.builtIn()
            .withRateTable(
                RateTable.builtIn(NationalAgencyCode.parse("ES01"), "VET").orElseThrow());
    book = RuleBooks.builtIn().get(2021, KeyAction.KA122);
    LocalDate start = LocalDate.of(2021, 9, 1);
    mobility =
        Mobility.builder()
            .participant(Participant.of(ParticipantCategory.VET_LEARNER))
            .activityType(ActivityType.LM_SHORT_VET)
            .sending(Organisation.of(CountryCode.IT))
            .receiving(Organisation.of(CountryCode.ES))
            .startDate(start)
            .endDate(start.plusDays(27))
            .travelDays(2)
            .declaredDistanceKm(1589.23)
            .build();
    if (!calculator
        .grant(mobility, book)
        .total()
        .equals(java.util.Optional.of(Money.ofEuros(2063)))) {
      throw new IllegalStateException("benchmark input does not give the expected grant");
    }
    gazetteer = Gazetteer.builtIn();
  }

  /** The full breakdown of one mobility's grant. */
  @Benchmark
  public Grant grant() {
    return calculator.grant(mobility, book);
  }

  /** A city found by a name with an accent. */
  @Benchmark
  public PlaceMatch gazetteerFound() {
    return gazetteer.find("València", CountryCode.ES, null);
  }

  /** An ambiguous name: the candidates are listed. */
  @Benchmark
  public PlaceMatch gazetteerAmbiguous() {
    return gazetteer.find("Frankfurt", CountryCode.DE, null);
  }

  /** An unknown name: every repair attempt fails. */
  @Benchmark
  public PlaceMatch gazetteerNotFound() {
    return gazetteer.find("Xyzzyville", CountryCode.BE, null);
  }
}
