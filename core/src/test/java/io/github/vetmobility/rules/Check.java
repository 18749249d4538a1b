package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.project.Project;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on one rule's outcome, shared by the rule tests. */
final class Check {
  private Check() {}

  /**
   * Returns the findings of broken rules: a rule of the edition that could not be checked (an
   * unknown value) is a warning of its own, not a failure of the rule under test.
   */
  static List<Finding> broken(Assessment a) {
    return a.findings().stream().filter(f -> !f.isUnchecked()).collect(Collectors.toList());
  }

  /** Asserts the rule passes and nothing fails. */
  static Assessment passes(RuleBook book, Mobility m, Rule rule) {
    Assessment a = book.assess(m);
    assertThat(a.outcome(rule)).as("%s on %s: %s", rule, book, a).isEqualTo(Outcome.PASSED);
    assertThat(broken(a)).as("%s on %s", rule, book).isEmpty();
    return a;
  }

  /** Asserts the rule fails and is the only rule that fails. */
  static Finding failsAlone(RuleBook book, Mobility m, Rule rule) {
    Assessment a = book.assess(m);
    assertThat(a.outcome(rule)).as("%s on %s: %s", rule, book, a).isEqualTo(Outcome.FAILED);
    assertThat(broken(a)).extracting(Finding::rule).as("%s on %s", rule, book).containsOnly(rule);
    Finding f = broken(a).get(0);
    assertThat(f.citation().edition()).isEqualTo(book.edition());
    assertThat(f.message()).doesNotContain("{");
    return f;
  }

  /** Asserts the rule's outcome. */
  static Assessment outcome(RuleBook book, Mobility m, Rule rule, Outcome expected) {
    Assessment a = book.assess(m);
    assertThat(a.outcome(rule)).as("%s on %s: %s", rule, book, a).isEqualTo(expected);
    return a;
  }

  /** Asserts the project rule passes. */
  static Assessment passes(RuleBook book, Project p, Rule rule) {
    Assessment a = book.assess(p);
    assertThat(a.outcome(rule)).as("%s on %s: %s", rule, book, a).isEqualTo(Outcome.PASSED);
    assertThat(a.findings()).extracting(Finding::rule).doesNotContain(rule);
    return a;
  }

  /** Asserts the project rule fails (other rules may fail too) and returns its finding. */
  static Finding fails(RuleBook book, Project p, Rule rule) {
    Assessment a = book.assess(p);
    assertThat(a.outcome(rule)).as("%s on %s: %s", rule, book, a).isEqualTo(Outcome.FAILED);
    return broken(a).stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
  }
}
