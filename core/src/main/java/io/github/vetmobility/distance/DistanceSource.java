package io.github.vetmobility.distance;

/** Where a distance comes from. */
public enum DistanceSource {
  /**
   * Declared with the mobility ({@code Mobility.declaredDistanceKm()}), as the official distance
   * calculator gave it; it wins over a computed distance.
   */
  DECLARED,
  /** Computed by this library from the coordinates of the two places. */
  COMPUTED
}
