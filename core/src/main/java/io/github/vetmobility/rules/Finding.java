package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.internal.BuilderStyle;
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
@BuilderStyle
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

  /** {@return the rule the finding is about} */
  public abstract Rule rule();

  /**
   * {@return why the finding was made; {@link Kind#BROKEN} unless the rule could not be checked}
   */
  @Value.Default
  public Kind kind() {
    return Kind.BROKEN;
  }

  /** {@return whether the rule could not be checked (the finding is not a breach)} */
  public boolean isUnchecked() {
    return kind() != Kind.BROKEN;
  }

  /**
   * {@return how sure the finding is: {@link Confidence#UNKNOWN} for a rule that could not be
   * checked; else the confidence of the value applied, or {@link Confidence#CONFIRMED} for a rule
   * of plain logic that applies no value (an activity cannot end before it starts)}
   */
  public Confidence confidence() {
    return isUnchecked()
        ? Confidence.UNKNOWN
        : citation().confidence().orElse(Confidence.CONFIRMED);
  }

  /** {@return the stable rule id, for example {@code VET-DURATION-MIN}} */
  public String ruleId() {
    return rule().id();
  }

  /** {@return the severity} */
  public abstract Severity severity();

  /**
   * {@return the property path concerned, relative to the assessed {@code Mobility} or {@code
   * Project}, for example {@code endDate}, {@code receiving.country} or {@code
   * mobilities[2].endDate}}
   */
  public abstract String field();

  /**
   * {@return the message key: {@link Rule#messageKey()} for a broken rule, {@link
   * #UNKNOWN_FACT_KEY} or {@link #MISSING_INPUT_KEY} for one that could not be checked}
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
   * {@return the named arguments of the message, in a stable order: numbers as {@code Integer},
   * {@code Long} or {@code java.math.BigDecimal}, everything else (dates, codes) as {@code String}}
   */
  public abstract Map<String, Object> arguments();

  /** {@return the English message: the rule's template with the arguments filled in} */
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

  /** {@return where the rule is written} */
  public abstract Citation citation();

  @Override
  public String toString() {
    return rule().id() + " " + severity() + " " + field() + ": " + message();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return ImmutableFinding.builder();
  }

  /**
   * Builds a {@link Finding}; rule, severity, field and citation are required; the kind is {@link
   * Kind#BROKEN} unless set. Get one from {@link Finding#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link Finding}: required and defaulted fields are replaced,
     * optional fields only when present, and the elements of its collections are added to those
     * set.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Finding instance);

    /**
     * Sets the rule the finding is about; required.
     *
     * @param rule the rule
     * @return this builder
     */
    public abstract Builder rule(Rule rule);

    /**
     * Sets why the finding was made. {@link Kind#BROKEN} unless set.
     *
     * @param kind the kind
     * @return this builder
     */
    public abstract Builder kind(Finding.Kind kind);

    /**
     * Sets the severity; required.
     *
     * @param severity the severity
     * @return this builder
     */
    public abstract Builder severity(Severity severity);

    /**
     * Sets the property path concerned, relative to the assessed {@code Mobility} or {@code
     * Project}; required. For example {@code endDate} or {@code mobilities[2].endDate}.
     *
     * @param field the property path
     * @return this builder
     */
    public abstract Builder field(String field);

    /**
     * Puts one of the named arguments of the message; an argument of the same name is replaced.
     *
     * @param key the argument name, as the message template writes it
     * @param value the value: a number as {@code Integer}, {@code Long} or {@code
     *     java.math.BigDecimal}, anything else (dates, codes) as {@code String}
     * @return this builder
     */
    public abstract Builder putArguments(String key, Object value);

    /**
     * Puts one of the named arguments of the message, given as a map entry; an argument of the same
     * name is replaced.
     *
     * @param entry the argument name and value
     * @return this builder
     */
    public abstract Builder putArguments(Map.Entry<String, ? extends Object> entry);

    /**
     * Sets the named arguments of the message, replacing those put before.
     *
     * @param entries the arguments by name; each value a number as {@code Integer}, {@code Long} or
     *     {@code java.math.BigDecimal}, anything else (dates, codes) as {@code String}
     * @return this builder
     */
    public abstract Builder arguments(Map<String, ? extends Object> entries);

    /**
     * Puts every entry of a map into the named arguments of the message; an argument of the same
     * name is replaced.
     *
     * @param entries the arguments by name
     * @return this builder
     */
    public abstract Builder putAllArguments(Map<String, ? extends Object> entries);

    /**
     * Sets where the rule is written; required.
     *
     * @param citation the citation
     * @return this builder
     */
    public abstract Builder citation(Citation citation);

    /**
     * Builds the {@link Finding}.
     *
     * @return the finding
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final Finding build() {
      return io.github.vetmobility.internal.Required.build("Finding", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract Finding buildValue();
  }
}
