package io.github.vetmobility.project;

import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A mobility project: its reference, the beneficiary and other organisations, its duration and its
 * mobilities. Project-level rules (participant caps, duration, grant shares) read it.
 */
@Value.Immutable
@ValueStyle
public abstract class Project {
  Project() {}

  /** Returns the project reference; it names call year and key action. */
  public abstract ProjectReference reference();

  /**
   * Returns the beneficiary (applicant) organisation, if known. Without it, the rules about the
   * beneficiary (applicant country, accreditation, pilot partnership) are not evaluated: each is a
   * warning naming {@code beneficiary}.
   */
  public abstract Optional<Organisation> beneficiary();

  /** Returns the other organisations of the project (consortium members, hosts), if listed. */
  public abstract List<Organisation> partners();

  /** Returns the first day of the project, if known. */
  public abstract Optional<LocalDate> startDate();

  /** Returns the last day of the project, if known. */
  public abstract Optional<LocalDate> endDate();

  /**
   * Returns the mobilities of the project, in the host's order. Participants are ranked (the 31st
   * of a KA122 project, the 101st for organisational support) by start date, then by this order.
   */
  public abstract List<Mobility> mobilities();

  /**
   * Returns references of the beneficiary's earlier projects, as far as known; rules that cap
   * grants over several call years count them.
   */
  public abstract List<ProjectReference> previousGrants();

  /** Returns the grant awarded to the project, if known; project-level budget rules read it. */
  public abstract Optional<Money> awardedGrant();

  /**
   * Returns the part of the grant for activities in third countries not associated to the
   * programme, without inclusion support for participants and exceptional costs for expensive
   * travel (the amount the KA121 20 % cap counts), if known.
   */
  public abstract Optional<Money> notAssociatedGrant();

  /** Returns the part of the grant for courses and training, if known. */
  public abstract Optional<Money> coursesGrant();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}; the reference is required. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}

    /**
     * Builds the {@link Project}.
     *
     * @return the value
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    @Override
    public Project build() {
      return io.github.vetmobility.internal.Required.build("Project", super::build);
    }
  }
}
