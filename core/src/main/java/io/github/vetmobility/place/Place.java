package io.github.vetmobility.place;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.internal.BuilderStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an organisation is or an activity takes place: a city in a country, optionally with a
 * region (to tell two cities of the same name apart) and coordinates.
 */
@Value.Immutable
@BuilderStyle
public abstract class Place {
  Place() {}

  /** {@return the city name as given, for example {@code "València"}} */
  public abstract String city();

  /** {@return the country} */
  public abstract CountryCode country();

  /** {@return the region (first-level division), if known, for example {@code "Valencia"}} */
  public abstract Optional<String> region();

  /** {@return the coordinates, if known; they win over a gazetteer look-up} */
  public abstract Optional<Coordinates> coordinates();

  @Value.Check
  void check() {
    if (city().isBlank()) {
      throw new InvalidValueException("city", city(), "a city name");
    }
  }

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutablePlace.builder();
  }

  /**
   * Builds a {@link Place}; city and country are required. Get one from {@link Place#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Place}: required and defaulted fields are replaced,
     * optional fields only when present.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Place instance);

    /**
     * Sets the city name as given, for example {@code "València"}; required. It must not be blank.
     *
     * @param city the city name
     * @return this builder
     */
    public abstract Builder city(String city);

    /**
     * Sets the country; required.
     *
     * @param country the country
     * @return this builder
     */
    public abstract Builder country(CountryCode country);

    /**
     * Sets the region (first-level division), which tells two cities of the same name apart.
     *
     * @param region the region name as given, for example {@code "Valencia"}
     * @return this builder
     */
    public abstract Builder region(String region);

    /**
     * Sets or clears the region (first-level division), which tells two cities of the same name
     * apart.
     *
     * @param region the region name as given, for example {@code "Valencia"}, or empty to clear it
     * @return this builder
     */
    public abstract Builder region(Optional<String> region);

    /**
     * Sets the coordinates. They win over a gazetteer look-up.
     *
     * @param coordinates the coordinates
     * @return this builder
     */
    public abstract Builder coordinates(Coordinates coordinates);

    /**
     * Sets or clears the coordinates. They win over a gazetteer look-up.
     *
     * @param coordinates the coordinates, or empty to clear it
     * @return this builder
     */
    public abstract Builder coordinates(Optional<? extends Coordinates> coordinates);

    /**
     * Builds the {@link Place}.
     *
     * @return the place
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Place build() {
      return io.github.vetmobility.internal.Required.build("Place", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Place buildValue();
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
