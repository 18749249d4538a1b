package io.github.vetmobility.examples.cli.report;

import io.github.vetmobility.funding.GrantItem;
import io.github.vetmobility.funding.GrantLine;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The grant of one mobility as core's grant calculator gave it, seen by the reports: the exact sum
 * per budget category ({@code null} when a line of the category is a range or unknown), the exact
 * total ({@code null} unless every line is exact), the range of the total ({@code null} when a line
 * is unknown), and every line in core's payslip form ({@code GrantLine.toString()}). A mobility
 * that is not eligible earns nothing: its total is zero and its lines say what they would be. The
 * {@code jsonl} report writes {@link #engine()} with core's JSON form.
 *
 * @param engine core's grant
 */
public record Grant(io.github.vetmobility.funding.Grant engine) {
  /** The currency of every amount. */
  public static final String CURRENCY = "EUR";

  /** Returns travel, or {@code null} when not exact. */
  public Money travel() {
    return sum(GrantItem.TRAVEL);
  }

  /** Returns individual support, or {@code null} when not exact. */
  public Money individualSupport() {
    return sum(GrantItem.INDIVIDUAL_SUPPORT);
  }

  /** Returns organisational support, or {@code null} when not exact. */
  public Money organisationalSupport() {
    return sum(GrantItem.ORGANISATIONAL_SUPPORT);
  }

  /** Returns inclusion support, or {@code null} when not exact. */
  public Money inclusionSupport() {
    return sum(GrantItem.INCLUSION_SUPPORT);
  }

  /** Returns course fees, or {@code null} when not exact. */
  public Money courseFees() {
    return sum(GrantItem.COURSE_FEES);
  }

  /** Returns exceptional costs, or {@code null} when not exact. */
  public Money exceptionalCosts() {
    return sum(GrantItem.EXCEPTIONAL_COSTS);
  }

  /** Returns the exact total, or {@code null} when a line is a range or unknown. */
  public Money total() {
    return engine.total().orElse(null);
  }

  /** Returns the range of the total, or {@code null} when a line is unknown. */
  public MoneyRange totalRange() {
    return engine.totalRange().orElse(null);
  }

  /** Returns every line as core prints it. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(engine.lines().size());
    for (GrantLine line : engine.lines()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Returns the total in words: core's range text, or {@code unknown} with the reason. */
  public String totalText() {
    MoneyRange range = totalRange();
    return range == null ? "unknown (a line is unknown: see the lines)" : range.toString();
  }

  private Money sum(GrantItem item) {
    return engine.amount(item).orElse(null);
  }
}
