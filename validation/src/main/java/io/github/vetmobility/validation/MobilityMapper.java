package io.github.vetmobility.validation;

import io.github.vetmobility.mobility.Mobility;

/**
 * Turns a host type that cannot implement {@link MobilitySource} (a generated class, a JPA entity
 * of another module) into a core {@link Mobility}. Name the mapper in {@link
 * EligibleMobility#mapper()}, or in the programmatic definition {@code
 * io.github.vetmobility.validation.hibernate.EligibleMobilityDef#mapper(Class)} when the host type
 * cannot be annotated either.
 *
 * <p>An implementation is a public class with a public no-argument constructor, in a package the
 * validation module can read (exported, or opened to {@code io.github.vetmobility.validation} on
 * the module path). One instance serves every validation of a constraint, concurrently: keep it
 * stateless.
 *
 * <p>Violations lie on the mobility's paths ({@code receiving.country}) unless {@link #paths()}
 * names the host's property for a field ({@code hostCountry}).
 *
 * @param <T> the host type
 */
public interface MobilityMapper<T> {
  /**
   * Returns the host value as a mobility.
   *
   * @param value the validated value, never {@code null}
   * @return the mobility; {@code null} when there is nothing to assess (then the constraint holds)
   * @throws io.github.vetmobility.InvalidValueException if the host data cannot make a mobility;
   *     the constraint reports it as a violation on the field the exception names
   */
  Mobility toMobility(T value);

  /**
   * Returns the host's property for each field of the mobility, so that a violation lies on the
   * host's path: a finding on {@code receiving.country} is reported on {@code hostCountry} if the
   * paths map it so. Read once, when the constraint is initialised; return a constant.
   *
   * @return the paths; {@link HostPaths#none()} (the default) keeps the mobility's paths
   */
  default HostPaths paths() {
    return HostPaths.none();
  }
}
