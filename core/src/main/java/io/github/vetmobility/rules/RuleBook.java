package io.github.vetmobility.rules;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.internal.EditionData;
import io.github.vetmobility.rules.internal.MobilityCheck;
import io.github.vetmobility.rules.internal.MobilityChecks;
import io.github.vetmobility.rules.internal.ProgrammeFile;
import io.github.vetmobility.rules.internal.ProjectChecks;
import io.github.vetmobility.rules.internal.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rules of one edition for one key action, for example Erasmus+ call 2025, KA122-VET; for the
 * pilot schemes, which have no key action, the rules of the pilot. Obtain one from {@link
 * RuleBooks}. Immutable and thread-safe.
 *
 * <p>Every number a rule uses comes from the rule book's data file, with its source and confidence
 * ({@link #facts()}). Assessing a mobility never throws for a mobility that breaks rules: breaches
 * are {@link Finding findings}.
 */
public final class RuleBook {
  private static final MobilityCheck[] CHECKS = MobilityChecks.all();
  private static final long[] BITS = new long[CHECKS.length];

  static {
    for (int i = 0; i < CHECKS.length; i++) {
      BITS[i] = 1L << CHECKS[i].rule().ordinal();
    }
  }

  private final ProgrammeFile file;
  private final Edition edition;
  private final KeyAction action;
  // Resolved on first use: a file holds a book per call and action, and a batch of 2025 rows
  // needs one of them (resolving all of them was most of the engine's start-up).
  private volatile EditionData data;
  // Computed once: reports name the rule book on every row.
  private final String key;

  // The last result without findings, shared when the next one has the same outcomes, so that an
  // eligible assessment allocates nothing. Assessments are immutable: a stale read is harmless.
  private volatile Assessment lastClean;

  RuleBook(ProgrammeFile file, int callYear, KeyAction action) {
    this.file = file;
    this.edition = Edition.of(file.programme(), callYear);
    this.action = action;
    this.key = action == null ? edition.key() : edition.key() + "-" + action.code();
  }

  EditionData data() {
    EditionData d = data;
    if (d == null) {
      synchronized (this) {
        d = data;
        if (d == null) {
          d = new EditionData(file, edition.callYear(), action);
          data = d;
        }
      }
    }
    return d;
  }

  ProgrammeFile file() {
    return file;
  }

  KeyAction actionOrNull() {
    return action;
  }

  /** {@return the edition (programme and call year)} */
  public Edition edition() {
    return edition;
  }

  /** {@return the key action, for example {@code KA122}; empty for the pilot schemes} */
  public Optional<KeyAction> action() {
    return Optional.ofNullable(action);
  }

  /** {@return the key, for example {@code EP2127-2025-KA122} or {@code PILOT2018-2018}} */
  public String key() {
    return key;
  }

  /** {@return the name of the data file the rule book was read from} */
  public String fileName() {
    return file.name();
  }

  /**
   * Returns the status of a country under this edition. Overseas countries and territories and
   * outermost regions take the status of their Member State; a country the edition's lists do not
   * name is a third country not associated; {@link CountryStatus#UNKNOWN} when the edition's lists
   * are unknown.
   *
   * @param country the country
   * @return its status
   * @throws InvalidValueException if {@code country} is {@code null}
   */
  public CountryStatus countryStatus(CountryCode country) {
    return data().status(InvalidValueException.requirePresent(country, "country"));
  }

  /**
   * Returns the region of a third country not associated to the programme (1 = Western Balkans, 2 =
   * Neighbourhood East, 4 = Russia, 13, 14, ...), where the edition's data gives it.
   *
   * @param country the country
   * @return the region number, or empty when not known or not applicable
   * @throws InvalidValueException if {@code country} is {@code null}
   */
  public OptionalInt region(CountryCode country) {
    int r = data().region(InvalidValueException.requirePresent(country, "country"));
    return r == 0 ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * Assesses one mobility against the mobility-level rules. The mobility's project reference, if
   * any, is checked against this rule book (VET-REFERENCE-EDITION) but does not select it: use
   * {@link RuleBooks#forMobility(Mobility)} for that.
   *
   * @param mobility the mobility
   * @return the assessment
   * @throws InvalidValueException if {@code mobility} is {@code null}
   */
  public Assessment assess(Mobility mobility) {
    InvalidValueException.requirePresent(mobility, "mobility");
    EditionData data = data();
    ActivityType activity = mobility.activityType();
    long passed = 0;
    long failed = 0;
    long notEvaluated = 0;
    // Overseas territories and regions: the answer rests on the list that names them too.
    Confidence restsOn =
        data.countryConfidence(mobility.sending().country())
            .weaker(data.countryConfidence(mobility.receiving().country()));
    List<Finding> findings = null;
    for (int i = 0; i < CHECKS.length; i++) {
      // A switch, so that a check that returns no outcome fails here instead of passing unseen.
      switch (CHECKS[i].test(mobility, data)) {
        case PASSED -> {
          passed |= BITS[i];
          restsOn = restsOn.weaker(data.confidence(CHECKS[i].rule(), activity));
        }
        case FAILED -> {
          failed |= BITS[i];
          if (findings == null) {
            findings = new ArrayList<>(4);
          }
          findings.add(CHECKS[i].explain(mobility, data));
        }
        case NOT_EVALUATED -> {
          // Never silent: a rule that could not be checked is a warning that says why.
          notEvaluated |= BITS[i];
          if (findings == null) {
            findings = new ArrayList<>(4);
          }
          findings.add(CHECKS[i].unchecked(mobility, data));
        }
        case NOT_APPLICABLE -> {
          // no bit
        }
      }
    }
    if (findings == null) {
      Assessment last = lastClean;
      if (last != null && last.passedBits() == passed && last.confidence() == restsOn) {
        return last;
      }
      last = new Assessment(this, List.of(), passed, 0, 0, restsOn);
      lastClean = last;
      return last;
    }
    return new Assessment(this, List.copyOf(findings), passed, failed, notEvaluated, restsOn);
  }

  /**
   * Assesses a project: the project-level rules, then every mobility with the mobility-level rules
   * (their findings' fields start with {@code mobilities[i].}). Participants are ranked by start
   * date, then by the order of {@link Project#mobilities()}: every participant after the KA122
   * maximum carries VET-KA122-PARTICIPANTS (field {@code mobilities[i]}).
   *
   * @param project the project
   * @return the assessment
   * @throws InvalidValueException if {@code project} is {@code null}
   */
  public Assessment assess(Project project) {
    InvalidValueException.requirePresent(project, "project");
    // The project's list is in memory already: every hosting organisation is remembered.
    ProjectTally tally = new ProjectTally(this, project, Integer.MAX_VALUE);
    ProjectAssessment decided = assess(tally);
    Assessment rules = decided.assessment();
    List<Finding> findings = new ArrayList<>();
    List<Mobility> mobilities = project.mobilities();
    for (Finding f : rules.findings()) {
      if (f.rule() == Rule.VET_KA122_PARTICIPANTS && f.severity() == Severity.ERROR) {
        // In place of the project's finding, one on each participant after the maximum.
        for (int i = 0; i < mobilities.size(); i++) {
          for (Finding g : decided.findings(ProjectTally.Entry.of(i, mobilities.get(i)))) {
            if (g.rule() == Rule.VET_KA122_PARTICIPANTS) {
              findings.add(g);
            }
          }
        }
      } else {
        findings.add(f);
      }
    }
    long passed = rules.passedBits();
    long failed = rules.failedBits();
    long notEvaluated = rules.notEvaluatedBits();
    Confidence restsOn = rules.restsOn();
    for (int i = 0; i < mobilities.size(); i++) {
      Assessment a = assess(mobilities.get(i));
      passed |= a.passedBits();
      failed |= a.failedBits();
      notEvaluated |= a.notEvaluatedBits();
      restsOn = restsOn.weaker(a.restsOn());
      for (Finding f : a.findings()) {
        findings.add(Finding.builder().from(f).field("mobilities[" + i + "]." + f.field()).build());
      }
    }
    return new Assessment(this, List.copyOf(findings), passed, failed, notEvaluated, restsOn);
  }

  /**
   * Starts a tally of a project for this rule book: a project whose mobilities are added one at a
   * time, for batches too large to hold (see {@link ProjectTally}). The project's listed
   * mobilities, if any, are added first, with the sequence numbers 0, 1, ...
   *
   * @param project the project: reference, beneficiary, dates, grants
   * @return the tally
   * @throws InvalidValueException if {@code project} is {@code null}
   */
  public ProjectTally tally(Project project) {
    InvalidValueException.requirePresent(project, "project");
    return new ProjectTally(this, project, ProjectTally.OTHER_HOSTS);
  }

  /**
   * Runs the project-level rules on a tallied project; no more mobilities can be added to it
   * afterwards. The mobilities themselves are assessed one by one with {@link
   * ProjectAssessment#assess(Mobility, ProjectTally.Entry)}, which adds the project's findings that
   * concern them.
   *
   * @param tally the tally, made by this rule book
   * @return what the project-level rules decide
   * @throws InvalidValueException if {@code tally} is {@code null} or was made by another rule book
   */
  public ProjectAssessment assess(ProjectTally tally) {
    InvalidValueException.requirePresent(tally, "tally");
    if (tally.ruleBook() != this) {
      throw new InvalidValueException("tally", tally.ruleBook().key(), "a tally of " + key);
    }
    Tally counted = tally.freeze();
    List<Finding> findings = new ArrayList<>();
    EditionData data = data();
    long[] bits = ProjectChecks.run(tally.project(), counted, data, findings);
    Confidence restsOn = Confidence.CONFIRMED;
    for (Rule r : Rule.values()) {
      if ((bits[0] & (1L << r.ordinal())) != 0) {
        restsOn = restsOn.weaker(data.confidence(r, null));
      }
    }
    return new ProjectAssessment(
        this,
        counted,
        new Assessment(this, List.copyOf(findings), bits[0], bits[1], bits[2], restsOn));
  }

  /** {@return every fact of this edition (the values of its call year, known or unknown)} */
  public List<Fact> facts() {
    return data().facts();
  }

  /**
   * Returns the fact of a key for this edition.
   *
   * @param key a rule-book key, e.g. {@code activity.SM-TTA.max_days}
   * @return the fact, or empty when the data file does not state the key for this call
   */
  public Optional<Fact> fact(String key) {
    return Optional.ofNullable(data().fact(InvalidValueException.requirePresent(key, "key")));
  }

  /**
   * Returns the facts that parameterise a rule in this edition (its numbers and sources).
   *
   * @param rule the rule
   * @return the facts, possibly none (rules of plain logic, or rules the programme lacks)
   */
  public List<Fact> parameters(Rule rule) {
    return data().facts(InvalidValueException.requirePresent(rule, "rule").keys());
  }

  @Override
  public String toString() {
    return key();
  }
}
