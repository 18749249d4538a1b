package io.github.vetmobility.place;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One populated place of the gazetteer: its name, country, region, coordinates and population. */
@Value.Immutable
@ValueStyle
public abstract class GazetteerEntry {
  GazetteerEntry() {}

  /** {@return the place's name as the gazetteer writes it, for example {@code "Valencia"}} */
  public abstract String name();

  /** {@return the country (Commission codes: {@code EL}, {@code UK}; Réunion is {@code RE})} */
  public abstract CountryCode country();

  /** {@return the first-level division (region) name, if known} */
  public abstract Optional<String> region();

  /** {@return the coordinates of the place's centre} */
  public abstract Coordinates coordinates();

  /** {@return the population recorded by the gazetteer (0 when unknown)} */
  public abstract long population();

  static GazetteerEntry of(
      String name, CountryCode country, String region, Coordinates coordinates, long population) {
    return ImmutableGazetteerEntry.builder()
        .name(name)
        .country(country)
        .region(Optional.ofNullable(region))
        .coordinates(coordinates)
        .population(population)
        .build();
  }

  @Override
  public String toString() {
    return name()
        + region().map(r -> ", " + r).orElse("")
        + " ("
        + country().code()
        + ", "
        + String.format(
            java.util.Locale.ROOT,
            "%.4f, %.4f",
            coordinates().latitude(),
            coordinates().longitude())
        + ")";
  }
}
