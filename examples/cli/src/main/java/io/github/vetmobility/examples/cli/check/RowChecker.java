package io.github.vetmobility.examples.cli.check;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.distance.Distance;
import io.github.vetmobility.examples.cli.input.MappedRow;
import io.github.vetmobility.examples.cli.report.Finding;
import io.github.vetmobility.examples.cli.report.Grant;
import io.github.vetmobility.examples.cli.report.RowResult;
import io.github.vetmobility.examples.cli.report.Verdict;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.funding.GrantContext;
import io.github.vetmobility.funding.RateTable;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.ProjectAssessment;
import io.github.vetmobility.rules.ProjectTally;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a read row into its report: rows that could not be read or are out of scope get an input
 * finding; mobilities are assessed by the rule book of their edition, and their distance and grant
 * come from core (a mobility that is not eligible gets core's zero grant, whose lines say what they
 * would be). The checker computes no rule, distance or amount itself. Thread-safe.
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
  private final GrantCalculator calculator;
  private final String rateTableName;
  private final boolean strict;

  private RowChecker(
      RuleBooks books,
      RuleBook defaultBook,
      GrantCalculator calculator,
      String rateTableName,
      boolean strict) {
    this.strict = strict;
    this.books = books;
    this.choice = new RuleBookChoice(books);
    this.defaultBook = defaultBook;
    this.calculator = calculator;
    this.rateTableName = rateTableName;
  }

  /**
   * Creates a checker over the built-in rule books and funding data.
   *
   * @param defaultCall the call year or rule-book key of rows that name none, or {@code null}
   * @param rates a National Agency's rate table to use first, or {@code null}
   * @return the checker
   * @throws InvalidValueException if {@code defaultCall} names no rule book, or the rate table is
   *     malformed
   * @throws java.io.UncheckedIOException if the rate table cannot be read
   */
  public static RowChecker create(String defaultCall, Path rates) {
    return create(defaultCall, rates, List.of(), false);
  }

  /**
   * Creates a checker over the built-in rule books, an integrator's rule books and the funding
   * data.
   *
   * @param defaultCall the call year or rule-book key of rows that name none, or {@code null}
   * @param rates a National Agency's rate table to use first, or {@code null}
   * @param ruleFiles rule-book files whose books replace the built-in ones of the same edition
   * @param strict whether a rule that could not be checked is an error instead of a warning
   * @return the checker
   * @throws InvalidValueException if {@code defaultCall} names no rule book, or a rate table or
   *     rule book is malformed or leaves out keys (the message names them)
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static RowChecker create(
      String defaultCall, Path rates, List<Path> ruleFiles, boolean strict) {
    RuleBooks books = RuleBooks.builtIn();
    for (Path file : ruleFiles) {
      books = books.with(RuleBooks.load(file));
    }
    RuleBook defaultBook =
        defaultCall == null ? null : new RuleBookChoice(books).choose("--call", defaultCall);
    GrantCalculator calculator = GrantCalculator.builtIn();
    String name = null;
    if (rates != null) {
      RateTable table = RateTable.load(rates);
      calculator = calculator.withRateTable(table);
      name = table.name();
    }
    return new RowChecker(books, defaultBook, calculator, name, strict);
  }

  /** Returns whether a rule that could not be checked is an error instead of a warning. */
  boolean strict() {
    return strict;
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
    return check(row, -1, null);
  }

  /**
   * Checks one row of a batch whose projects were tallied: a row of a tallied project carries the
   * project-level findings that concern it and its rank for organisational support.
   *
   * @param row the row as read
   * @param sequence its sequence number (see {@link Projects})
   * @param projects the batch's projects, decided, or {@code null} to check the row alone
   * @return its report
   */
  public RowResult check(MappedRow row, int sequence, Projects projects) {
    switch (row.kind()) {
      case INVALID:
        return invalid(row, row.field(), row.message());
      case OUT_OF_SCOPE:
        return outOfScope(row, row.field(), row.message());
      default:
        return assess(row, sequence, projects);
    }
  }

  /**
   * Returns the rule book of a project, or {@code null} when the reference names no VET project
   * this checker knows (its rows are assessed alone).
   *
   * @param reference the project reference
   * @return the rule book, or {@code null}
   */
  RuleBook projectBook(ProjectReference reference) {
    if (!isVetMobility(reference)) {
      return null;
    }
    try {
      return books.get(reference);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  static Finding finding(io.github.vetmobility.rules.Finding f) {
    return finding(f, f.field());
  }

  static Finding finding(io.github.vetmobility.rules.Finding f, String field) {
    return new Finding(
        f.ruleId(),
        f.severity().name(),
        field,
        f.message(),
        f.citation().toString(),
        f.citation().citedSources());
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
        null,
        null,
        null);
  }

  private RowResult assess(MappedRow row, int sequence, Projects projects) {
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

    Projects.State project =
        projects == null || sequence < 0 ? null : projects.of(mobility, sequence);
    Assessment assessment;
    GrantContext context = GrantContext.NONE;
    if (project != null && project.decided().ruleBook() == book) {
      // The project decides too: its findings on this row, and the row's rank.
      ProjectTally.Entry entry = ProjectTally.Entry.of(sequence, mobility);
      ProjectAssessment decided = project.decided();
      assessment = decided.assess(mobility, entry);
      context = GrantContext.ranked(decided, entry).build();
      project.counted(!decided.findings(entry).isEmpty());
    } else {
      assessment = book.assess(mobility);
    }
    if (strict) {
      assessment = assessment.strict();
    }
    List<Finding> findings = new ArrayList<>(assessment.findings().size() + 1);
    for (io.github.vetmobility.rules.Finding f : assessment.findings()) {
      // A project's finding on this row concerns the row as a member of its project.
      findings.add(
          f.rule().level() == Rule.Level.PROJECT ? finding(f, "project_reference") : finding(f));
    }
    Verdict verdict = verdict(assessment.verdict());

    Double km = null;
    String band = null;
    Grant grant = null;
    String rateTable = null;
    // Every assessed mobility gets core's grant; one that is not eligible earns nothing, and its
    // lines say what they would be (see core's Grant).
    io.github.vetmobility.funding.Grant g = calculator.grant(mobility, assessment, context);
    grant = new Grant(g);
    rateTable = g.rateTable().orElse(null);
    if (g.distance().isPresent()) {
      km = g.distance().get().km();
      band = g.distance().get().band().label();
    }
    if (km == null) {
      // Eligibility stands without a distance, the travel grant does not: say why it is missing.
      try {
        Distance distance = Distance.of(mobility);
        km = distance.km();
        band = distance.band().label();
      } catch (InvalidValueException e) {
        findings.add(new Finding(INPUT_DISTANCE, "WARNING", e.field(), describe(e), null));
        if (verdict == Verdict.ELIGIBLE) {
          verdict = Verdict.ELIGIBLE_WITH_WARNINGS;
        }
      }
    }
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
        mobility.receiving().country(),
        rateTable,
        assessment.confidence().key());
  }

  private static Verdict verdict(io.github.vetmobility.rules.Verdict v) {
    switch (v) {
      case ELIGIBLE:
        return Verdict.ELIGIBLE;
      case ELIGIBLE_WITH_WARNINGS:
        return Verdict.ELIGIBLE_WITH_WARNINGS;
      case NOT_ELIGIBLE:
        return Verdict.NOT_ELIGIBLE;
      default:
        throw new IllegalStateException("a verdict the report does not know: " + v);
    }
  }

  /**
   * Returns core's grant of a mobility under a rule book, with every line's rule, explanation and
   * citation (the report keeps only the sums per category).
   *
   * @param mobility the mobility
   * @param bookKey the rule book's key, as in {@link RowResult#edition()}
   * @return the grant
   */
  public io.github.vetmobility.funding.Grant grant(Mobility mobility, String bookKey) {
    return calculator.grant(mobility, choice.choose("edition", bookKey), GrantContext.NONE);
  }

  /**
   * Returns the rule book a text names: a call year or a rule-book key (as {@code --call}).
   *
   * @param field the option name used in the error
   * @param text the call year or key
   * @return the rule book
   * @throws InvalidValueException if the text names none
   */
  public RuleBook book(String field, String text) {
    return choice.choose(field, text);
  }

  /**
   * Compares a row under its own rule book and under another, for {@code check --compare}: the
   * verdicts, the findings that appear or go and the grant changes, as core's {@link
   * io.github.vetmobility.compare.Comparison} prints them; or why the row was not compared.
   *
   * @param row the mapped row
   * @param to the rule book to compare with
   * @return the lines of text for the row, headed by its line number and mobility id
   */
  public String compare(MappedRow row, RuleBook to) {
    String head =
        "line " + row.line() + (row.mobilityId() == null ? "" : " (" + row.mobilityId() + ")");
    if (row.kind() != MappedRow.Kind.MOBILITY) {
      return head + ": not compared: " + row.field() + ": " + row.message();
    }
    Mobility mobility = row.mobility();
    RuleBook book;
    try {
      if (mobility.projectReference().isPresent()) {
        ProjectReference reference = mobility.projectReference().get();
        if (!isVetMobility(reference)) {
          return head + ": not compared: not VET mobility (" + reference.keyAction() + ")";
        }
        book = books.get(reference);
      } else if (row.callYear().isPresent()) {
        book = choice.choose("call_year", row.callYear().get());
      } else if (defaultBook != null) {
        book = defaultBook;
      } else {
        return head + ": not compared: the edition of the rules needs " + NO_EDITION;
      }
    } catch (InvalidValueException e) {
      return head + ": not compared: " + describe(e);
    }
    io.github.vetmobility.compare.Comparison c =
        io.github.vetmobility.compare.Comparison.of(mobility, book, to, calculator);
    return head + ": " + c.toString().replace("\n", "\n  ");
  }

  /**
   * Returns whether a project reference names a VET mobility action: KA102 or KA116 (2014-2020),
   * KA121-VET or KA122-VET (2021 on).
   *
   * @param reference the reference
   * @return {@code true} for VET mobility
   */
  public static boolean isVetMobility(ProjectReference reference) {
    return reference.isVetMobility();
  }

  private static String describe(InvalidValueException e) {
    return (e.value() == null ? "missing" : "got '" + e.value() + "'")
        + ", expected "
        + e.expected();
  }
}
