package io.github.vetmobility.place;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an organisation is or an activity takes place: a city in a country, optionally with a
 * region (to tell two cities of the same name apart) and coordinates.
 */
@Value.Immutable
@ValueStyle
public abstract class Place {
  Place() {}

  /** Returns the city name as given, e.g. {@code "València"}. */
  public abstract String city();

  /** Returns the country. */
  public abstract CountryCode country();

  /** Returns the region (first-level division), if known, e.g. {@code "Valencia"}. */
  public abstract Optional<String> region();

  /** Returns the coordinates, if known; they win over a gazetteer look-up. */
  public abstract Optional<Coordinates> coordinates();

  @Value.Check
  void check() {
    if (city().isBlank()) {
      throw new InvalidValueException("city", city(), "a city name");
    }
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Place}; city and country are required. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}

    /**
     * Builds the {@link Place}.
     *
     * @return the value
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    @Override
    public Place build() {
      return io.github.vetmobility.internal.Required.build("Place", super::build);
    }
  }

  /**
   * Returns the place of a city in a country.
   *
   * @param city the city name
   * @param country the country
   * @return the place
   */
  public static Place of(String city, CountryCode country) {
    return builder()
        .city(InvalidValueException.requirePresent(city, "city"))
        .country(InvalidValueException.requirePresent(country, "country"))
        .build();
  }
}
