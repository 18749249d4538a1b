package io.github.vetmobility.place;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ScalarStyle;
import org.immutables.value.Value;

/** A point on Earth in decimal degrees (WGS 84 latitude and longitude). */
@Value.Immutable
@ScalarStyle
public abstract class Coordinates {
  Coordinates() {}

  /** {@return the latitude, -90 to 90 degrees} */
  @Value.Parameter
  public abstract double latitude();

  /** {@return the longitude, -180 to 180 degrees} */
  @Value.Parameter
  public abstract double longitude();

  @Value.Check
  void check() {
    if (!(latitude() >= -90 && latitude() <= 90)) {
      throw new InvalidValueException("latitude", latitude(), "-90 to 90 degrees");
    }
    if (!(longitude() >= -180 && longitude() <= 180)) {
      throw new InvalidValueException("longitude", longitude(), "-180 to 180 degrees");
    }
  }

  /**
   * Returns the point with these coordinates.
   *
   * @param latitude -90 to 90
   * @param longitude -180 to 180
   * @return the point
   * @throws InvalidValueException if a coordinate is out of range or not a number
   */
  public static Coordinates of(double latitude, double longitude) {
    return ImmutableCoordinates.of(latitude, longitude);
  }
}
