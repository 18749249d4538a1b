package io.github.vetmobility.distance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule {@code distance_band_boundary}: whole-km bands, fractional km truncated. */
class DistanceBandTest {

  // One below, at and one above every edge, plus the fractional km just under each edge.
  @ParameterizedTest(name = "distance_band_boundary: {0} km -> {1}")
  @CsvSource({
    "0, BELOW_10_KM",
    "9, BELOW_10_KM",
    "9.99, BELOW_10_KM",
    "10, KM_10_99",
    "11, KM_10_99",
    "99, KM_10_99",
    "99.99, KM_10_99",
    "100, KM_100_499",
    "101, KM_100_499",
    "499, KM_100_499",
    "499.999, KM_100_499",
    "500, KM_500_1999",
    "501, KM_500_1999",
    "1999, KM_500_1999",
    "1999.99, KM_500_1999",
    "2000, KM_2000_2999",
    "2001, KM_2000_2999",
    "2999, KM_2000_2999",
    "2999.5, KM_2000_2999",
    "3000, KM_3000_3999",
    "3001, KM_3000_3999",
    "3999, KM_3000_3999",
    "3999.9, KM_3000_3999",
    "4000, KM_4000_7999",
    "4001, KM_4000_7999",
    "7999, KM_4000_7999",
    "7999.99, KM_4000_7999",
    "8000, KM_8000_OR_MORE",
    "8001, KM_8000_OR_MORE",
    "20015, KM_8000_OR_MORE",
  })
  void classifiesHalfOpenIntervals(double km, DistanceBand band) {
    assertThat(DistanceBand.of(km)).isEqualTo(band);
  }

  @ParameterizedTest
  @CsvSource({
    "BELOW_10_KM, 0, 9, 0-9",
    "KM_10_99, 10, 99, 10-99",
    "KM_500_1999, 500, 1999, 500-1999",
    "KM_8000_OR_MORE, 8000, 2147483647, 8000+"
  })
  void namesItsEdges(DistanceBand band, int min, int max, String label) {
    assertThat(band.minKm()).isEqualTo(min);
    assertThat(band.maxKm()).isEqualTo(max);
    assertThat(band.label()).isEqualTo(label);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void refusesImpossibleDistances(double km) {
    assertThatThrownBy(() -> DistanceBand.of(km))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("distanceKm");
  }

  @Property
  void neverDecreasesWithDistance(
      @ForAll @DoubleRange(min = 0, max = 25_000) double a,
      @ForAll @DoubleRange(min = 0, max = 25_000) double b) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    assertThat(DistanceBand.of(lo)).isLessThanOrEqualTo(DistanceBand.of(hi));
  }
}
