package io.github.vetmobility.distance;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ScalarStyle;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.place.Coordinates;
import io.github.vetmobility.place.Gazetteer;
import io.github.vetmobility.place.Place;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** A one-way distance in km from the place of origin to the venue, and where it comes from. */
@Value.Immutable
@ScalarStyle
public abstract class Distance {
  Distance() {}

  /** {@return the one-way distance in km} */
  @Value.Parameter
  public abstract double km();

  /** {@return whether the distance was declared or computed} */
  @Value.Parameter
  public abstract DistanceSource source();

  /** {@return the travel distance band of this distance (fractional km truncated)} */
  public DistanceBand band() {
    return DistanceBand.of(km());
  }

  /**
   * The bound of every distance, in km (excluded): twice the Earth's half circumference of about
   * 20,015 km, as for a mobility's declared distance.
   */
  public static final double MAX_KM = 40_100;

  @Value.Check
  void check() {
    DistanceBand.wholeKm(km());
    if (!(km() < MAX_KM)) {
      throw new InvalidValueException("distanceKm", km(), "a distance from 0 to 40,100 km");
    }
  }

  /**
   * Returns a distance.
   *
   * @param km the one-way distance in km, 0 or more
   * @param source where it comes from
   * @return the distance
   * @throws InvalidValueException if {@code km} is negative, not a number, or not below {@link
   *     #MAX_KM}, or the source missing
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

  /**
   * Returns the distance of a mobility: the declared distance when there is one (what the official
   * calculator gave; it wins), else the great-circle distance between the sending and the receiving
   * organisation's places, located with the built-in gazetteer unless they carry coordinates.
   *
   * @param mobility the mobility
   * @return the distance, saying whether it was declared or computed
   * @throws InvalidValueException if no distance is declared and a place is missing, unknown or
   *     ambiguous (the message names the field, e.g. {@code receiving.place}, and the candidates)
   */
  public static Distance of(Mobility mobility) {
    InvalidValueException.requirePresent(mobility, "mobility");
    // A declared distance needs no gazetteer: the built-in one is read only when a place must be
    // located (reading it is most of a cold start).
    OptionalDouble declared = mobility.declaredDistanceKm();
    if (declared.isPresent()) {
      return of(declared.getAsDouble(), DistanceSource.DECLARED);
    }
    return of(mobility, Gazetteer.builtIn());
  }

  /**
   * Returns the distance of a mobility, locating places with the given gazetteer.
   *
   * @param mobility the mobility
   * @param gazetteer the gazetteer used for places without coordinates
   * @return the distance, saying whether it was declared or computed
   * @throws InvalidValueException as {@link #of(Mobility)}
   */
  public static Distance of(Mobility mobility, Gazetteer gazetteer) {
    InvalidValueException.requirePresent(mobility, "mobility");
    if (mobility.declaredDistanceKm().isPresent()) {
      return of(mobility.declaredDistanceKm().getAsDouble(), DistanceSource.DECLARED);
    }
    Coordinates from =
        gazetteer.coordinatesOf(place(mobility.sending(), "sending"), "sending.place");
    Coordinates to =
        gazetteer.coordinatesOf(place(mobility.receiving(), "receiving"), "receiving.place");
    return between(from, to);
  }

  private static Place place(Organisation organisation, String role) {
    return organisation
        .place()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    role + ".place",
                    null,
                    "the city of the " + role + " organisation, or a declared distance"));
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.2f km (%s, band %s)", km(), source(), band());
  }
}
