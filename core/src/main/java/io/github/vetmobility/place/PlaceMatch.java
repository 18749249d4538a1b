package io.github.vetmobility.place;

import io.github.vetmobility.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a gazetteer found for a city name: one place, several candidates (the name is ambiguous
 * without a region or coordinates), or nothing.
 */
@Value.Immutable
@ValueStyle
public abstract class PlaceMatch {
  PlaceMatch() {}

  /** The outcome of a look-up. */
  public enum Status {
    /** Exactly one place matched. */
    FOUND,
    /** Several places matched; give a region or coordinates to choose. */
    AMBIGUOUS,
    /** No place matched. */
    NOT_FOUND
  }

  /** {@return the outcome} */
  public abstract Status status();

  /** {@return the matching places, most populous first; empty when nothing matched} */
  public abstract List<GazetteerEntry> candidates();

  /** {@return the place when exactly one matched} */
  public Optional<GazetteerEntry> place() {
    return status() == Status.FOUND ? Optional.of(candidates().get(0)) : Optional.empty();
  }

  static PlaceMatch of(List<GazetteerEntry> candidates) {
    Status status =
        candidates.isEmpty()
            ? Status.NOT_FOUND
            : candidates.size() == 1 ? Status.FOUND : Status.AMBIGUOUS;
    return ImmutablePlaceMatch.builder().status(status).candidates(candidates).build();
  }
}
