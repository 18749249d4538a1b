package io.github.vetmobility.organisation;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ErasmusCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.internal.Nullable;
import io.github.vetmobility.internal.Unboxed;
import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.place.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that sends or receives participants: its identifiers, country, place, type and
 * accreditations. Only the country is required; rules that need more report "not evaluated" when it
 * is missing.
 */
@Value.Immutable
@ValueStyle
public abstract class Organisation {
  Organisation() {}

  static {
    Unboxed.registerIdentifiers(
        o -> ((Organisation) o).oidOrNull(), o -> ((Organisation) o).picOrNull());
  }

  // Not API: identifiers without an Optional, for the allocation-free rule engine (Unboxed).
  @Value.Derived
  @Value.Auxiliary
  @Nullable
  OrganisationId oidOrNull() {
    return oid().orElse(null);
  }

  @Value.Derived
  @Value.Auxiliary
  @Nullable
  Pic picOrNull() {
    return pic().orElse(null);
  }

  /** Returns the Organisation ID, if known. */
  public abstract Optional<OrganisationId> oid();

  /** Returns the PIC, if known. */
  public abstract Optional<Pic> pic();

  /** Returns the Erasmus code (higher-education institutions), if any. */
  public abstract Optional<ErasmusCode> erasmusCode();

  /** Returns the legal name, if known. */
  public abstract Optional<String> legalName();

  /** Returns the country where the organisation is established. */
  public abstract CountryCode country();

  /** Returns the place (city) of the organisation, if known; in {@link #country()}. */
  public abstract Optional<Place> place();

  /** Returns the type of organisation, if known. */
  public abstract Optional<OrganisationType> type();

  /** Returns the accreditations held, in no particular order. */
  public abstract List<Accreditation> accreditations();

  /**
   * Returns whether the organisation holds an accreditation of a kind valid on a day.
   *
   * @param kind the kind of accreditation
   * @param day the day, e.g. the project start date
   * @return {@code true} if one accreditation of that kind is valid on {@code day}
   */
  public boolean isAccredited(AccreditationKind kind, LocalDate day) {
    for (Accreditation a : accreditations()) {
      if (a.kind() == kind && a.isValidOn(day)) {
        return true;
      }
    }
    return false;
  }

  // A place in another country than the organisation is a contradiction, not a rule breach.
  @Value.Check
  void check() {
    if (place().isPresent() && place().get().country() != country()) {
      throw new InvalidValueException(
          "organisation.place.country",
          place().get().country(),
          "the organisation's country " + country());
    }
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; only the country is required. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}

    /**
     * Builds the {@link Organisation}.
     *
     * @return the value
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    @Override
    public Organisation build() {
      return io.github.vetmobility.internal.Required.build("Organisation", super::build);
    }
  }

  /**
   * Returns an organisation known only by its country.
   *
   * @param country the country
   * @return the organisation
   */
  public static Organisation of(CountryCode country) {
    return builder().country(InvalidValueException.requirePresent(country, "country")).build();
  }
}
