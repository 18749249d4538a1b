package io.github.vetmobility.funding;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ValueStyle;
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
@ValueStyle
public abstract class GrantContext {
  /** No extra facts: rank unknown, nothing requested, no real costs. */
  public static final GrantContext NONE = builder().build();

  GrantContext() {}

  /**
   * Returns the participant's position (1 = first) among the project's participants of the same
   * activity type, accompanying persons not counted; it selects the organisational-support tier
   * (e.g. 350 EUR up to the 100th, 200 EUR after). {@link GrantCalculator#grants} sets it:
   * participants are ranked by start date, then by the project's order.
   */
  public abstract OptionalInt participantRank();

  /**
   * Returns whether the participant is known to come after the 100th of its activity type in the
   * project when its exact rank is not known (a project tallied in bounded memory keeps exact ranks
   * up to the 100th only). It selects the lower tier of organisational support. Default {@code
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
   * Returns whether linguistic support is requested because Online Language Support lacks the
   * language or level, or for barriers of a participant with fewer opportunities. Default {@code
   * false}. (ErasmusPro's reinforced linguistic support needs no request.)
   */
  @Value.Default
  public boolean linguisticSupportRequested() {
    return false;
  }

  /** Returns whether organisational support is requested. Default {@code true}. */
  @Value.Default
  public boolean organisationalSupportRequested() {
    return true;
  }

  /** Returns the participant's real inclusion costs approved by the National Agency, if any. */
  public abstract Optional<Money> inclusionCosts();

  /** Returns real costs of visas, residence permits, vaccinations and medical certificates. */
  public abstract Optional<Money> visaCosts();

  /** Returns real costs of a financial guarantee. */
  public abstract Optional<Money> guaranteeCosts();

  /** Returns the number of persons on a preparatory visit (default 1 when the activity is one). */
  public abstract OptionalInt preparatoryVisitPersons();

  /**
   * Returns the course days already funded for the same person in the same project; course fees are
   * paid for at most 10 days per person and project. Default 0. {@link GrantCalculator#grants} sets
   * it from the participants' ids.
   */
  @Value.Default
  public int courseDaysAlreadyFunded() {
    return 0;
  }

  /** Returns the rate table to use for individual support, overriding the calculator's. */
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

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GrantContext}; every field is optional. */
  public static final class Builder extends ImmutableGrantContext.Builder {
    /**
     * Builds the {@link GrantContext}.
     *
     * @return the value
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    @Override
    public GrantContext build() {
      return io.github.vetmobility.internal.Required.build("GrantContext", super::build);
    }
  }
}
