package io.github.vetmobility.examples.cli.check;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.distance.Distance;
import io.github.vetmobility.examples.cli.input.MappedRow;
import io.github.vetmobility.examples.cli.report.Finding;
import io.github.vetmobility.examples.cli.report.Grant;
import io.github.vetmobility.examples.cli.report.RowResult;
import io.github.vetmobility.examples.cli.report.Verdict;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a read row into its report: rows that could not be read or are out of scope get an input
 * finding; mobilities are assessed by the rule book of their edition, and their distance and grant
 * come from core. The checker computes no rule, distance or amount itself. Thread-safe.
 */
public final class RowChecker {
  /** The rule id of the finding on a row that cannot be read. */
  public static final String INPUT_INVALID = "INPUT-INVALID";

  /** The rule id of the finding on a row that is not a VET mobility. */
  public static final String INPUT_OUT_OF_SCOPE = "INPUT-OUT-OF-SCOPE";

  /** The rule id of the warning on a row whose distance cannot be known. */
  public static final String INPUT_DISTANCE = "INPUT-DISTANCE";

  private static final String NO_EDITION =
      "a project_reference or a call_year (or --call YEAR for the whole batch)";

  private final RuleBooks books;
  private final RuleBookChoice choice;
  private final RuleBook defaultBook;
  private final String rateTableName;

  private RowChecker(RuleBooks books, RuleBook defaultBook, String rateTableName) {
    this.books = books;
    this.choice = new RuleBookChoice(books);
    this.defaultBook = defaultBook;
    this.rateTableName = rateTableName;
  }

  /**
   * Creates a checker over the built-in rule books.
   *
   * @param defaultCall the call year or rule-book key of rows that name none, or {@code null}
   * @param rateTableName the name of the rate table given, or {@code null}
   * @return the checker
   * @throws InvalidValueException if {@code defaultCall} names no rule book
   */
  public static RowChecker create(String defaultCall, String rateTableName) {
    RuleBooks books = RuleBooks.builtIn();
    RuleBook defaultBook =
        defaultCall == null ? null : new RuleBookChoice(books).choose("--call", defaultCall);
    return new RowChecker(books, defaultBook, rateTableName);
  }

  /** Returns the name of the individual-support rate table given, or {@code null}. */
  public String rateTableName() {
    return rateTableName;
  }

  /**
   * Checks one row.
   *
   * @param row the row as read
   * @return its report
   */
  public RowResult check(MappedRow row) {
    switch (row.kind()) {
      case INVALID:
        return invalid(row, row.field(), row.message());
      case OUT_OF_SCOPE:
        return outOfScope(row, row.field(), row.message());
      default:
        return assess(row);
    }
  }

  private static RowResult invalid(MappedRow row, String field, String message) {
    return new RowResult(
        row.mobilityId(),
        row.line(),
        Verdict.INVALID_INPUT,
        null,
        List.of(new Finding(INPUT_INVALID, "ERROR", field, message, null)),
        null,
        null,
        null,
        null,
        null);
  }

  private static RowResult outOfScope(MappedRow row, String field, String message) {
    return new RowResult(
        row.mobilityId(),
        row.line(),
        Verdict.OUT_OF_SCOPE,
        null,
        List.of(new Finding(INPUT_OUT_OF_SCOPE, "INFO", field, message, null)),
        null,
        null,
        null,
        null,
        null);
  }

  private RowResult assess(MappedRow row) {
    Mobility mobility = row.mobility();
    RuleBook book;
    if (mobility.projectReference().isPresent()) {
      ProjectReference reference = mobility.projectReference().get();
      if (!isVetMobility(reference)) {
        return outOfScope(
            row,
            "project_reference",
            reference.keyAction()
                + reference.field().map(f -> "-" + f).orElse("")
                + " is not VET mobility (KA102, KA116, KA121-VET, KA122-VET)");
      }
      try {
        book = books.get(reference);
      } catch (InvalidValueException e) {
        return invalid(row, "project_reference", e.getMessage());
      }
    } else if (row.callYear().isPresent()) {
      try {
        book = choice.choose("call_year", row.callYear().get());
      } catch (InvalidValueException e) {
        return invalid(row, "call_year", describe(e));
      }
    } else if (defaultBook != null) {
      book = defaultBook;
    } else {
      return invalid(row, "call_year", "missing: the edition of the rules needs " + NO_EDITION);
    }

    Assessment assessment = book.assess(mobility);
    List<Finding> findings = new ArrayList<>(assessment.findings().size() + 1);
    for (io.github.vetmobility.rules.Finding f : assessment.findings()) {
      findings.add(
          new Finding(
              f.ruleId(), f.severity().name(), f.field(), f.message(), f.citation().toString()));
    }
    Verdict verdict = Verdict.valueOf(assessment.verdict().name());

    Double km = null;
    String band = null;
    try {
      Distance distance = Distance.of(mobility);
      km = distance.km();
      band = distance.band().label();
    } catch (InvalidValueException e) {
      // Eligibility stands without a distance; the grant's travel line does not: say so.
      findings.add(new Finding(INPUT_DISTANCE, "WARNING", e.field(), describe(e), null));
      if (verdict == Verdict.ELIGIBLE) {
        verdict = Verdict.ELIGIBLE_WITH_WARNINGS;
      }
    }
    Grant grant = null;
    return new RowResult(
        row.mobilityId(),
        row.line(),
        verdict,
        book.key(),
        findings,
        km,
        band,
        grant,
        mobility.sending().country(),
        mobility.receiving().country());
  }

  /**
   * Returns whether a project reference names a VET mobility action: KA102 or KA116 (2014-2020),
   * KA121-VET or KA122-VET (2021 on).
   *
   * @param reference the reference
   * @return {@code true} for VET mobility
   */
  public static boolean isVetMobility(ProjectReference reference) {
    KeyAction action = reference.keyAction();
    if (reference.isLegacyFormat()) {
      return action.equals(KeyAction.KA102) || action.equals(KeyAction.KA116);
    }
    return (action.equals(KeyAction.KA121) || action.equals(KeyAction.KA122))
        && reference.field().filter("VET"::equals).isPresent();
  }

  private static String describe(InvalidValueException e) {
    return (e.value() == null ? "missing" : "got '" + e.value() + "'")
        + ", expected "
        + e.expected();
  }
}
