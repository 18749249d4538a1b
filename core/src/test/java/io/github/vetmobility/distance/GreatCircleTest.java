package io.github.vetmobility.distance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.vetmobility.place.Coordinates;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spherical model against every distance in the reference table {@code
 * distance_calculator_examples.csv} and funding notes §2.3/§7.1 (the same coordinates).
 */
class GreatCircleTest {

  // Published outputs of the Commission's distance calculator (kind = ec_output): the model must
  // agree within 2 km and fall in the same band.
  @ParameterizedTest(name = "{0} -> {3}: EC {6} km")
  @CsvSource({
    "Helsinki, 60.16952, 24.93545, Oulu, 65.01236, 25.46816, 539.36",
    "Helsinki, 60.16952, 24.93545, Rovaniemi, 66.5, 25.71667, 704.94",
    "Helsinki, 60.16952, 24.93545, Ivalo, 68.65796, 27.53969, 952.16",
    "Vilnius, 54.68916, 25.27980, Helsinki, 60.16952, 24.93545, 609.73",
    "Copenhagen, 55.67594, 12.56553, Helsinki, 60.16952, 24.93545, 882.08",
    "Warsaw, 52.22977, 21.01178, Helsinki, 60.16952, 24.93545, 914.95",
    "Berlin, 52.52437, 13.41053, Helsinki, 60.16952, 24.93545, 1106.17",
    "Berlin, 52.52437, 13.41053, Rovaniemi, 66.5, 25.71667, 1694",
  })
  void agreesWithTheCommissionsCalculator(
      String from, double lat1, double lon1, String to, double lat2, double lon2, double ecKm) {
    double km = GreatCircle.distanceKm(Coordinates.of(lat1, lon1), Coordinates.of(lat2, lon2));
    assertThat(km).isCloseTo(ecKm, within(2.0));
    assertThat(DistanceBand.of(km)).isEqualTo(DistanceBand.of(ecKm));
  }

  // Our own haversine values in the reference (kind = computed_haversine_6371), to 0.01 km.
  @ParameterizedTest(name = "{0} -> {3}: {6} km")
  @CsvSource({
    "Helsinki, 60.16952, 24.93545, Oulu, 65.01236, 25.46816, 539.18",
    "Helsinki, 60.16952, 24.93545, Rovaniemi, 66.5, 25.71667, 704.98",
    "Helsinki, 60.16952, 24.93545, Ivalo, 68.65796, 27.53969, 951.91",
    "Copenhagen, 55.67594, 12.56553, Helsinki, 60.16952, 24.93545, 882.83",
    "Warsaw, 52.22977, 21.01178, Helsinki, 60.16952, 24.93545, 915.21",
    "Berlin, 52.52437, 13.41053, Helsinki, 60.16952, 24.93545, 1104.54",
    "Berlin, 52.52437, 13.41053, Rovaniemi, 66.5, 25.71667, 1694.83",
    "Tirana, 41.3275, 19.8189, Brussels, 50.8503, 4.3517, 1589.23",
    "Skopje, 41.9973, 21.428, Vienna, 48.2082, 16.3738, 796.02",
    "Pristina, 42.6629, 21.1655, Berlin, 52.52, 13.405, 1239.32",
    "Podgorica, 42.4304, 19.2594, Rome, 41.9028, 12.4964, 560.31",
    "Sarajevo, 43.8563, 18.4131, Ljubljana, 46.0569, 14.5058, 392.86",
    "Vienna, 48.2082, 16.3738, Bratislava, 48.1486, 17.1077, 54.82",
    "Lisbon, 38.7223, -9.1393, Saint-Denis, -20.8823, 55.4504, 9434.59",
    "Lisbon, 38.7223, -9.1393, Helsinki, 60.1699, 24.9384, 3360.18",
    "Reykjavik, 64.1466, -21.9426, Nicosia, 35.1856, 33.3823, 4874.43",
  })
  void reproducesTheReferenceHaversineValues(
      String from, double lat1, double lon1, String to, double lat2, double lon2, double km) {
    assertThat(GreatCircle.distanceKm(Coordinates.of(lat1, lon1), Coordinates.of(lat2, lon2)))
        .isCloseTo(km, within(0.01));
  }

  @Test
  void usesTheMeanEarthRadius() {
    assertThat(GreatCircle.EARTH_RADIUS_KM).isEqualTo(6371.0);
    // Half the equator: pi * R.
    assertThat(GreatCircle.distanceKm(Coordinates.of(0, 0), Coordinates.of(0, 180)))
        .isCloseTo(Math.PI * 6371.0, within(1e-6));
  }

  @Property
  void isSymmetricAndNonNegative(
      @ForAll @DoubleRange(min = -90, max = 90) double lat1,
      @ForAll @DoubleRange(min = -180, max = 180) double lon1,
      @ForAll @DoubleRange(min = -90, max = 90) double lat2,
      @ForAll @DoubleRange(min = -180, max = 180) double lon2) {
    Coordinates a = Coordinates.of(lat1, lon1);
    Coordinates b = Coordinates.of(lat2, lon2);
    double ab = GreatCircle.distanceKm(a, b);
    assertThat(ab).isBetween(0.0, Math.PI * 6371.0 + 1e-6);
    assertThat(GreatCircle.distanceKm(b, a)).isCloseTo(ab, within(1e-6));
    assertThat(GreatCircle.distanceKm(a, a)).isZero();
  }
}
