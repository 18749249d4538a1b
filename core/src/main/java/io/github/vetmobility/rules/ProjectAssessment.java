package io.github.vetmobility.rules;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.internal.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What the project-level rules decide about a tallied project ({@link
 * RuleBook#assess(ProjectTally)}): the project's own findings, the findings that concern one of its
 * mobilities, and each participant's rank for organisational support. Immutable and thread-safe.
 *
 * <p>A finding that concerns one mobility has the field {@code mobilities[i]}, {@code i} being the
 * mobility's sequence number. Every participant after the KA122 maximum (by start date, then
 * sequence) carries VET-KA122-PARTICIPANTS; the project's assessment carries it once, with the
 * field {@code mobilities}.
 */
public final class ProjectAssessment {
  private final RuleBook book;
  private final Tally tally;
  private final Assessment assessment;
  private final List<Finding> projectFindings;
  private final Map<Integer, List<Finding>> byMobility;
  private final Finding capFinding;

  ProjectAssessment(RuleBook book, Tally tally, Assessment assessment) {
    this.book = book;
    this.tally = tally;
    this.assessment = assessment;
    List<Finding> own = new ArrayList<>();
    Map<Integer, List<Finding>> by = new HashMap<>();
    Finding cap = null;
    for (Finding f : assessment.findings()) {
      int i = sequenceOf(f);
      if (i >= 0) {
        by.computeIfAbsent(i, k -> new ArrayList<>(1)).add(f);
      } else {
        own.add(f);
        if (f.rule() == Rule.VET_KA122_PARTICIPANTS && f.severity() == Severity.ERROR) {
          cap = f;
        }
      }
    }
    this.projectFindings = List.copyOf(own);
    this.byMobility = by.isEmpty() ? Map.of() : by; // most projects: no finding on a mobility
    this.capFinding = cap;
  }

  /**
   * Returns the mobility's sequence number a finding names ({@code mobilities[i]...}), or -1 when
   * it names none.
   *
   * @param finding a finding of a project assessment
   * @return the sequence number, or -1
   */
  public static int sequenceOf(Finding finding) {
    String field = InvalidValueException.requirePresent(finding, "finding").field();
    if (!field.startsWith("mobilities[")) {
      return -1;
    }
    int end = field.indexOf(']');
    try {
      return end < 0 ? -1 : Integer.parseInt(field.substring("mobilities[".length(), end));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** {@return the rule book} */
  public RuleBook ruleBook() {
    return book;
  }

  /**
   * {@return the assessment of the project-level rules: every outcome, the findings of the project
   * and those that name one mobility}
   */
  public Assessment assessment() {
    return assessment;
  }

  /** {@return the findings that concern the project and none of its mobilities alone} */
  public List<Finding> projectFindings() {
    return projectFindings;
  }

  /**
   * Returns the project-level findings that concern one mobility, with the field {@code
   * mobilities[i]} of its sequence number.
   *
   * @param entry the mobility's entry, as added to the tally
   * @return the findings, in rule order; empty for most mobilities
   */
  public List<Finding> findings(ProjectTally.Entry entry) {
    InvalidValueException.requirePresent(entry, "entry");
    List<Finding> named = byMobility.getOrDefault(entry.sequence(), List.of());
    if (capFinding == null
        || !Tally.capCounts(entry.activity(), entry.category())
        || !tally.beyondCap(entry.key())) {
      return named;
    }
    List<Finding> all = new ArrayList<>(named.size() + 1);
    all.add(
        Finding.builder().from(capFinding).field("mobilities[" + entry.sequence() + "]").build());
    all.addAll(named);
    return List.copyOf(all);
  }

  /**
   * Assesses one mobility of the project: the mobility-level rules, and the project-level findings
   * that concern it (field {@code mobilities[i]}). A mobility that a project rule rejects (the 31st
   * participant of a KA122 project) is not eligible, and so earns no grant.
   *
   * @param mobility the mobility
   * @param entry its entry, as added to the tally
   * @return the assessment
   */
  public Assessment assess(Mobility mobility, ProjectTally.Entry entry) {
    Assessment own = book.assess(mobility);
    List<Finding> project = findings(entry);
    if (project.isEmpty()) {
      return own;
    }
    List<Finding> all = new ArrayList<>(own.findings().size() + project.size());
    all.addAll(own.findings());
    long passed = own.passedBits();
    long failed = own.failedBits();
    long notEvaluated = own.notEvaluatedBits();
    for (Finding f : project) {
      long bit = 1L << f.rule().ordinal();
      all.add(f);
      if (f.isUnchecked()) {
        notEvaluated |= bit;
      } else {
        failed |= bit;
        passed &= ~bit;
      }
    }
    return new Assessment(book, List.copyOf(all), passed, failed, notEvaluated, own.restsOn());
  }

  /**
   * Returns a participant's exact rank (1 = first) among the project's participants of the same
   * activity type (accompanying persons not counted), by start date then sequence, when it is
   * within the first 100; empty after the 100th or for an accompanying person.
   *
   * @param entry the mobility's entry, as added to the tally
   * @return the rank, or empty
   * @throws IllegalArgumentException if the entry was not added to the tally
   */
  public OptionalInt participantRank(ProjectTally.Entry entry) {
    InvalidValueException.requirePresent(entry, "entry");
    if (!Tally.ranked(entry.category())) {
      return OptionalInt.empty();
    }
    int rank = tally.rank(entry.activity(), entry.key());
    if (rank < 0) {
      throw new IllegalArgumentException(
          "mobility " + entry.sequence() + " of " + entry.startDate() + " was not tallied");
    }
    return rank > 0 ? OptionalInt.of(rank) : OptionalInt.empty();
  }

  /**
   * Returns whether a participant comes after the 100th of its activity type in the project (the
   * lower tier of organisational support).
   *
   * @param entry the mobility's entry, as added to the tally
   * @return {@code true} after the 100th; {@code false} within the first 100 or for an accompanying
   *     person
   */
  public boolean afterHundredth(ProjectTally.Entry entry) {
    return Tally.ranked(entry.category()) && participantRank(entry).isEmpty();
  }
}
