package io.github.vetmobility.mobility;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.internal.Nullable;
import io.github.vetmobility.internal.Unboxed;
import io.github.vetmobility.internal.ValueStyle;
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
@ValueStyle
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

  /** Returns the host's identifier of the mobility, if any. */
  public abstract Optional<String> id();

  /** Returns the project the mobility belongs to, if known; it selects the edition of the rules. */
  public abstract Optional<ProjectReference> projectReference();

  /** Returns the participant. */
  public abstract Participant participant();

  /** Returns the activity type. */
  public abstract ActivityType activityType();

  /** Returns the sending organisation. */
  public abstract Organisation sending();

  /** Returns the receiving (hosting) organisation. */
  public abstract Organisation receiving();

  /** Returns the first day of the activity. */
  public abstract LocalDate startDate();

  /** Returns the last day of the activity. */
  public abstract LocalDate endDate();

  /** Returns the number of travel days claimed (before and after the activity). Default 0. */
  @Value.Default
  public int travelDays() {
    return 0;
  }

  /** Returns whether the participant travels green (low-emission means). Default {@code false}. */
  @Value.Default
  public boolean greenTravel() {
    return false;
  }

  /** Returns the number of virtual (online) days of a blended activity. Default 0. */
  @Value.Default
  public int virtualDays() {
    return 0;
  }

  /**
   * Returns whether the participant is accompanied by an accompanying person. Default {@code
   * false}.
   */
  @Value.Default
  public boolean accompanied() {
    return false;
  }

  /** Returns the number of learners in the group, for group mobility. */
  public abstract OptionalInt groupSize();

  /**
   * Returns the countries the learners of a group come from (group mobility), as far as known;
   * empty when not known.
   */
  public abstract Set<CountryCode> groupCountries();

  /**
   * Returns whether the sending organisation has justified a shorter stay for a participant with
   * fewer opportunities (short-term learner mobility may then last from 2 days). Default {@code
   * false}.
   */
  @Value.Default
  public boolean shortStayJustified() {
    return false;
  }

  /**
   * Returns the number of course days (courses and training), if different from the activity days.
   */
  public abstract OptionalInt courseDays();

  /** Returns the one-way distance in km from the official distance calculator, if declared. */
  public abstract OptionalDouble declaredDistanceKm();

  /** Returns the real travel cost claimed as exceptional costs for expensive travel, if any. */
  public abstract Optional<Money> exceptionalTravelCost();

  /** Returns the flow from the sending to the receiving country. */
  public MobilityFlow flow() {
    return MobilityFlow.of(sending().country(), receiving().country());
  }

  /**
   * Returns the number of calendar days from start to end, both included (a mobility from 1 to 14
   * March lasts 14 days); zero or negative when the end is before the start.
   */
  public long activityDays() {
    return ChronoUnit.DAYS.between(startDate(), endDate()) + 1;
  }

  /** Returns the physical days: activity days minus virtual days. */
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

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Mobility}; participant, activity type, sending and receiving organisation,
   * start and end date are required.
   */
  public static final class Builder extends ImmutableMobility.Builder {
    Builder() {}

    /**
     * Builds the {@link Mobility}.
     *
     * @return the value
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    @Override
    public Mobility build() {
      return io.github.vetmobility.internal.Required.build("Mobility", super::build);
    }
  }
}
