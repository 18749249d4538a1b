package io.github.vetmobility.rules.internal;

import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The finding of a rule that applies but could not be checked: it names the edition's value that is
 * unknown or, when every value is known, the input that was not given. Not part of the API.
 */
public final class Unchecked {
  private Unchecked() {}

  // The edition's country lists: a rule that needs a country's status cannot be checked without.
  private static final List<String> COUNTRY_LISTS =
      List.of("countries.eu_member_state", "countries.associated_third_country");

  /**
   * Builds the finding of a rule that could not be checked.
   *
   * @param rule the rule
   * @param d the rule book's values
   * @param activity the activity type concerned, or {@code null} for a project-level rule
   * @param input the property path of the input that was not given, or {@code null} when the rule
   *     could not be checked for want of an edition's value
   * @return a warning of kind {@link Finding.Kind#UNKNOWN_FACT} or {@link
   *     Finding.Kind#MISSING_INPUT}
   */
  public static Finding finding(Rule rule, EditionData d, ActivityType activity, String input) {
    String cacheKey = rule.id() + '|' + (activity == null ? "" : activity.code()) + '|' + input;
    return d.unchecked(cacheKey, () -> build(rule, d, activity, input));
  }

  private static Finding build(Rule rule, EditionData d, ActivityType activity, String input) {
    List<String> keys = keys(rule, d, activity);
    String unknown = input != null ? null : unknownKey(keys, d);
    Finding.Builder b =
        Finding.builder()
            .rule(rule)
            .severity(Severity.WARNING)
            .putArguments("rule", rule.id())
            .putArguments("edition", d.edition().key());
    if (unknown != null) {
      return b.kind(Finding.Kind.UNKNOWN_FACT)
          .field(rule.field())
          .citation(d.citation("", unknown))
          .putArguments("key", unknown)
          .build();
    }
    String missing = input != null ? input : rule.field();
    return b.kind(Finding.Kind.MISSING_INPUT)
        .field(missing)
        .citation(
            d.citation("the rule needs an input that was not given", keys.toArray(new String[0])))
        .putArguments("input", missing)
        .build();
  }

  // The first of the rule's keys whose value is unknown for the call, then the country lists, then
  // a key the file does not state at all (the edition's data says nothing of it).
  private static String unknownKey(List<String> keys, EditionData d) {
    for (String k : keys) {
      if (d.isUnknown(k)) {
        return k;
      }
    }
    for (String k : COUNTRY_LISTS) {
      if (d.isUnknown(k)) {
        return k;
      }
    }
    for (String k : keys) {
      if (d.fact(k) == null) {
        return k;
      }
    }
    return null;
  }

  // The rule's keys for this edition: "*" in an activity key stands for the activity; other
  // wildcards (regions, countries) for every key of the file that matches.
  private static List<String> keys(Rule rule, EditionData d, ActivityType activity) {
    List<String> out = new ArrayList<>();
    for (String pattern : rule.keys()) {
      if (pattern.startsWith("activity.*.") && activity != null) {
        out.add("activity." + activity.code() + pattern.substring(10));
      } else if (pattern.indexOf('*') >= 0) {
        for (String k : d.file().facts().keySet()) {
          if (EditionData.matches(pattern, k)) {
            out.add(k);
          }
        }
      } else {
        out.add(pattern);
      }
    }
    return out;
  }
}
