package io.github.vetmobility.organisation;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.internal.BuilderStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An accreditation held by an organisation, with the period in which it is valid. */
@Value.Immutable
@BuilderStyle
public abstract class Accreditation {
  Accreditation() {}

  /** {@return the kind of accreditation} */
  public abstract AccreditationKind kind();

  /** {@return the KA120 code, if known (Erasmus accreditations only)} */
  public abstract Optional<AccreditationCode> code();

  /** {@return the first day of validity} */
  public abstract LocalDate validFrom();

  /** {@return the last day of validity; empty when open-ended} */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Returns whether the accreditation is valid on a day (both ends inclusive).
   *
   * @param day the day
   * @return {@code true} if {@code day} lies in the validity period
   */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom()) && validUntil().map(u -> !day.isAfter(u)).orElse(true);
  }

  @Value.Check
  void check() {
    if (validUntil().isPresent() && validUntil().get().isBefore(validFrom())) {
      throw new InvalidValueException(
          "accreditation.validUntil", validUntil().get(), "a day on or after " + validFrom());
    }
    if (code().isPresent() && kind() != AccreditationKind.ERASMUS_ACCREDITATION) {
      throw new InvalidValueException(
          "accreditation.code", code().get(), "no KA120 code on a " + kind());
    }
  }

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutableAccreditation.builder();
  }

  /**
   * Builds an {@link Accreditation}; kind and start of validity are required. Get one from {@link
   * Accreditation#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Accreditation}: required and defaulted fields are
     * replaced, optional fields only when present.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Accreditation instance);

    /**
     * Sets the kind of accreditation; required.
     *
     * @param kind the kind
     * @return this builder
     */
    public abstract Builder kind(AccreditationKind kind);

    /**
     * Sets the KA120 code. Erasmus accreditations only.
     *
     * @param code the code
     * @return this builder
     */
    public abstract Builder code(AccreditationCode code);

    /**
     * Sets or clears the KA120 code. Erasmus accreditations only.
     *
     * @param code the code, or empty to clear it
     * @return this builder
     */
    public abstract Builder code(Optional<? extends AccreditationCode> code);

    /**
     * Sets the first day of validity, inclusive; required.
     *
     * @param validFrom the first day
     * @return this builder
     */
    public abstract Builder validFrom(LocalDate validFrom);

    /**
     * Sets the last day of validity, inclusive. Not before the first day; unset when open-ended.
     *
     * @param validUntil the last day
     * @return this builder
     */
    public abstract Builder validUntil(LocalDate validUntil);

    /**
     * Sets or clears the last day of validity, inclusive. Not before the first day; unset when
     * open-ended.
     *
     * @param validUntil the last day, or empty to clear it
     * @return this builder
     */
    public abstract Builder validUntil(Optional<? extends LocalDate> validUntil);

    /**
     * Builds the {@link Accreditation}.
     *
     * @return the accreditation
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Accreditation build() {
      return io.github.vetmobility.internal.Required.build("Accreditation", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Accreditation buildValue();
  }
}
