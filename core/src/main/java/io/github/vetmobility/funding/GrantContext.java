package io.github.vetmobility.funding;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.BuilderStyle;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.rules.ProjectAssessment;
import io.github.vetmobility.rules.ProjectTally;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a grant needs beyond the mobility itself: the participant's rank for tiered organisational
 * support, requested optional supports, and real costs claimed. Everything is optional; {@link
 * #NONE} asks for nothing.
 */
@Value.Immutable
@BuilderStyle
public abstract class GrantContext {
  /** No extra facts: rank unknown, nothing requested, no real costs. */
  public static final GrantContext NONE = builder().build();

  GrantContext() {}

  /**
   * {@return the participant's position (1 = first) among the project's participants of the same
   * activity type, accompanying persons not counted; it selects the organisational-support tier
   * (for example 350 EUR up to the 100th, 200 EUR after)} {@link GrantCalculator#grants} sets it:
   * participants are ranked by start date, then by the project's order.
   */
  public abstract OptionalInt participantRank();

  /**
   * {@return whether the participant is known to come after the 100th of its activity type in the
   * project when its exact rank is not known (a project tallied in bounded memory keeps exact ranks
   * up to the 100th only)} It selects the lower tier of organisational support. Default {@code
   * false}; ignored when {@link #participantRank()} is given.
   */
  @Value.Default
  public boolean participantAfterHundredth() {
    return false;
  }

  /**
   * Returns a builder with the participant's rank in a tallied project: its exact rank within the
   * first 100, else {@link #participantAfterHundredth()}; nothing for an accompanying person.
   *
   * @param project what the project-level rules decided
   * @param entry the mobility's entry, as added to the tally
   * @return the builder
   * @throws InvalidValueException if an argument is missing
   * @throws IllegalArgumentException if the entry was not added to the project's tally
   */
  public static Builder ranked(ProjectAssessment project, ProjectTally.Entry entry) {
    InvalidValueException.requirePresent(project, "project");
    InvalidValueException.requirePresent(entry, "entry");
    Builder b = builder();
    OptionalInt rank = project.participantRank(entry);
    if (rank.isPresent()) {
      b.participantRank(rank.getAsInt());
    } else if (project.afterHundredth(entry)) {
      b.participantAfterHundredth(true);
    }
    return b;
  }

  /**
   * {@return whether linguistic support is requested because Online Language Support lacks the
   * language or level, or for barriers of a participant with fewer opportunities} Default {@code
   * false}. (ErasmusPro's reinforced linguistic support needs no request.)
   */
  @Value.Default
  public boolean linguisticSupportRequested() {
    return false;
  }

  /** {@return whether organisational support is requested} Default {@code true}. */
  @Value.Default
  public boolean organisationalSupportRequested() {
    return true;
  }

  /** {@return the participant's real inclusion costs approved by the National Agency, if any} */
  public abstract Optional<Money> inclusionCosts();

  /** {@return real costs of visas, residence permits, vaccinations and medical certificates} */
  public abstract Optional<Money> visaCosts();

  /** {@return real costs of a financial guarantee} */
  public abstract Optional<Money> guaranteeCosts();

  /** {@return the number of persons on a preparatory visit (default 1 when the activity is one)} */
  public abstract OptionalInt preparatoryVisitPersons();

  /**
   * {@return the course days already funded for the same person in the same project; course fees
   * are paid for at most 10 days per person and project} Default 0. {@link GrantCalculator#grants}
   * sets it from the participants' ids.
   */
  @Value.Default
  public int courseDaysAlreadyFunded() {
    return 0;
  }

  /** {@return the rate table to use for individual support, overriding the calculator's} */
  public abstract Optional<RateTable> rateTable();

  @Value.Check
  void check() {
    if (participantRank().isPresent() && participantRank().getAsInt() < 1) {
      throw new InvalidValueException("participantRank", participantRank().getAsInt(), "1 or more");
    }
    if (preparatoryVisitPersons().isPresent() && preparatoryVisitPersons().getAsInt() < 1) {
      throw new InvalidValueException(
          "preparatoryVisitPersons", preparatoryVisitPersons().getAsInt(), "1 or more");
    }
    if (courseDaysAlreadyFunded() < 0) {
      throw new InvalidValueException(
          "courseDaysAlreadyFunded", courseDaysAlreadyFunded(), "0 or more");
    }
    nonNegative("inclusionCosts", inclusionCosts());
    nonNegative("visaCosts", visaCosts());
    nonNegative("guaranteeCosts", guaranteeCosts());
  }

  private static void nonNegative(String field, Optional<Money> m) {
    if (m.isPresent() && m.get().isNegative()) {
      throw new InvalidValueException(field, m.get(), "an amount of 0 or more");
    }
  }

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutableGrantContext.builder();
  }

  /**
   * Builds a {@link GrantContext}; every field is optional. Get one from {@link
   * GrantContext#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link GrantContext}: required and defaulted fields are
     * replaced, optional fields only when present.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(GrantContext instance);

    /**
     * Sets the participant's position (1 = first) among the project's participants of the same
     * activity type, accompanying persons not counted. It selects the organisational-support tier;
     * 1 or more.
     *
     * @param participantRank the rank
     * @return this builder
     */
    public abstract Builder participantRank(int participantRank);

    /**
     * Sets or clears the participant's position (1 = first) among the project's participants of the
     * same activity type, accompanying persons not counted. It selects the organisational-support
     * tier; 1 or more.
     *
     * @param participantRank the rank, or empty to clear it
     * @return this builder
     */
    public abstract Builder participantRank(OptionalInt participantRank);

    /**
     * Sets whether the participant is known to come after the 100th of its activity type when its
     * exact rank is not known. Ignored when the rank is set; {@code false} unless set.
     *
     * @param participantAfterHundredth {@code true} if after the 100th
     * @return this builder
     */
    public abstract Builder participantAfterHundredth(boolean participantAfterHundredth);

    /**
     * Sets whether linguistic support is requested (Online Language Support lacks the language or
     * level, or barriers of a participant with fewer opportunities). {@code false} unless set.
     *
     * @param linguisticSupportRequested {@code true} if requested
     * @return this builder
     */
    public abstract Builder linguisticSupportRequested(boolean linguisticSupportRequested);

    /**
     * Sets whether organisational support is requested. {@code true} unless set.
     *
     * @param organisationalSupportRequested {@code true} if requested
     * @return this builder
     */
    public abstract Builder organisationalSupportRequested(boolean organisationalSupportRequested);

    /**
     * Sets the participant's real inclusion costs approved by the National Agency; 0 or more.
     *
     * @param inclusionCosts the amount
     * @return this builder
     */
    public abstract Builder inclusionCosts(Money inclusionCosts);

    /**
     * Sets or clears the participant's real inclusion costs approved by the National Agency; 0 or
     * more.
     *
     * @param inclusionCosts the amount, or empty to clear it
     * @return this builder
     */
    public abstract Builder inclusionCosts(Optional<? extends Money> inclusionCosts);

    /**
     * Sets the real costs of visas, residence permits, vaccinations and medical certificates; 0 or
     * more.
     *
     * @param visaCosts the amount
     * @return this builder
     */
    public abstract Builder visaCosts(Money visaCosts);

    /**
     * Sets or clears the real costs of visas, residence permits, vaccinations and medical
     * certificates; 0 or more.
     *
     * @param visaCosts the amount, or empty to clear it
     * @return this builder
     */
    public abstract Builder visaCosts(Optional<? extends Money> visaCosts);

    /**
     * Sets the real costs of a financial guarantee; 0 or more.
     *
     * @param guaranteeCosts the amount
     * @return this builder
     */
    public abstract Builder guaranteeCosts(Money guaranteeCosts);

    /**
     * Sets or clears the real costs of a financial guarantee; 0 or more.
     *
     * @param guaranteeCosts the amount, or empty to clear it
     * @return this builder
     */
    public abstract Builder guaranteeCosts(Optional<? extends Money> guaranteeCosts);

    /**
     * Sets the number of persons on a preparatory visit; 1 or more, and 1 is assumed when unset and
     * the activity is a preparatory visit.
     *
     * @param preparatoryVisitPersons the number of persons
     * @return this builder
     */
    public abstract Builder preparatoryVisitPersons(int preparatoryVisitPersons);

    /**
     * Sets or clears the number of persons on a preparatory visit; 1 or more, and 1 is assumed when
     * unset and the activity is a preparatory visit.
     *
     * @param preparatoryVisitPersons the number of persons, or empty to clear it
     * @return this builder
     */
    public abstract Builder preparatoryVisitPersons(OptionalInt preparatoryVisitPersons);

    /**
     * Sets the course days already funded for the same person in the same project. Course fees are
     * paid for at most 10 days per person and project; 0 or more, 0 unless set.
     *
     * @param courseDaysAlreadyFunded the number of days
     * @return this builder
     */
    public abstract Builder courseDaysAlreadyFunded(int courseDaysAlreadyFunded);

    /**
     * Sets the rate table to use for individual support, overriding the calculator's.
     *
     * @param rateTable the rate table
     * @return this builder
     */
    public abstract Builder rateTable(RateTable rateTable);

    /**
     * Sets or clears the rate table to use for individual support, overriding the calculator's.
     *
     * @param rateTable the rate table, or empty to clear it
     * @return this builder
     */
    public abstract Builder rateTable(Optional<? extends RateTable> rateTable);

    /**
     * Builds the {@link GrantContext}.
     *
     * @return the value
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final GrantContext build() {
      return io.github.vetmobility.internal.Required.build("GrantContext", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract GrantContext buildValue();
  }
}
