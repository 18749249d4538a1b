package io.github.vetmobility.project;

import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.internal.BuilderStyle;
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
@BuilderStyle
public abstract class Project {
  Project() {}

  /** {@return the project reference; it names call year and key action} */
  public abstract ProjectReference reference();

  /**
   * {@return the beneficiary (applicant) organisation, if known} Without it, the rules about the
   * beneficiary (applicant country, accreditation, pilot partnership) are not evaluated: each is a
   * warning naming {@code beneficiary}.
   */
  public abstract Optional<Organisation> beneficiary();

  /** {@return the other organisations of the project (consortium members, hosts), if listed} */
  public abstract List<Organisation> partners();

  /** {@return the first day of the project, if known} */
  public abstract Optional<LocalDate> startDate();

  /** {@return the last day of the project, if known} */
  public abstract Optional<LocalDate> endDate();

  /**
   * {@return the mobilities of the project, in the host's order} Participants are ranked (the 31st
   * of a KA122 project, the 101st for organisational support) by start date, then by this order.
   */
  public abstract List<Mobility> mobilities();

  /**
   * {@return references of the beneficiary's earlier projects, as far as known; rules that cap
   * grants over several call years count them}
   */
  public abstract List<ProjectReference> previousGrants();

  /** {@return the grant awarded to the project, if known; project-level budget rules read it} */
  public abstract Optional<Money> awardedGrant();

  /**
   * {@return the part of the grant for activities in third countries not associated to the
   * programme, without inclusion support for participants and exceptional costs for expensive
   * travel (the amount the KA121 20 % cap counts), if known}
   */
  public abstract Optional<Money> notAssociatedGrant();

  /** {@return the part of the grant for courses and training, if known} */
  public abstract Optional<Money> coursesGrant();

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutableProject.builder();
  }

  /**
   * Builds a {@link Project}; the reference is required. Get one from {@link Project#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Project}: required and defaulted fields are replaced,
     * optional fields only when present, and the elements of its collections are added to those
     * set.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Project instance);

    /**
     * Sets the project reference; required. It names the call year and the key action.
     *
     * @param reference the project reference
     * @return this builder
     */
    public abstract Builder reference(ProjectReference reference);

    /**
     * Sets the beneficiary (applicant) organisation. Without it, the rules about the beneficiary
     * are not evaluated.
     *
     * @param beneficiary the beneficiary
     * @return this builder
     */
    public abstract Builder beneficiary(Organisation beneficiary);

    /**
     * Sets or clears the beneficiary (applicant) organisation. Without it, the rules about the
     * beneficiary are not evaluated.
     *
     * @param beneficiary the beneficiary, or empty to clear it
     * @return this builder
     */
    public abstract Builder beneficiary(Optional<? extends Organisation> beneficiary);

    /**
     * Adds an organisation to the other organisations of the project (consortium members, hosts).
     *
     * @param element an organisation
     * @return this builder
     */
    public abstract Builder addPartners(Organisation element);

    /**
     * Adds organisations to the other organisations of the project (consortium members, hosts).
     *
     * @param elements the organisations
     * @return this builder
     */
    public abstract Builder addPartners(Organisation... elements);

    /**
     * Sets the other organisations of the project (consortium members, hosts), replacing those
     * added before.
     *
     * @param elements the organisations
     * @return this builder
     */
    public abstract Builder partners(Iterable<? extends Organisation> elements);

    /**
     * Adds organisations to the other organisations of the project (consortium members, hosts).
     *
     * @param elements the organisations
     * @return this builder
     */
    public abstract Builder addAllPartners(Iterable<? extends Organisation> elements);

    /**
     * Sets the first day of the project, inclusive.
     *
     * @param startDate the first day
     * @return this builder
     */
    public abstract Builder startDate(LocalDate startDate);

    /**
     * Sets or clears the first day of the project, inclusive.
     *
     * @param startDate the first day, or empty to clear it
     * @return this builder
     */
    public abstract Builder startDate(Optional<? extends LocalDate> startDate);

    /**
     * Sets the last day of the project, inclusive.
     *
     * @param endDate the last day
     * @return this builder
     */
    public abstract Builder endDate(LocalDate endDate);

    /**
     * Sets or clears the last day of the project, inclusive.
     *
     * @param endDate the last day, or empty to clear it
     * @return this builder
     */
    public abstract Builder endDate(Optional<? extends LocalDate> endDate);

    /**
     * Adds a mobility to the mobilities of the project, in the host's order.
     *
     * @param element a mobility
     * @return this builder
     */
    public abstract Builder addMobilities(Mobility element);

    /**
     * Adds mobilities to the mobilities of the project, in the host's order.
     *
     * @param elements the mobilities
     * @return this builder
     */
    public abstract Builder addMobilities(Mobility... elements);

    /**
     * Sets the mobilities of the project, in the host's order, replacing those added before.
     *
     * @param elements the mobilities
     * @return this builder
     */
    public abstract Builder mobilities(Iterable<? extends Mobility> elements);

    /**
     * Adds mobilities to the mobilities of the project, in the host's order.
     *
     * @param elements the mobilities
     * @return this builder
     */
    public abstract Builder addAllMobilities(Iterable<? extends Mobility> elements);

    /**
     * Adds a project reference to the references of the beneficiary's earlier projects.
     *
     * @param element a project reference
     * @return this builder
     */
    public abstract Builder addPreviousGrants(ProjectReference element);

    /**
     * Adds references to the references of the beneficiary's earlier projects.
     *
     * @param elements the references
     * @return this builder
     */
    public abstract Builder addPreviousGrants(ProjectReference... elements);

    /**
     * Sets the references of the beneficiary's earlier projects, replacing those added before.
     *
     * @param elements the references
     * @return this builder
     */
    public abstract Builder previousGrants(Iterable<? extends ProjectReference> elements);

    /**
     * Adds references to the references of the beneficiary's earlier projects.
     *
     * @param elements the references
     * @return this builder
     */
    public abstract Builder addAllPreviousGrants(Iterable<? extends ProjectReference> elements);

    /**
     * Sets the grant awarded to the project. Project-level budget rules read it.
     *
     * @param awardedGrant the amount
     * @return this builder
     */
    public abstract Builder awardedGrant(Money awardedGrant);

    /**
     * Sets or clears the grant awarded to the project. Project-level budget rules read it.
     *
     * @param awardedGrant the amount, or empty to clear it
     * @return this builder
     */
    public abstract Builder awardedGrant(Optional<? extends Money> awardedGrant);

    /**
     * Sets the part of the grant for activities in third countries not associated to the programme,
     * without inclusion support and exceptional costs for expensive travel. It is the amount the
     * KA121 20 % cap counts.
     *
     * @param notAssociatedGrant the amount
     * @return this builder
     */
    public abstract Builder notAssociatedGrant(Money notAssociatedGrant);

    /**
     * Sets or clears the part of the grant for activities in third countries not associated to the
     * programme, without inclusion support and exceptional costs for expensive travel. It is the
     * amount the KA121 20 % cap counts.
     *
     * @param notAssociatedGrant the amount, or empty to clear it
     * @return this builder
     */
    public abstract Builder notAssociatedGrant(Optional<? extends Money> notAssociatedGrant);

    /**
     * Sets the part of the grant for courses and training.
     *
     * @param coursesGrant the amount
     * @return this builder
     */
    public abstract Builder coursesGrant(Money coursesGrant);

    /**
     * Sets or clears the part of the grant for courses and training.
     *
     * @param coursesGrant the amount, or empty to clear it
     * @return this builder
     */
    public abstract Builder coursesGrant(Optional<? extends Money> coursesGrant);

    /**
     * Builds the {@link Project}.
     *
     * @return the project
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Project build() {
      return io.github.vetmobility.internal.Required.build("Project", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Project buildValue();
  }
}
