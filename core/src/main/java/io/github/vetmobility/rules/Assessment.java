package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of assessing a mobility or a project against one rule book: the verdict, the findings
 * (in rule order, then in the order of the mobilities) and the outcome of every rule. Immutable and
 * thread-safe.
 *
 * <p>A rule that applies but could not be checked ({@link Outcome#NOT_EVALUATED}) is never silent:
 * it is a warning finding that names the unknown value or the missing input ({@link
 * Finding#isUnchecked()}), so the verdict is at best {@link Verdict#ELIGIBLE_WITH_WARNINGS}. {@link
 * #strict()} turns those warnings into errors.
 *
 * <p>{@link #confidence()} says how sure the verdict is: the weakest confidence of the facts it
 * rests on.
 */
public final class Assessment {
  private static final Rule[] RULES = Rule.values();

  private final RuleBook ruleBook;
  private final List<Finding> findings;
  private final long passed;
  private final long failed;
  private final long notEvaluated;
  private final Verdict verdict;
  // The weakest confidence of the facts of the passed rules; findings add their own.
  private final Confidence restsOn;
  private final Confidence confidence;

  Assessment(
      RuleBook ruleBook,
      List<Finding> findings,
      long passed,
      long failed,
      long notEvaluated,
      Confidence restsOn) {
    this.ruleBook = ruleBook;
    this.findings = findings;
    this.passed = passed;
    this.failed = failed;
    this.notEvaluated = notEvaluated;
    this.restsOn = restsOn;
    // Not eligible: one error is enough, so the surest error decides. Otherwise every rule that
    // applied counts, and a rule that could not be checked makes the answer unknown.
    Confidence surestError = null;
    Confidence weakest = restsOn;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      weakest = weakest.weaker(f.confidence());
      if (f.severity() == Severity.ERROR) {
        surestError = surestError == null ? f.confidence() : surestError.stronger(f.confidence());
      }
    }
    this.confidence = surestError != null ? surestError : weakest;
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

  /** {@return the verdict} */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * {@return how sure the verdict is} For {@link Verdict#NOT_ELIGIBLE}, the strongest confidence
   * among the error findings (one error suffices); otherwise the weakest confidence of the facts of
   * every rule that applied and of every finding, so {@link Confidence#UNKNOWN} when a rule could
   * not be checked. A rule of plain logic counts as confirmed.
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * {@return the findings of the rules that could not be checked (warnings, or errors after {@link
   * #strict()})}
   */
  public List<Finding> unchecked() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.isUnchecked()) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Returns this assessment with every rule that could not be checked made an error, for users who
   * accept only what was checked: the verdict is then {@link Verdict#NOT_ELIGIBLE} unless every
   * rule that applies was checked.
   *
   * @return the strict assessment; {@code this} when every rule that applies was checked
   */
  public Assessment strict() {
    if (notEvaluated == 0 && findings.stream().noneMatch(Finding::isUnchecked)) {
      return this;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(f.isUnchecked() ? Finding.builder().from(f).severity(Severity.ERROR).build() : f);
    }
    return new Assessment(ruleBook, List.copyOf(out), passed, failed, notEvaluated, restsOn);
  }

  /** {@return whether the verdict is eligible, with or without warnings} */
  public boolean isEligible() {
    return verdict != Verdict.NOT_ELIGIBLE;
  }

  /** {@return the findings in a stable order (rule order; a project's own rules first)} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return the edition whose rules were applied} */
  public Edition edition() {
    return ruleBook.edition();
  }

  /** {@return the rule book used} */
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

  /**
   * {@return whether every rule that applies could be checked (no {@code NOT_EVALUATED}, hence no
   * unchecked finding)}
   */
  public boolean isComplete() {
    return notEvaluated == 0;
  }

  Confidence restsOn() {
    return restsOn;
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
    return verdict
        + " ("
        + confidence.name().toLowerCase(java.util.Locale.ROOT)
        + ") under "
        + ruleBook
        + (findings.isEmpty() ? "" : ": " + findings);
  }
}
