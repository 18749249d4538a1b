package io.github.vetmobility.rules.internal;

import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.rules.Citation;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Outcome;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.Severity;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * One rule applied to one mobility. {@link #test} must not allocate (it runs for every mobility);
 * {@link #explain} builds the finding and runs only when the test failed. Not part of the API.
 */
public abstract class MobilityCheck {
  private final Rule rule;

  /**
   * Creates the check of a rule.
   *
   * @param rule the rule checked
   */
  protected MobilityCheck(Rule rule) {
    this.rule = rule;
  }

  /** Returns the rule checked. */
  public final Rule rule() {
    return rule;
  }

  /**
   * Applies the rule.
   *
   * @param m the mobility
   * @param d the rule book's values
   * @return the outcome
   */
  public abstract Outcome test(Mobility m, EditionData d);

  /**
   * Explains a failure.
   *
   * @param m the mobility, for which {@link #test} returned {@link Outcome#FAILED}
   * @param d the rule book's values
   * @return the finding
   */
  public abstract Finding explain(Mobility m, EditionData d);

  /**
   * Explains why the rule could not be checked: the edition's value that is unknown or, when all
   * are known, the input that was not given.
   *
   * @param m the mobility, for which {@link #test} returned {@link Outcome#NOT_EVALUATED}
   * @param d the rule book's values
   * @return a warning finding
   */
  public final Finding unchecked(Mobility m, EditionData d) {
    return Unchecked.finding(rule, d, m.activityType(), input(m));
  }

  /**
   * Returns the property path of the input whose absence kept the rule from being checked, or
   * {@code null} when an edition's value was missing instead (the default).
   */
  protected String input(Mobility m) {
    return null;
  }

  /** Builds a finding of this rule with its usual severity and field. */
  protected final Finding finding(Citation citation, Object... namesAndValues) {
    return finding(rule.severity(), rule.field(), citation, namesAndValues);
  }

  /** Builds a finding of this rule. */
  protected final Finding finding(
      Severity severity, String field, Citation citation, Object... namesAndValues) {
    Finding.Builder b =
        Finding.builder().rule(rule).severity(severity).field(field).citation(citation);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.putArguments((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  /** Returns PASSED or FAILED. */
  protected static Outcome passIf(boolean ok) {
    return ok ? Outcome.PASSED : Outcome.FAILED;
  }

  /** Returns whether the activity brings participants to the beneficiary (experts, teachers). */
  protected static boolean incoming(Mobility m) {
    return m.activityType().kind() == ActivityType.Kind.INCOMING;
  }

  /** Returns the organisation on the beneficiary's side: receiving for incoming activities. */
  protected static Organisation beneficiarySide(Mobility m) {
    return incoming(m) ? m.receiving() : m.sending();
  }

  /** Returns the name of the beneficiary side: {@code sending} or {@code receiving}. */
  protected static String side(Mobility m) {
    return incoming(m) ? "receiving" : "sending";
  }

  /** Returns whether the activity type is offered (neither refused nor missing). */
  protected static boolean offered(Mobility m, EditionData d) {
    byte a = d.available(m.activityType());
    return a == EditionData.T_YES || a == EditionData.T_UNKNOWN;
  }

  /** Returns the outcome for a yes/no switch that is absent or unknown, else {@code null}. */
  protected static Outcome unset(byte yesNo) {
    if (yesNo == EditionData.T_ABSENT) {
      return Outcome.NOT_APPLICABLE;
    }
    return yesNo == EditionData.T_UNKNOWN ? Outcome.NOT_EVALUATED : null;
  }

  /** Returns the outcome for a number that is absent or unknown, else {@code null}. */
  protected static Outcome unset(int number) {
    if (number == EditionData.ABSENT) {
      return Outcome.NOT_APPLICABLE;
    }
    return number == EditionData.UNKNOWN ? Outcome.NOT_EVALUATED : null;
  }

  /**
   * Returns whether {@code day} is after the day {@code months} months after {@code from} (the
   * month's last day when it is shorter), without allocating.
   */
  public static boolean isAfterMonths(LocalDate day, LocalDate from, int months) {
    long index = from.getYear() * 12L + from.getMonthValue() - 1 + months;
    int year = (int) Math.floorDiv(index, 12);
    int month = (int) Math.floorMod(index, 12) + 1;
    int dom = Math.min(from.getDayOfMonth(), Month.of(month).length(Year.isLeap(year)));
    if (day.getYear() != year) {
      return day.getYear() > year;
    }
    if (day.getMonthValue() != month) {
      return day.getMonthValue() > month;
    }
    return day.getDayOfMonth() > dom;
  }
}
