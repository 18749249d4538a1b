package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.internal.ValueStyle;
import io.github.vetmobility.rules.internal.FindingMessages;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One rule's word on a mobility or project: the rule, the severity, the property it concerns, a
 * message key with named arguments (numbers, dates, codes and a few words), an English default
 * message and its translations ({@link #message(Locale)}), the citation of the rule and how sure
 * the finding is.
 *
 * <p>Most findings say that a rule is broken ({@link Kind#BROKEN}). A rule that applies but could
 * not be checked is never passed over in silence: it yields a {@link Severity#WARNING} finding of
 * kind {@link Kind#UNKNOWN_FACT} (the edition's value is unknown) or {@link Kind#MISSING_INPUT}
 * (the mobility or project does not say what the rule needs), whose confidence is {@link
 * Confidence#UNKNOWN}.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding {
  Finding() {}

  /** Why a finding was made. */
  public enum Kind {
    /** The rule applies and is broken. */
    BROKEN,
    /** The rule applies but the edition's value it needs is unknown: it could not be checked. */
    UNKNOWN_FACT,
    /** The rule applies but an input it needs was not given: it could not be checked. */
    MISSING_INPUT
  }

  /** Message key of a rule that could not be checked because a fact is unknown. */
  public static final String UNKNOWN_FACT_KEY = "io.github.vetmobility.rules.unchecked.fact";

  /** Message key of a rule that could not be checked because an input is missing. */
  public static final String MISSING_INPUT_KEY = "io.github.vetmobility.rules.unchecked.input";

  private static final String UNKNOWN_FACT_TEMPLATE =
      "{rule} could not be checked: the value of {key} for {edition} is unknown";
  private static final String MISSING_INPUT_TEMPLATE =
      "{rule} could not be checked: {input} is not given";

  /** Returns the rule the finding is about. */
  public abstract Rule rule();

  /** Returns why the finding was made; {@link Kind#BROKEN} unless the rule could not be checked. */
  @Value.Default
  public Kind kind() {
    return Kind.BROKEN;
  }

  /** Returns whether the rule could not be checked (the finding is not a breach). */
  public boolean isUnchecked() {
    return kind() != Kind.BROKEN;
  }

  /**
   * Returns how sure the finding is: {@link Confidence#UNKNOWN} for a rule that could not be
   * checked; else the confidence of the value applied, or {@link Confidence#CONFIRMED} for a rule
   * of plain logic that applies no value (an activity cannot end before it starts).
   */
  public Confidence confidence() {
    return isUnchecked()
        ? Confidence.UNKNOWN
        : citation().confidence().orElse(Confidence.CONFIRMED);
  }

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

  /**
   * Returns the message key: {@link Rule#messageKey()} for a broken rule, {@link #UNKNOWN_FACT_KEY}
   * or {@link #MISSING_INPUT_KEY} for one that could not be checked.
   */
  public String messageKey() {
    switch (kind()) {
      case UNKNOWN_FACT:
        return UNKNOWN_FACT_KEY;
      case MISSING_INPUT:
        return MISSING_INPUT_KEY;
      default:
        return rule().messageKey();
    }
  }

  /**
   * Returns the named arguments of the message, in a stable order: numbers as {@code Integer},
   * {@code Long} or {@code java.math.BigDecimal}, everything else (dates, codes) as {@code String}.
   */
  public abstract Map<String, Object> arguments();

  /** Returns the English message: the rule's template with the arguments filled in. */
  @Value.Derived
  public String message() {
    return fill(englishTemplate(), Map.of());
  }

  /**
   * Returns the message in a locale's language: English, German, Spanish, French, Italian, Dutch,
   * Polish, Slovenian, Albanian, Macedonian or Serbian (these two in Cyrillic script); English for
   * any other language, whatever the JVM's default locale.
   *
   * <p>Arguments that are words (the {@code side} {@code sending} or {@code receiving}, a
   * participant {@code category}, a country {@code status}, the {@code travel} and {@code boundary}
   * of a rule, a list of statuses joined by "or") are translated too. Numbers, dates (ISO 8601,
   * {@code 2026-03-02}), codes (countries, activity types, rule ids, rule-book keys) and property
   * paths are written as {@link #arguments()} holds them, in every locale: they are identifiers a
   * reader can look up, and Bean Validation's message parameters show them the same way.
   *
   * @param locale the locale; only its language counts
   * @return the message
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public String message(Locale locale) {
    Map<String, String> texts = FindingMessages.of(Objects.requireNonNull(locale, "locale"));
    if (texts.isEmpty()) {
      return message();
    }
    // A key the locale's bundle lacks reads the English template, with its words still translated.
    String t = texts.get(messageKey());
    return fill(t != null ? t : englishTemplate(), texts);
  }

  private String englishTemplate() {
    switch (kind()) {
      case UNKNOWN_FACT:
        return UNKNOWN_FACT_TEMPLATE;
      case MISSING_INPUT:
        return MISSING_INPUT_TEMPLATE;
      default:
        return rule().messageTemplate();
    }
  }

  // The template with its {arguments} filled in; texts empty for English (no word translated).
  private String fill(String t, Map<String, String> texts) {
    StringBuilder sb = new StringBuilder(t.length() + 32);
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      int close = c == '{' ? t.indexOf('}', i) : -1;
      if (close > i) {
        String name = t.substring(i + 1, close);
        Object value = arguments().get(name);
        if (value == null) {
          sb.append('{').append(name).append('}');
        } else if (texts.isEmpty() || !(value instanceof String)) {
          sb.append(value);
        } else {
          appendWords(sb, name, (String) value, texts);
        }
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** The message key prefix of the translated words: {@code token.<argument>.<value>}. */
  private static final String TOKEN = "io.github.vetmobility.rules.token.";

  /** The argument that lists country statuses or numbers, joined by " or " in English. */
  private static final String LIST = "allowed";

  private static final String ENGLISH_OR = " or ";

  private static void appendWords(
      StringBuilder sb, String name, String value, Map<String, String> texts) {
    if (!name.equals(LIST)) {
      sb.append(texts.getOrDefault(TOKEN + name + '.' + tokenKey(value), value));
      return;
    }
    String or = ' ' + texts.getOrDefault("io.github.vetmobility.rules.list.or", "or") + ' ';
    String[] items = value.split(ENGLISH_OR, -1);
    for (int k = 0; k < items.length; k++) {
      sb.append(k == 0 ? "" : or);
      sb.append(texts.getOrDefault(TOKEN + "status." + tokenKey(items[k]), items[k]));
    }
  }

  // "(pilot, no key action)" -> "pilot_no_key_action": a word's value as a key segment.
  private static String tokenKey(String value) {
    StringBuilder k = new StringBuilder(value.length());
    boolean gap = false;
    for (int i = 0; i < value.length(); i++) {
      char c = Character.toLowerCase(value.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && k.length() > 0) {
          k.append('_');
        }
        k.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return k.toString();
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

  /**
   * Builds a {@link Finding}; rule, severity, field and citation are required, the kind is {@link
   * Kind#BROKEN} unless set.
   */
  public static final class Builder extends ImmutableFinding.Builder {}
}
