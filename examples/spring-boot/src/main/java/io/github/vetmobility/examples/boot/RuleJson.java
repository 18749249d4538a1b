package io.github.vetmobility.examples.boot;

import io.github.vetmobility.rules.Rule;

/**
 * One entry of {@code GET /rules}: a rule of the catalogue, as core describes it. The numbers of
 * each edition are in the rule books (and in {@code core/RULES.md}).
 *
 * @param id the stable id, e.g. {@code VET-DURATION-MIN}
 * @param level {@code MOBILITY} or {@code PROJECT}
 * @param severity the usual severity of a failure
 * @param field the property it usually concerns, e.g. {@code endDate}
 * @param description what it checks, in English
 */
public record RuleJson(
    String id, Rule.Level level, String severity, String field, String description) {

  static RuleJson of(Rule rule) {
    return new RuleJson(
        rule.id(), rule.level(), rule.severity().name(), rule.field(), rule.description());
  }
}
