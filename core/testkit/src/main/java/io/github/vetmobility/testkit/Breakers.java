package io.github.vetmobility.testkit;

import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;

/**
 * What {@link Mobilities} and {@link Projects} share about breakers: which rules have one, and the
 * refusal, naming rule and book, when a rule has none or belongs to the other level.
 */
final class Breakers {
  private Breakers() {}

  /** Returns the rules for which {@code breaker} gives an arbitrary, in rule order. */
  static Set<Rule> breakable(Function<Rule, Arbitrary<?>> breaker) {
    Set<Rule> out = EnumSet.noneOf(Rule.class);
    for (Rule r : Rule.values()) {
      if (breaker.apply(r) != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Returns the breaker of a rule of {@code level}, or refuses.
   *
   * @param what what breaks the rule, e.g. {@code "a mobility"}
   * @param other the method to use for the rules of the other level
   */
  static <T> Arbitrary<T> of(
      RuleBook book,
      Rule rule,
      Rule.Level level,
      String what,
      String other,
      Function<Rule, Arbitrary<T>> breaker) {
    if (rule.level() != level) {
      throw new IllegalArgumentException(
          rule.id()
              + " is a "
              + rule.level().name().toLowerCase(java.util.Locale.ROOT)
              + "-level rule, not broken by "
              + what
              + " under "
              + book
              + ": use "
              + other);
    }
    Arbitrary<T> out = breaker.apply(rule);
    if (out == null) {
      throw new IllegalArgumentException(
          rule.id()
              + " cannot be broken alone by "
              + what
              + " under "
              + book
              + "; see breakableRules");
    }
    return out;
  }
}
