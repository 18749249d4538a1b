package io.github.vetmobility.validation;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.validation.internal.RuleBookChoice;
import java.util.Objects;
import java.util.Optional;

/**
 * What a host sets once on its validator factory for {@link EligibleMobility} and {@link
 * EligibleProject}: the rule books to choose from (the built-in ones, or those plus editions loaded
 * from the host's own files) and the rule book to apply to a mobility that names no project
 * reference and whose constraint names none either. Immutable and thread-safe.
 *
 * <p>With Hibernate Validator, pass it as the constraint validator payload:
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
 *     .constraintValidatorPayload(EligibilitySettings.defaults().withFallback("EP2127-2025-KA122"))
 *     .buildValidatorFactory();
 * }</pre>
 *
 * <p>Without it (or with another provider) {@link #defaults()} applies: the built-in rule books and
 * no fallback.
 */
public final class EligibilitySettings {
  private static final EligibilitySettings DEFAULTS =
      new EligibilitySettings(RuleBooks.builtIn(), null);

  private final RuleBooks ruleBooks;
  private final RuleBook fallback;

  private EligibilitySettings(RuleBooks ruleBooks, RuleBook fallback) {
    this.ruleBooks = ruleBooks;
    this.fallback = fallback;
  }

  /** {@return the settings used when the host sets none: built-in rule books, no fallback} */
  public static EligibilitySettings defaults() {
    return DEFAULTS;
  }

  /**
   * Returns settings that choose from these rule books, without fallback.
   *
   * @param ruleBooks the rule books, e.g. {@code RuleBooks.builtIn().with(RuleBooks.load(path))}
   * @return the settings
   * @throws InvalidValueException if {@code ruleBooks} is {@code null}
   */
  public static EligibilitySettings of(RuleBooks ruleBooks) {
    return new EligibilitySettings(
        InvalidValueException.requirePresent(ruleBooks, "ruleBooks"), null);
  }

  /**
   * Returns a copy whose fallback is the given rule book.
   *
   * @param fallback the rule book for mobilities without project reference
   * @return the new settings
   * @throws InvalidValueException if {@code fallback} is {@code null}
   */
  public EligibilitySettings withFallback(RuleBook fallback) {
    return new EligibilitySettings(
        ruleBooks, InvalidValueException.requirePresent(fallback, "fallback"));
  }

  /**
   * Returns a copy whose fallback is the rule book with this key among {@link #ruleBooks()}.
   *
   * @param ruleBookKey a rule-book key, e.g. {@code EP2127-2025-KA122} or {@code PILOT2018-2018}
   * @return the new settings
   * @throws InvalidValueException if no rule book has this key
   */
  public EligibilitySettings withFallback(String ruleBookKey) {
    return withFallback(RuleBookChoice.byKey(ruleBooks, ruleBookKey));
  }

  /** {@return the rule books to choose from} */
  public RuleBooks ruleBooks() {
    return ruleBooks;
  }

  /** {@return the rule book for mobilities that name no edition, if set} */
  public Optional<RuleBook> fallback() {
    return Optional.ofNullable(fallback);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EligibilitySettings s
        && s.ruleBooks.equals(ruleBooks)
        && Objects.equals(s.fallback, fallback);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleBooks, fallback);
  }

  @Override
  public String toString() {
    return "EligibilitySettings{fallback=" + (fallback == null ? "none" : fallback.key()) + "}";
  }
}
