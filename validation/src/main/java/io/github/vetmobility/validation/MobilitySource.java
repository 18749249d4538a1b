package io.github.vetmobility.validation;

import io.github.vetmobility.mobility.Mobility;

/**
 * A host type that can present itself as a core {@link Mobility}, so that {@link EligibleMobility}
 * can assess it without a converter of its own.
 *
 * <pre>{@code
 * @EligibleMobility
 * public class MobilityForm implements MobilitySource {
 *   public Mobility mobility() { return Mobility.builder()...build(); }
 * }
 * }</pre>
 *
 * <p>Violations are reported on the paths of {@link Mobility} (e.g. {@code receiving.country}).
 */
public interface MobilitySource {
  /**
   * Returns this object as a mobility.
   *
   * @return the mobility; {@code null} when there is nothing to assess (then the constraint holds)
   * @throws io.github.vetmobility.InvalidValueException if the host data cannot make a mobility;
   *     the constraint reports it as a violation on the field the exception names
   */
  Mobility mobility();
}
