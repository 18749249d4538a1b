package io.github.vetmobility.organisation;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An accreditation held by an organisation, with the period in which it is valid. */
@Value.Immutable
@ValueStyle
public abstract class Accreditation {
  Accreditation() {}

  /** Returns the kind of accreditation. */
  public abstract AccreditationKind kind();

  /** Returns the KA120 code, if known (Erasmus accreditations only). */
  public abstract Optional<AccreditationCode> code();

  /** Returns the first day of validity. */
  public abstract LocalDate validFrom();

  /** Returns the last day of validity; empty when open-ended. */
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

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Accreditation}; kind and start of validity are required. */
  public static final class Builder extends ImmutableAccreditation.Builder {
    Builder() {}

    /**
     * Builds the {@link Accreditation}.
     *
     * @return the value
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    @Override
    public Accreditation build() {
      return io.github.vetmobility.internal.Required.build("Accreditation", super::build);
    }
  }
}
