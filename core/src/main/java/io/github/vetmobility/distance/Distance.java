package io.github.vetmobility.distance;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.place.Coordinates;
import org.immutables.value.Value;

/** A one-way distance in km from the place of origin to the venue, and where it comes from. */
@Value.Immutable(builder = false)
@ValueStyle
public abstract class Distance {
  Distance() {}

  /** Returns the one-way distance in km. */
  @Value.Parameter
  public abstract double km();

  /** Returns whether the distance was declared or computed. */
  @Value.Parameter
  public abstract DistanceSource source();

  /** Returns the travel distance band of this distance (fractional km truncated). */
  public DistanceBand band() {
    return DistanceBand.of(km());
  }

  @Value.Check
  void check() {
    DistanceBand.wholeKm(km());
  }

  /**
   * Returns a distance.
   *
   * @param km the one-way distance in km, 0 or more
   * @param source where it comes from
   * @return the distance
   * @throws InvalidValueException if {@code km} is negative or not a number, or the source missing
   */
  public static Distance of(double km, DistanceSource source) {
    return ImmutableDistance.of(km, InvalidValueException.requirePresent(source, "distanceSource"));
  }

  /**
   * Returns the computed great-circle distance between two points.
   *
   * @param from the place of origin
   * @param to the venue
   * @return the computed distance
   * @see GreatCircle
   */
  public static Distance between(Coordinates from, Coordinates to) {
    return of(GreatCircle.distanceKm(from, to), DistanceSource.COMPUTED);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.2f km (%s, band %s)", km(), source(), band());
  }
}
