package io.github.vetmobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.distance.Distance;
import io.github.vetmobility.distance.DistanceSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Inputs are bounded before they are parsed, and a value out of range names its field. */
class InputBoundsTest {
  @Test
  void aCountryCodePaddedWithAMegabyteOfSpacesIsRefused() {
    String padded = " ".repeat(1 << 20) + "IT";
    assertThatThrownBy(() -> CountryCode.parse(padded))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid country: got '")
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("country"));
    assertThat(CountryCode.find(padded, true)).isNull();
    // Ordinary padding is still fine.
    assertThat(CountryCode.parse("  it ")).isEqualTo(CountryCode.IT);
  }

  @Property(tries = 50)
  void paddingBeyondTheBoundIsAlwaysRefused(@ForAll @IntRange(min = 31, max = 5_000) int spaces) {
    assertThat(CountryCode.find(" ".repeat(spaces) + "IT", true)).isNull();
  }

  @Test
  void anAbsurdDistanceIsRefusedNamingTheFieldAndTheValue() {
    assertThatThrownBy(() -> Distance.of(1e308, DistanceSource.DECLARED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("distanceKm")
        .hasMessageContaining("1.0E308")
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("distanceKm"));
    assertThatThrownBy(() -> Distance.of(Double.POSITIVE_INFINITY, DistanceSource.DECLARED))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Distance.of(20_015.0, DistanceSource.DECLARED).km()).isEqualTo(20_015.0);
  }

  @Property(tries = 100)
  void everyDistanceBeyondTheEarthsSizeIsRefused(
      @ForAll @DoubleRange(min = 40_100, max = 1e308) double km) {
    assertThatThrownBy(() -> Distance.of(km, DistanceSource.DECLARED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("distanceKm");
  }
}
