package io.github.vetmobility.mobility;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.internal.BuilderStyle;
import io.github.vetmobility.internal.Nullable;
import io.github.vetmobility.internal.Unboxed;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One participant's mobility activity: who, what, from where to where, and when.
 *
 * <p>A mobility is a plain fact: building one never checks eligibility (an end date before the
 * start date is a finding of the rule book, not an exception here). Only values that make no sense
 * at all (a negative number of days) are refused when built.
 *
 * <p>The start and end dates are the first and last day of the activity abroad; travel days are
 * counted separately in {@link #travelDays()}.
 */
@Value.Immutable
@BuilderStyle
public abstract class Mobility {
  Mobility() {}

  static {
    Unboxed.registerReference(m -> ((Mobility) m).referenceOrNull());
  }

  // Not API: the reference without an Optional, for the allocation-free rule engine (Unboxed).
  @Value.Derived
  @Value.Auxiliary
  @Nullable
  ProjectReference referenceOrNull() {
    return projectReference().orElse(null);
  }

  /** {@return the host's identifier of the mobility, if any} */
  public abstract Optional<String> id();

  /**
   * {@return the project the mobility belongs to, if known; it selects the edition of the rules}
   */
  public abstract Optional<ProjectReference> projectReference();

  /** {@return the participant} */
  public abstract Participant participant();

  /** {@return the activity type} */
  public abstract ActivityType activityType();

  /** {@return the sending organisation} */
  public abstract Organisation sending();

  /** {@return the receiving (hosting) organisation} */
  public abstract Organisation receiving();

  /** {@return the first day of the activity} */
  public abstract LocalDate startDate();

  /** {@return the last day of the activity} */
  public abstract LocalDate endDate();

  /** {@return the number of travel days claimed (before and after the activity)} Default 0. */
  @Value.Default
  public int travelDays() {
    return 0;
  }

  /** {@return whether the participant travels green (low-emission means)} Default {@code false}. */
  @Value.Default
  public boolean greenTravel() {
    return false;
  }

  /** {@return the number of virtual (online) days of a blended activity} Default 0. */
  @Value.Default
  public int virtualDays() {
    return 0;
  }

  /**
   * {@return whether the participant is accompanied by an accompanying person} Default {@code
   * false}.
   */
  @Value.Default
  public boolean accompanied() {
    return false;
  }

  /** {@return the number of learners in the group, for group mobility} */
  public abstract OptionalInt groupSize();

  /**
   * {@return the countries the learners of a group come from (group mobility), as far as known;
   * empty when not known}
   */
  public abstract Set<CountryCode> groupCountries();

  /**
   * {@return whether the sending organisation has justified a shorter stay for a participant with
   * fewer opportunities (short-term learner mobility may then last from 2 days)} Default {@code
   * false}.
   */
  @Value.Default
  public boolean shortStayJustified() {
    return false;
  }

  /**
   * {@return the number of course days (courses and training), if different from the activity days}
   */
  public abstract OptionalInt courseDays();

  /** {@return the one-way distance in km from the official distance calculator, if declared} */
  public abstract OptionalDouble declaredDistanceKm();

  /** {@return the real travel cost claimed as exceptional costs for expensive travel, if any} */
  public abstract Optional<Money> exceptionalTravelCost();

  /** {@return the flow from the sending to the receiving country} */
  public MobilityFlow flow() {
    return MobilityFlow.of(sending().country(), receiving().country());
  }

  /**
   * {@return the number of calendar days from start to end, both included (a mobility from 1 to 14
   * March lasts 14 days); zero or negative when the end is before the start}
   */
  public long activityDays() {
    return ChronoUnit.DAYS.between(startDate(), endDate()) + 1;
  }

  /** {@return the physical days: activity days minus virtual days} */
  public long physicalDays() {
    return activityDays() - virtualDays();
  }

  @Value.Check
  void check() {
    nonNegative("travelDays", travelDays());
    nonNegative("virtualDays", virtualDays());
    if (groupSize().isPresent()) {
      nonNegative("groupSize", groupSize().getAsInt());
    }
    if (courseDays().isPresent()) {
      nonNegative("courseDays", courseDays().getAsInt());
    }
    if (declaredDistanceKm().isPresent()) {
      double km = declaredDistanceKm().getAsDouble();
      if (!(km >= 0 && km < 40_100)) {
        throw new InvalidValueException("distanceKm", km, "a distance from 0 to 40,100 km");
      }
    }
    if (exceptionalTravelCost().isPresent() && exceptionalTravelCost().get().isNegative()) {
      throw new InvalidValueException(
          "exceptionalTravelCost", exceptionalTravelCost().get(), "an amount of 0 or more");
    }
  }

  private static void nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidValueException(field, value, "0 or more");
    }
  }

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutableMobility.builder();
  }

  /**
   * Builds a {@link Mobility}; participant, activity type, sending and receiving organisation,
   * start and end date are required. Get one from {@link Mobility#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Mobility}: required and defaulted fields are
     * replaced, optional fields only when present, and the elements of its collections are added to
     * those set.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Mobility instance);

    /**
     * Sets the host's identifier of the mobility, kept as given.
     *
     * @param id the identifier
     * @return this builder
     */
    public abstract Builder id(String id);

    /**
     * Sets or clears the host's identifier of the mobility, kept as given.
     *
     * @param id the identifier, or empty to clear it
     * @return this builder
     */
    public abstract Builder id(Optional<String> id);

    /**
     * Sets the project the mobility belongs to. It selects the edition of the rules.
     *
     * @param projectReference the project reference
     * @return this builder
     */
    public abstract Builder projectReference(ProjectReference projectReference);

    /**
     * Sets or clears the project the mobility belongs to. It selects the edition of the rules.
     *
     * @param projectReference the project reference, or empty to clear it
     * @return this builder
     */
    public abstract Builder projectReference(Optional<? extends ProjectReference> projectReference);

    /**
     * Sets the participant; required.
     *
     * @param participant the participant
     * @return this builder
     */
    public abstract Builder participant(Participant participant);

    /**
     * Sets the activity type; required.
     *
     * @param activityType the activity type
     * @return this builder
     */
    public abstract Builder activityType(ActivityType activityType);

    /**
     * Sets the sending organisation; required.
     *
     * @param sending the sending organisation
     * @return this builder
     */
    public abstract Builder sending(Organisation sending);

    /**
     * Sets the receiving (hosting) organisation; required.
     *
     * @param receiving the receiving organisation
     * @return this builder
     */
    public abstract Builder receiving(Organisation receiving);

    /**
     * Sets the first day of the activity abroad, inclusive; required. Travel days are not counted
     * in it.
     *
     * @param startDate the first day
     * @return this builder
     */
    public abstract Builder startDate(LocalDate startDate);

    /**
     * Sets the last day of the activity abroad, inclusive; required. A day before the start date is
     * a finding of the rule book, not an error here.
     *
     * @param endDate the last day
     * @return this builder
     */
    public abstract Builder endDate(LocalDate endDate);

    /**
     * Sets the number of travel days claimed before and after the activity; 0 or more, 0 unless
     * set.
     *
     * @param travelDays the number of days
     * @return this builder
     */
    public abstract Builder travelDays(int travelDays);

    /**
     * Sets whether the participant travels green (low-emission means). {@code false} unless set.
     *
     * @param greenTravel {@code true} for green travel
     * @return this builder
     */
    public abstract Builder greenTravel(boolean greenTravel);

    /**
     * Sets the number of virtual (online) days of a blended activity; 0 or more, 0 unless set.
     *
     * @param virtualDays the number of days
     * @return this builder
     */
    public abstract Builder virtualDays(int virtualDays);

    /**
     * Sets whether the participant is accompanied by an accompanying person. {@code false} unless
     * set.
     *
     * @param accompanied {@code true} if accompanied
     * @return this builder
     */
    public abstract Builder accompanied(boolean accompanied);

    /**
     * Sets the number of learners in the group, for group mobility; 0 or more.
     *
     * @param groupSize the number of learners
     * @return this builder
     */
    public abstract Builder groupSize(int groupSize);

    /**
     * Sets or clears the number of learners in the group, for group mobility; 0 or more.
     *
     * @param groupSize the number of learners, or empty to clear it
     * @return this builder
     */
    public abstract Builder groupSize(OptionalInt groupSize);

    /**
     * Adds a country to the countries the learners of a group come from. An element already there
     * is kept once.
     *
     * @param element a country
     * @return this builder
     */
    public abstract Builder addGroupCountries(CountryCode element);

    /**
     * Adds countries to the countries the learners of a group come from. An element already there
     * is kept once.
     *
     * @param elements the countries
     * @return this builder
     */
    public abstract Builder addGroupCountries(CountryCode... elements);

    /**
     * Sets the countries the learners of a group come from, replacing those added before. An
     * element already there is kept once.
     *
     * @param elements the countries
     * @return this builder
     */
    public abstract Builder groupCountries(Iterable<CountryCode> elements);

    /**
     * Adds countries to the countries the learners of a group come from. An element already there
     * is kept once.
     *
     * @param elements the countries
     * @return this builder
     */
    public abstract Builder addAllGroupCountries(Iterable<CountryCode> elements);

    /**
     * Sets whether the sending organisation has justified a shorter stay for a participant with
     * fewer opportunities. Short-term learner mobility may then last from 2 days; {@code false}
     * unless set.
     *
     * @param shortStayJustified {@code true} if justified
     * @return this builder
     */
    public abstract Builder shortStayJustified(boolean shortStayJustified);

    /**
     * Sets the number of course days (courses and training), if different from the activity days; 0
     * or more.
     *
     * @param courseDays the number of days
     * @return this builder
     */
    public abstract Builder courseDays(int courseDays);

    /**
     * Sets or clears the number of course days (courses and training), if different from the
     * activity days; 0 or more.
     *
     * @param courseDays the number of days, or empty to clear it
     * @return this builder
     */
    public abstract Builder courseDays(OptionalInt courseDays);

    /**
     * Sets the one-way distance in km from the official distance calculator. From 0 to less than
     * 40,100.
     *
     * @param declaredDistanceKm the distance in km
     * @return this builder
     */
    public abstract Builder declaredDistanceKm(double declaredDistanceKm);

    /**
     * Sets or clears the one-way distance in km from the official distance calculator. From 0 to
     * less than 40,100.
     *
     * @param declaredDistanceKm the distance in km, or empty to clear it
     * @return this builder
     */
    public abstract Builder declaredDistanceKm(OptionalDouble declaredDistanceKm);

    /**
     * Sets the real travel cost claimed as exceptional costs for expensive travel; 0 or more.
     *
     * @param exceptionalTravelCost the amount
     * @return this builder
     */
    public abstract Builder exceptionalTravelCost(Money exceptionalTravelCost);

    /**
     * Sets or clears the real travel cost claimed as exceptional costs for expensive travel; 0 or
     * more.
     *
     * @param exceptionalTravelCost the amount, or empty to clear it
     * @return this builder
     */
    public abstract Builder exceptionalTravelCost(Optional<? extends Money> exceptionalTravelCost);

    /**
     * Builds the {@link Mobility}.
     *
     * @return the mobility
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Mobility build() {
      return io.github.vetmobility.internal.Required.build("Mobility", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Mobility buildValue();
  }
}
