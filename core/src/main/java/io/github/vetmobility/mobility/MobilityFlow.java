package io.github.vetmobility.mobility;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.internal.ScalarStyle;
import org.immutables.value.Value;

/** A flow: from the sending country to the receiving country. Derived from a mobility. */
@Value.Immutable
@ScalarStyle
public abstract class MobilityFlow {
  MobilityFlow() {}

  /** {@return the sending country} */
  @Value.Parameter
  public abstract CountryCode from();

  /** {@return the receiving country} */
  @Value.Parameter
  public abstract CountryCode to();

  /** {@return whether sending and receiving country are the same} */
  public boolean isDomestic() {
    return from() == to();
  }

  /**
   * Returns the flow between two countries.
   *
   * @param from sending country
   * @param to receiving country
   * @return the flow
   */
  public static MobilityFlow of(CountryCode from, CountryCode to) {
    return ImmutableMobilityFlow.of(
        InvalidValueException.requirePresent(from, "flow.from"),
        InvalidValueException.requirePresent(to, "flow.to"));
  }

  @Override
  public String toString() {
    return from().code() + "->" + to().code();
  }
}
