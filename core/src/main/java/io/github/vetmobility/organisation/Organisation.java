package io.github.vetmobility.organisation;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ErasmusCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.internal.BuilderStyle;
import io.github.vetmobility.internal.Nullable;
import io.github.vetmobility.internal.Unboxed;
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
@BuilderStyle
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

  /** {@return the Organisation ID, if known} */
  public abstract Optional<OrganisationId> oid();

  /** {@return the PIC, if known} */
  public abstract Optional<Pic> pic();

  /** {@return the Erasmus code (higher-education institutions), if any} */
  public abstract Optional<ErasmusCode> erasmusCode();

  /** {@return the legal name, if known} */
  public abstract Optional<String> legalName();

  /** {@return the country where the organisation is established} */
  public abstract CountryCode country();

  /** {@return the place (city) of the organisation, if known; in {@link #country()}} */
  public abstract Optional<Place> place();

  /** {@return the type of organisation, if known} */
  public abstract Optional<OrganisationType> type();

  /** {@return the accreditations held, in no particular order} */
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

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutableOrganisation.builder();
  }

  /**
   * Builds an {@link Organisation}; only the country is required. Get one from {@link
   * Organisation#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Organisation}: required and defaulted fields are
     * replaced, optional fields only when present, and the elements of its collections are added to
     * those set.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Organisation instance);

    /**
     * Sets the Organisation ID.
     *
     * @param oid the Organisation ID
     * @return this builder
     */
    public abstract Builder oid(OrganisationId oid);

    /**
     * Sets or clears the Organisation ID.
     *
     * @param oid the Organisation ID, or empty to clear it
     * @return this builder
     */
    public abstract Builder oid(Optional<? extends OrganisationId> oid);

    /**
     * Sets the PIC (Participant Identification Code).
     *
     * @param pic the PIC
     * @return this builder
     */
    public abstract Builder pic(Pic pic);

    /**
     * Sets or clears the PIC (Participant Identification Code).
     *
     * @param pic the PIC, or empty to clear it
     * @return this builder
     */
    public abstract Builder pic(Optional<? extends Pic> pic);

    /**
     * Sets the Erasmus code of a higher-education institution.
     *
     * @param erasmusCode the Erasmus code
     * @return this builder
     */
    public abstract Builder erasmusCode(ErasmusCode erasmusCode);

    /**
     * Sets or clears the Erasmus code of a higher-education institution.
     *
     * @param erasmusCode the Erasmus code, or empty to clear it
     * @return this builder
     */
    public abstract Builder erasmusCode(Optional<? extends ErasmusCode> erasmusCode);

    /**
     * Sets the legal name.
     *
     * @param legalName the legal name
     * @return this builder
     */
    public abstract Builder legalName(String legalName);

    /**
     * Sets or clears the legal name.
     *
     * @param legalName the legal name, or empty to clear it
     * @return this builder
     */
    public abstract Builder legalName(Optional<String> legalName);

    /**
     * Sets the country where the organisation is established; required.
     *
     * @param country the country
     * @return this builder
     */
    public abstract Builder country(CountryCode country);

    /**
     * Sets the place (city) of the organisation. Its country must be the organisation's country.
     *
     * @param place the place
     * @return this builder
     */
    public abstract Builder place(Place place);

    /**
     * Sets or clears the place (city) of the organisation. Its country must be the organisation's
     * country.
     *
     * @param place the place, or empty to clear it
     * @return this builder
     */
    public abstract Builder place(Optional<? extends Place> place);

    /**
     * Sets the type of organisation.
     *
     * @param type the type
     * @return this builder
     */
    public abstract Builder type(OrganisationType type);

    /**
     * Sets or clears the type of organisation.
     *
     * @param type the type, or empty to clear it
     * @return this builder
     */
    public abstract Builder type(Optional<? extends OrganisationType> type);

    /**
     * Adds an accreditation to the accreditations held.
     *
     * @param element an accreditation
     * @return this builder
     */
    public abstract Builder addAccreditations(Accreditation element);

    /**
     * Adds accreditations to the accreditations held.
     *
     * @param elements the accreditations
     * @return this builder
     */
    public abstract Builder addAccreditations(Accreditation... elements);

    /**
     * Sets the accreditations held, replacing those added before.
     *
     * @param elements the accreditations
     * @return this builder
     */
    public abstract Builder accreditations(Iterable<? extends Accreditation> elements);

    /**
     * Adds accreditations to the accreditations held.
     *
     * @param elements the accreditations
     * @return this builder
     */
    public abstract Builder addAllAccreditations(Iterable<? extends Accreditation> elements);

    /**
     * Builds the {@link Organisation}.
     *
     * @return the organisation
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Organisation build() {
      return io.github.vetmobility.internal.Required.build("Organisation", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Organisation buildValue();
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
