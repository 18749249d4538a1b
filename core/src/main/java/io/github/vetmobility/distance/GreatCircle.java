package io.github.vetmobility.distance;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.place.Coordinates;

/**
 * The distance model of the Commission's distance calculator as far as it can be observed: the
 * great-circle (air) distance on a sphere of the mean Earth radius.
 *
 * <p>The calculator's formula is not published. A sphere of radius {@value #EARTH_RADIUS_KM} km
 * reproduces its published outputs to within the few hundred metres by which geocoders place a city
 * centre, whereas the WGS 84 ellipsoid comes out 1 to 3 km too long (reference: funding notes §2.3,
 * rule {@code distance_model = haversine_R6371}, confidence inferred).
 */
public final class GreatCircle {
  /** The mean Earth radius in km used by the model. */
  public static final double EARTH_RADIUS_KM = 6371.0;

  private GreatCircle() {}

  /**
   * Returns the great-circle distance in km between two points (haversine formula, which stays
   * accurate for short distances).
   *
   * @param from one point
   * @param to the other point
   * @return the distance in km, from 0 to about 20,015
   * @throws InvalidValueException if a point is missing
   */
  public static double distanceKm(Coordinates from, Coordinates to) {
    InvalidValueException.requirePresent(from, "from");
    InvalidValueException.requirePresent(to, "to");
    double lat1 = Math.toRadians(from.latitude());
    double lat2 = Math.toRadians(to.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(to.longitude() - from.longitude());
    double sinLat = Math.sin(dLat / 2);
    double sinLon = Math.sin(dLon / 2);
    double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
    // Rounding can push h a hair above 1 for antipodal points.
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, h)));
  }
}
