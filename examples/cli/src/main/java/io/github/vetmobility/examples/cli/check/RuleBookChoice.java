package io.github.vetmobility.examples.cli.check;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the rule book of a row that has no project reference, from a {@code call_year} cell or
 * the {@code --call} option: a call year (2014-2020: KA102 rules; 2021 on: KA122 rules, the
 * short-term projects open to any organisation), or a rule-book key such as {@code
 * EP2127-2024-KA121}, {@code EP1420-2019-KA116} or {@code PILOT2018-2018}. Thread-safe.
 */
public final class RuleBookChoice {
  private static final int LAST_LEGACY_CALL = 2020;

  private final RuleBooks books;
  private final ConcurrentHashMap<String, RuleBook> chosen = new ConcurrentHashMap<>();

  /**
   * Creates the choice over a set of rule books.
   *
   * @param books the rule books
   */
  public RuleBookChoice(RuleBooks books) {
    this.books = books;
  }

  /**
   * Returns the rule book a text names.
   *
   * @param field the column or option name used in the error
   * @param text a call year or a rule-book key
   * @return the rule book
   * @throws InvalidValueException if the text names none
   */
  public RuleBook choose(String field, String text) {
    RuleBook book = chosen.get(text);
    if (book == null) {
      book = find(field, text);
      if (chosen.size() < 1024) {
        chosen.put(text, book);
      }
    }
    return book;
  }

  private RuleBook find(String field, String text) {
    String s = text.strip().toUpperCase(Locale.ROOT);
    if (s.length() == 4 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int year = Integer.parseInt(s);
      KeyAction action = year <= LAST_LEGACY_CALL ? KeyAction.KA102 : KeyAction.KA122;
      return books
          .find(year, action)
          .orElseThrow(
              () -> new InvalidValueException(field, text, "a call year with rules: " + keys()));
    }
    for (RuleBook b : books.all()) {
      if (b.key().equalsIgnoreCase(s)) {
        return b;
      }
    }
    throw new InvalidValueException(
        field, text, "a call year, or a rule-book key such as EP2127-2024-KA121 (" + keys() + ")");
  }

  private String keys() {
    RuleBook first = books.all().get(0);
    RuleBook last = books.all().get(books.all().size() - 1);
    return first.key() + " ... " + last.key() + "; `vetmobility-cli rules --books` lists them";
  }
}
