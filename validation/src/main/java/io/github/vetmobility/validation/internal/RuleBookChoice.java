package io.github.vetmobility.validation.internal;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A rule book named in a constraint attribute or in the host's settings: either a rule-book key
 * ({@code EP2127-2025-KA122}, {@code PILOT2018-2018}) or a key action alone ({@code KA122}), which
 * stands for the latest call of that action not after today.
 */
public final class RuleBookChoice {
  private static final String EXPECTED =
      "a rule-book key such as EP2127-2025-KA122 or PILOT2018-2018, or a key action such as KA122";

  private final RuleBook fixed;
  private final KeyAction action;

  private RuleBookChoice(RuleBook fixed, KeyAction action) {
    this.fixed = fixed;
    this.action = action;
  }

  /**
   * Reads a constraint's {@code ruleBook} attribute.
   *
   * @param books the rule books to choose from
   * @param text the attribute; empty for none
   * @return the choice, or {@code null} if {@code text} is empty
   * @throws InvalidValueException if {@code text} names no rule book of {@code books}
   */
  public static RuleBookChoice parse(RuleBooks books, String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    if (s.indexOf('-') < 0) {
      KeyAction action;
      try {
        action = KeyAction.parse(s);
      } catch (InvalidValueException e) {
        throw new InvalidValueException("ruleBook", text, EXPECTED);
      }
      if (books.all().stream().noneMatch(b -> b.action().filter(action::equals).isPresent())) {
        throw new InvalidValueException("ruleBook", text, EXPECTED + "; no rule book has " + s);
      }
      return new RuleBookChoice(null, action);
    }
    return new RuleBookChoice(byKey(books, s), null);
  }

  /**
   * Returns the rule book with this key.
   *
   * @param books the rule books to look in
   * @param key the key, any case
   * @return the rule book
   * @throws InvalidValueException if none has this key
   */
  public static RuleBook byKey(RuleBooks books, String key) {
    InvalidValueException.requirePresent(key, "ruleBook");
    String k = key.strip().toUpperCase(Locale.ROOT);
    for (RuleBook b : books.all()) {
      if (b.key().equals(k)) {
        return b;
      }
    }
    throw new InvalidValueException("ruleBook", key, EXPECTED);
  }

  /**
   * Returns the rule book chosen, reading today's date from the clock when only a key action was
   * named.
   *
   * @param books the rule books to choose from
   * @param clock the validator's clock
   * @return the rule book, or {@code null} if the key action has no call up to today
   */
  public RuleBook ruleBook(RuleBooks books, Clock clock) {
    if (fixed != null) {
      return fixed;
    }
    int year = LocalDate.now(clock).getYear();
    RuleBook latest = null;
    for (RuleBook b : books.all()) {
      int call = b.edition().callYear();
      if (b.action().filter(action::equals).isPresent()
          && call <= year
          && (latest == null || call > latest.edition().callYear())) {
        latest = b;
      }
    }
    return latest;
  }
}
