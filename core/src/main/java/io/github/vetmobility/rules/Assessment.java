package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Edition;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of assessing a mobility or a project against one rule book: the verdict, the findings
 * (in rule order, then in the order of the mobilities) and the outcome of every rule. Immutable and
 * thread-safe.
 *
 * <p>{@link Outcome#NOT_EVALUATED} outcomes are not findings and do not change the verdict: check
 * {@link #isComplete()} to tell "eligible" from "eligible as far as the input tells".
 */
public final class Assessment {
  private static final Rule[] RULES = Rule.values();

  private final RuleBook ruleBook;
  private final List<Finding> findings;
  private final long passed;
  private final long failed;
  private final long notEvaluated;
  private final Verdict verdict;

  Assessment(
      RuleBook ruleBook, List<Finding> findings, long passed, long failed, long notEvaluated) {
    this.ruleBook = ruleBook;
    this.findings = findings;
    this.passed = passed;
    this.failed = failed;
    this.notEvaluated = notEvaluated;
    Verdict v = Verdict.ELIGIBLE;
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).severity() == Severity.ERROR) {
        v = Verdict.NOT_ELIGIBLE;
        break;
      }
      v = Verdict.ELIGIBLE_WITH_WARNINGS;
    }
    this.verdict = v;
  }

  /** Returns the verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** Returns whether the verdict is eligible, with or without warnings. */
  public boolean isEligible() {
    return verdict != Verdict.NOT_ELIGIBLE;
  }

  /** Returns the findings in a stable order (rule order; a project's own rules first). */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the edition whose rules were applied. */
  public Edition edition() {
    return ruleBook.edition();
  }

  /** Returns the rule book used. */
  public RuleBook ruleBook() {
    return ruleBook;
  }

  /**
   * Returns the outcome of a rule. For a project, a rule checked on several mobilities is {@code
   * FAILED} if it failed on one, else {@code NOT_EVALUATED} if it could not be checked on one, else
   * {@code PASSED} if it passed on one.
   *
   * @param rule the rule
   * @return its outcome
   */
  public Outcome outcome(Rule rule) {
    long bit = 1L << rule.ordinal();
    if ((failed & bit) != 0) {
      return Outcome.FAILED;
    }
    if ((notEvaluated & bit) != 0) {
      return Outcome.NOT_EVALUATED;
    }
    return (passed & bit) != 0 ? Outcome.PASSED : Outcome.NOT_APPLICABLE;
  }

  /**
   * Returns the rules with an outcome, in rule order.
   *
   * @param outcome the outcome
   * @return the rules
   */
  public List<Rule> rules(Outcome outcome) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : RULES) {
      if (outcome(r) == outcome) {
        out.add(r);
      }
    }
    return out;
  }

  /** Returns whether every rule that applies could be checked (no {@code NOT_EVALUATED}). */
  public boolean isComplete() {
    return notEvaluated == 0;
  }

  long passedBits() {
    return passed;
  }

  long failedBits() {
    return failed;
  }

  long notEvaluatedBits() {
    return notEvaluated;
  }

  @Override
  public String toString() {
    return verdict + " under " + ruleBook + (findings.isEmpty() ? "" : ": " + findings);
  }
}
