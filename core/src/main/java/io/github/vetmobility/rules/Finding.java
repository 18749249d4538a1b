package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.internal.BuilderStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One rule's word on a mobility or project: the rule, the severity, the property it concerns, a
 * message key with named arguments (numbers, dates and codes), an English default message, the
 * citation of the rule and how sure the finding is.
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
    String t =
        kind() == Kind.BROKEN
            ? rule().messageTemplate()
            : kind() == Kind.UNKNOWN_FACT ? UNKNOWN_FACT_TEMPLATE : MISSING_INPUT_TEMPLATE;
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
