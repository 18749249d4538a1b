package io.github.vetmobility.participant;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The person who takes part in a mobility, with what the rules need to know about them: the
 * category, fewer opportunities, and the dates and links some rules depend on. No personal data
 * beyond that is modelled.
 */
@Value.Immutable
@ValueStyle
public abstract class Participant {
  Participant() {}

  /** Returns the host's identifier for the participant, if any. */
  public abstract Optional<String> id();

  /** Returns the category. */
  public abstract ParticipantCategory category();

  /** Returns whether the participant has fewer opportunities (inclusion). Default {@code false}. */
  @Value.Default
  public boolean fewerOpportunities() {
    return false;
  }

  /** Returns the date of graduation (recent graduates), if known. */
  public abstract Optional<LocalDate> graduationDate();

  /** Returns the date of birth, if known. */
  public abstract Optional<LocalDate> birthDate();

  /** Returns how a member of staff is linked to the sending organisation, if known. */
  public abstract Optional<StaffLink> staffLink();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}; the category is required. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}

    /**
     * Builds the {@link Participant}.
     *
     * @return the value
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    @Override
    public Participant build() {
      return io.github.vetmobility.internal.Required.build("Participant", super::build);
    }
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
