package io.github.vetmobility.distance;

import io.github.vetmobility.InvalidValueException;

/**
 * The distance bands of the travel grant, as printed in the Programme Guide (2017 calls on): whole
 * km ranges of the one-way distance from the place of origin to the venue.
 *
 * <p>The Guide prints the bands as whole km ("500-1999 km") while the calculator prints two
 * decimals. No source says where 99.6 km falls; like the reference (rule {@code
 * distance_band_boundary = truncate_to_whole_km}, inferred), fractional km are truncated, so the
 * bands are the half-open intervals [10, 100), [100, 500), ... [8000, infinity). Which amount a
 * band earns is edition data, not part of this type.
 */
public enum DistanceBand {
  /** Under 10 km: no travel grant. */
  BELOW_10_KM(0, 10),
  /** 10 to 99 km. */
  KM_10_99(10, 100),
  /** 100 to 499 km. */
  KM_100_499(100, 500),
  /** 500 to 1999 km. */
  KM_500_1999(500, 2000),
  /** 2000 to 2999 km. */
  KM_2000_2999(2000, 3000),
  /** 3000 to 3999 km. */
  KM_3000_3999(3000, 4000),
  /** 4000 to 7999 km. */
  KM_4000_7999(4000, 8000),
  /** 8000 km or more. */
  KM_8000_OR_MORE(8000, Integer.MAX_VALUE);

  private final int minKm;
  private final int endKm;
  private final String label;

  DistanceBand(int minKm, int endKm) {
    this.minKm = minKm;
    this.endKm = endKm;
    this.label = endKm == Integer.MAX_VALUE ? minKm + "+" : minKm + "-" + (endKm - 1);
  }

  /** {@return the first whole km of the band} */
  public int minKm() {
    return minKm;
  }

  /**
   * {@return the last whole km of the band, for example 1999, or {@link Integer#MAX_VALUE} for the
   * open last band}
   */
  public int maxKm() {
    return endKm == Integer.MAX_VALUE ? Integer.MAX_VALUE : endKm - 1;
  }

  /** {@return the label used in reports, for example {@code 500-1999} or {@code 8000+}} */
  public String label() {
    return label;
  }

  // values() copies the array on every call; a band is looked up for every mobility.
  private static final DistanceBand[] ALL = values();

  /**
   * Returns the band of a one-way distance; fractional km are truncated (1999.99 km is in {@code
   * 500-1999}).
   *
   * @param km the one-way distance in km, 0 or more
   * @return the band
   * @throws InvalidValueException if {@code km} is negative, infinite or not a number
   */
  public static DistanceBand of(double km) {
    return ofWholeKm(wholeKm(km));
  }

  /**
   * Returns the band of a whole number of km.
   *
   * @param wholeKm the one-way distance in whole km, 0 or more
   * @return the band
   * @throws InvalidValueException if {@code wholeKm} is negative
   */
  public static DistanceBand ofWholeKm(long wholeKm) {
    if (wholeKm < 0) {
      throw new InvalidValueException("distanceKm", wholeKm, "a distance of 0 km or more");
    }
    DistanceBand[] all = ALL;
    for (int i = all.length - 1; i > 0; i--) {
      if (wholeKm >= all[i].minKm) {
        return all[i];
      }
    }
    return BELOW_10_KM;
  }

  /**
   * Returns a distance truncated to whole km, the way band edges are read.
   *
   * @param km the distance in km, 0 or more
   * @return the whole km
   * @throws InvalidValueException if {@code km} is negative, infinite or not a number
   */
  public static long wholeKm(double km) {
    if (!(km >= 0) || Double.isInfinite(km)) {
      throw new InvalidValueException("distanceKm", km, "a distance of 0 km or more");
    }
    return (long) km;
  }

  @Override
  public String toString() {
    return label() + " km";
  }
}
