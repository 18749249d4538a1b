package io.github.vetmobility.rules;

import io.github.vetmobility.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One rule's word on a mobility or project that breaks it: the rule, the severity, the property it
 * concerns, a message key with named arguments (numbers, dates and codes), an English default
 * message and the citation of the rule.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding {
  Finding() {}

  /** Returns the rule that failed. */
  public abstract Rule rule();

  /** Returns the stable rule id, e.g. {@code VET-DURATION-MIN}. */
  public String ruleId() {
    return rule().id();
  }

  /** Returns the severity. */
  public abstract Severity severity();

  /**
   * Returns the property path concerned, relative to the assessed {@code Mobility} or {@code
   * Project}, e.g. {@code endDate}, {@code receiving.country} or {@code mobilities[2].endDate}.
   */
  public abstract String field();

  /** Returns the message key, the same as {@link Rule#messageKey()}. */
  public String messageKey() {
    return rule().messageKey();
  }

  /**
   * Returns the named arguments of the message, in a stable order: numbers as {@code Integer},
   * {@code Long} or {@code java.math.BigDecimal}, everything else (dates, codes) as {@code String}.
   */
  public abstract Map<String, Object> arguments();

  /** Returns the English message: the rule's template with the arguments filled in. */
  @Value.Derived
  public String message() {
    String t = rule().messageTemplate();
    StringBuilder sb = new StringBuilder(t.length() + 32);
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      int close = c == '{' ? t.indexOf('}', i) : -1;
      if (close > i) {
        String name = t.substring(i + 1, close);
        Object value = arguments().get(name);
        sb.append(value == null ? "{" + name + "}" : String.valueOf(value));
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** Returns where the rule is written. */
  public abstract Citation citation();

  @Override
  public String toString() {
    return rule().id() + " " + severity() + " " + field() + ": " + message();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; rule, severity, field and citation are required. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
