package io.github.vetmobility.compare;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.funding.GrantItem;
import io.github.vetmobility.funding.GrantLine;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.RuleBook;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The same mobility assessed under two rule books, and what changes from the first to the second:
 * the verdict, the findings that appear or go, and the grant category by category. Built to answer
 * "what would the 2018 pilot's Western Balkans flows be under call 2026 KA121?".
 *
 * <p>A project reference names one call: under a second book of another call or key action the
 * mobility is assessed without it (as a mobility of that call), so that the comparison shows the
 * rules and not the reference's mismatch. Immutable and thread-safe.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(mobility, books.get(Edition.of(Programme.PILOT_2018, 2018)),
 *     books.get(2026, KeyAction.KA121));
 * c.verdictChanged();   // e.g. true: ELIGIBLE_WITH_WARNINGS -> NOT_ELIGIBLE
 * c.newFindings();      // e.g. VET-FLOW-BENEFICIARY: the sending country is not associated
 * c.grantChanges();     // e.g. TRAVEL: unknown -> EUR 309.00
 * }</pre>
 */
public final class Comparison {
  private final Mobility mobility;
  private final Assessment before;
  private final Assessment after;
  private final Grant grantBefore;
  private final Grant grantAfter;
  private final List<Finding> newFindings;
  private final List<Finding> goneFindings;
  private final List<GrantChange> grantChanges;

  private Comparison(Mobility mobility, RuleBook from, RuleBook to, GrantCalculator grants) {
    this.mobility = mobility;
    this.before = from.assess(mobility);
    Mobility there = mobility;
    if (mobility.projectReference().isPresent()
        && (!to.edition().equals(from.edition()) || !to.action().equals(from.action()))) {
      there = Mobility.builder().from(mobility).projectReference(Optional.empty()).build();
    }
    this.after = to.assess(there);
    this.grantBefore =
        grants.grant(mobility, before, io.github.vetmobility.funding.GrantContext.NONE);
    this.grantAfter = grants.grant(there, after, io.github.vetmobility.funding.GrantContext.NONE);
    this.newFindings = minus(after.findings(), before.findings());
    this.goneFindings = minus(before.findings(), after.findings());
    List<GrantChange> changes = new ArrayList<>();
    for (GrantItem item : GrantItem.values()) {
      Optional<MoneyRange> a = amount(grantBefore, item);
      Optional<MoneyRange> b = amount(grantAfter, item);
      if (!a.equals(b)) {
        changes.add(new GrantChange(item, a, b));
      }
    }
    this.grantChanges = List.copyOf(changes);
  }

  /**
   * Compares a mobility under two rule books, with the built-in grant calculator.
   *
   * @param mobility the mobility
   * @param from the first rule book (e.g. the pilot's)
   * @param to the second rule book (e.g. call 2026 KA121)
   * @return the comparison
   * @throws InvalidValueException if an argument is missing
   */
  public static Comparison of(Mobility mobility, RuleBook from, RuleBook to) {
    return of(mobility, from, to, GrantCalculator.builtIn());
  }

  /**
   * Compares a mobility under two rule books.
   *
   * @param mobility the mobility
   * @param from the first rule book
   * @param to the second rule book
   * @param grants the grant calculator (with an integrator's rate tables, say)
   * @return the comparison
   * @throws InvalidValueException if an argument is missing
   */
  public static Comparison of(
      Mobility mobility, RuleBook from, RuleBook to, GrantCalculator grants) {
    InvalidValueException.requirePresent(mobility, "mobility");
    InvalidValueException.requirePresent(from, "from");
    InvalidValueException.requirePresent(to, "to");
    InvalidValueException.requirePresent(grants, "grants");
    return new Comparison(mobility, from, to, grants);
  }

  // Findings of the first list whose rule and kind the second list does not have.
  private static List<Finding> minus(List<Finding> a, List<Finding> b) {
    Set<String> keys = new LinkedHashSet<>();
    for (Finding f : b) {
      keys.add(f.ruleId() + "/" + f.kind());
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : a) {
      if (!keys.contains(f.ruleId() + "/" + f.kind())) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  // The category's sum as a range; zero without lines; empty when a line is unknown.
  private static Optional<MoneyRange> amount(Grant grant, GrantItem item) {
    MoneyRange sum = MoneyRange.exactly(Money.ZERO);
    for (GrantLine line : grant.lines(item)) {
      Optional<MoneyRange> r = line.range();
      if (r.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.plus(r.get());
    }
    return Optional.of(sum);
  }

  /** {@return the mobility compared} */
  public Mobility mobility() {
    return mobility;
  }

  /** {@return the assessment under the first rule book} */
  public Assessment before() {
    return before;
  }

  /** {@return the assessment under the second rule book} */
  public Assessment after() {
    return after;
  }

  /** {@return the grant under the first rule book (zero when not eligible there)} */
  public Grant grantBefore() {
    return grantBefore;
  }

  /** {@return the grant under the second rule book (zero when not eligible there)} */
  public Grant grantAfter() {
    return grantAfter;
  }

  /** {@return whether the verdict differs} */
  public boolean verdictChanged() {
    return before.verdict() != after.verdict();
  }

  /** {@return the findings under the second book whose rule (and kind) the first did not report} */
  public List<Finding> newFindings() {
    return newFindings;
  }

  /**
   * {@return the findings under the first book whose rule (and kind) the second does not report}
   */
  public List<Finding> goneFindings() {
    return goneFindings;
  }

  /** {@return the budget categories whose amount differs, in the order of {@link GrantItem}} */
  public List<GrantChange> grantChanges() {
    return grantChanges;
  }

  /** {@return the total grant before, as a range; empty when a line is unknown} */
  public Optional<MoneyRange> totalBefore() {
    return grantBefore.totalRange();
  }

  /** {@return the total grant after, as a range; empty when a line is unknown} */
  public Optional<MoneyRange> totalAfter() {
    return grantAfter.totalRange();
  }

  /** {@return whether anything changes: verdict, findings or grant} */
  public boolean changes() {
    return verdictChanged()
        || !newFindings.isEmpty()
        || !goneFindings.isEmpty()
        || !grantChanges.isEmpty();
  }

  /**
   * Returns the comparison as lines of text: the verdicts with the books' keys, each new and gone
   * finding, each grant change and the totals.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(256);
    sb.append(before.ruleBook().key())
        .append(' ')
        .append(before.verdict())
        .append(" -> ")
        .append(after.ruleBook().key())
        .append(' ')
        .append(after.verdict())
        .append(verdictChanged() ? " (verdict changes)" : " (same verdict)");
    for (Finding f : newFindings) {
      sb.append("\n  + ").append(f.severity()).append(' ').append(f.ruleId()).append(": ");
      sb.append(f.message());
    }
    for (Finding f : goneFindings) {
      sb.append("\n  - ").append(f.severity()).append(' ').append(f.ruleId()).append(": ");
      sb.append(f.message());
    }
    for (GrantChange c : grantChanges) {
      sb.append("\n  grant ").append(c);
    }
    sb.append("\n  grant total: ")
        .append(GrantChange.text(totalBefore()))
        .append(" -> ")
        .append(GrantChange.text(totalAfter()));
    return sb.toString();
  }
}
