package io.github.vetmobility.participant;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.BuilderStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The person who takes part in a mobility, with what the rules need to know about them: the
 * category, fewer opportunities, and the dates and links some rules depend on. No personal data
 * beyond that is modelled.
 */
@Value.Immutable
@BuilderStyle
public abstract class Participant {
  Participant() {}

  /** {@return the host's identifier for the participant, if any} */
  public abstract Optional<String> id();

  /** {@return the category} */
  public abstract ParticipantCategory category();

  /**
   * {@return whether the participant has fewer opportunities (inclusion)} Default {@code false}.
   */
  @Value.Default
  public boolean fewerOpportunities() {
    return false;
  }

  /** {@return the date of graduation (recent graduates), if known} */
  public abstract Optional<LocalDate> graduationDate();

  /** {@return the date of birth, if known} */
  public abstract Optional<LocalDate> birthDate();

  /** {@return how a member of staff is linked to the sending organisation, if known} */
  public abstract Optional<StaffLink> staffLink();

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutableParticipant.builder();
  }

  /**
   * Builds a {@link Participant}; the category is required. Get one from {@link
   * Participant#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Participant}: required and defaulted fields are
     * replaced, optional fields only when present.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Participant instance);

    /**
     * Sets the host's identifier for the participant, kept as given.
     *
     * @param id the identifier
     * @return this builder
     */
    public abstract Builder id(String id);

    /**
     * Sets or clears the host's identifier for the participant, kept as given.
     *
     * @param id the identifier, or empty to clear it
     * @return this builder
     */
    public abstract Builder id(Optional<String> id);

    /**
     * Sets the category; required.
     *
     * @param category the category
     * @return this builder
     */
    public abstract Builder category(ParticipantCategory category);

    /**
     * Sets whether the participant has fewer opportunities (inclusion). {@code false} unless set.
     *
     * @param fewerOpportunities {@code true} for fewer opportunities
     * @return this builder
     */
    public abstract Builder fewerOpportunities(boolean fewerOpportunities);

    /**
     * Sets the date of graduation, for recent graduates.
     *
     * @param graduationDate the date
     * @return this builder
     */
    public abstract Builder graduationDate(LocalDate graduationDate);

    /**
     * Sets or clears the date of graduation, for recent graduates.
     *
     * @param graduationDate the date, or empty to clear it
     * @return this builder
     */
    public abstract Builder graduationDate(Optional<? extends LocalDate> graduationDate);

    /**
     * Sets the date of birth.
     *
     * @param birthDate the date
     * @return this builder
     */
    public abstract Builder birthDate(LocalDate birthDate);

    /**
     * Sets or clears the date of birth.
     *
     * @param birthDate the date, or empty to clear it
     * @return this builder
     */
    public abstract Builder birthDate(Optional<? extends LocalDate> birthDate);

    /**
     * Sets how a member of staff is linked to the sending organisation.
     *
     * @param staffLink the link
     * @return this builder
     */
    public abstract Builder staffLink(StaffLink staffLink);

    /**
     * Sets or clears how a member of staff is linked to the sending organisation.
     *
     * @param staffLink the link, or empty to clear it
     * @return this builder
     */
    public abstract Builder staffLink(Optional<? extends StaffLink> staffLink);

    /**
     * Builds the {@link Participant}.
     *
     * @return the participant
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Participant build() {
      return io.github.vetmobility.internal.Required.build("Participant", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Participant buildValue();
  }

  /**
   * Returns a participant known only by category.
   *
   * @param category the category
   * @return the participant
   */
  public static Participant of(ParticipantCategory category) {
    return builder()
        .category(InvalidValueException.requirePresent(category, "participant.category"))
        .build();
  }
}
