package io.github.vetmobility.examples.cli.check;

import io.github.vetmobility.examples.cli.input.ProjectFacts;
import io.github.vetmobility.examples.cli.input.ProjectRow;
import io.github.vetmobility.examples.cli.report.Finding;
import io.github.vetmobility.examples.cli.report.ProjectResult;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.ProjectAssessment;
import io.github.vetmobility.rules.ProjectTally;
import io.github.vetmobility.rules.RuleBook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The projects of a batch, for the two passes of {@code check}: the first pass {@link #tally}s
 * every row that names a VET project into core's {@link ProjectTally} of that project (rows of a
 * project may be anywhere, in any file), {@link #decide} runs core's project-level rules on each,
 * and the second pass asks {@link #of} for the project's decisions about a row. Memory grows with
 * the projects, not with the rows: core's tally keeps counts and the few keys ranks need.
 *
 * <p>A row is known by its sequence number: its place among all records of all inputs (header lines
 * not counted), the same in both passes. Participants are ranked by start date, then by sequence,
 * i.e. by file and line.
 *
 * <p>Rows without a project reference cannot be placed in a project: they are assessed alone, and
 * amounts that depend on the rank stay ranges. {@link #tally} is called from one thread; after
 * {@link #decide}, {@link #of} may be called from any.
 */
public final class Projects {
  /** One project: its tally, then its decisions. */
  public static final class State {
    private final ProjectReference reference;
    private final RuleBook book;
    private final ProjectTally tally;
    private ProjectAssessment decided;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong concerned = new AtomicLong();

    // The marker of a reference that names no project.
    private State() {
      this.reference = null;
      this.book = null;
      this.tally = null;
    }

    State(ProjectReference reference, RuleBook book) {
      this.reference = reference;
      this.book = book;
      // Described at the end of the first pass from what its rows state (ProjectFacts); until
      // then, and for what no row states, core leaves the rules that need it unchecked.
      this.tally = book.tally(Project.builder().reference(reference).build());
    }

    /** Returns what the project-level rules decided. */
    public ProjectAssessment decided() {
      return decided;
    }

    // What the rows state about the project: the first value of each column and where it is;
    // a row that states another value makes a finding, and the fact stays unknown.
    private Object[] facts;
    private String[] where;
    private final List<Finding> conflicts = new ArrayList<>();

    void state(ProjectFacts row, String at) {
      if (facts == null) {
        facts = new Object[ProjectFacts.COLUMNS.size()];
        where = new String[facts.length];
      }
      for (int i = 0; i < facts.length; i++) {
        Object value = row.get(i);
        if (value == null || value.equals(facts[i])) {
          continue;
        }
        if (facts[i] == null && where[i] == null) {
          facts[i] = value;
          where[i] = at;
        } else if (facts[i] != null) {
          // One finding per column: the first two values that differ.
          String column = ProjectFacts.COLUMNS.get(i).header();
          conflicts.add(
              new Finding(
                  INPUT_PROJECT,
                  "ERROR",
                  column,
                  "the rows of "
                      + reference.format()
                      + " disagree on "
                      + column
                      + ": '"
                      + facts[i]
                      + "' ("
                      + where[i]
                      + ") and '"
                      + value
                      + "' ("
                      + at
                      + "); neither is used",
                  null));
          facts[i] = null; // where[i] stays set: the column is in dispute from now on
        }
      }
    }

    void counted(boolean hasProjectFindings) {
      rows.incrementAndGet();
      if (hasProjectFindings) {
        concerned.incrementAndGet();
      }
    }
  }

  /** The checker's finding on a project whose rows state different values of one fact. */
  public static final String INPUT_PROJECT = "INPUT-PROJECT";

  private final RowChecker checker;
  private final Map<String, State> projects = new HashMap<>();
  // The same projects by reference (equal references have the same text), and the references
  // that name no project: the first pass looks a row's project up without formatting its
  // reference. Grows with the projects, like the tallies.
  private final Map<ProjectReference, State> byReference = new HashMap<>();
  private static final State NONE = new State();

  /**
   * Creates the projects of a batch.
   *
   * @param checker the checker whose rule books assess them
   */
  public Projects(RowChecker checker) {
    this.checker = checker;
  }

  /**
   * First pass: adds a row to its project, if it names a VET project.
   *
   * @param row what the first pass read of the row, or {@code null} (then nothing happens)
   * @param sequence its sequence number
   */
  public void tally(ProjectRow row, int sequence) {
    tally(row, sequence, null);
  }

  /**
   * First pass: adds a row to its project, if it names a VET project, with what it states about the
   * project itself.
   *
   * @param row what the first pass read of the row, or {@code null} (then nothing happens)
   * @param sequence its sequence number
   * @param file the input the row is in, as messages name it, or {@code null}
   */
  public void tally(ProjectRow row, int sequence, String file) {
    // The last sequence number and beyond: the row is checked alone.
    if (row == null || sequence < 0 || sequence == Integer.MAX_VALUE) {
      return;
    }
    State s = state(row.reference());
    if (s != null) {
      s.tally.add(row.entry(sequence));
      if (row.facts() != null) {
        s.state(row.facts(), file == null ? "line " + row.line() : file + " line " + row.line());
      }
    }
  }

  // The project of a reference, made on first sight; null when it is not a VET project the
  // checker has a rule book for (remembered too, so the book is looked up once per reference).
  private State state(ProjectReference reference) {
    State s = seen(reference);
    if (s == null) {
      RuleBook book = checker.projectBook(reference);
      if (book == null) {
        s = NONE;
      } else {
        s = projects.computeIfAbsent(reference.format(), k -> new State(reference, book));
      }
      byReference.put(reference, s);
    }
    return s == NONE ? null : s;
  }

  // The mappers hand out one instance per reference text (per thread): an identity look-up first,
  // since comparing references field by field took a tenth of a 1M-row check's samples.
  private final ThreadLocal<IdentityHashMap<ProjectReference, State>> identities =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private State seen(ProjectReference reference) {
    IdentityHashMap<ProjectReference, State> known = identities.get();
    State s = known.get(reference);
    if (s == null) {
      s = byReference.get(reference);
      if (s != null) {
        if (known.size() >= 65_536) {
          known.clear(); // bounded, like the mappers' caches
        }
        known.put(reference, s);
      }
    }
    return s;
  }

  /** Runs the project-level rules of every project; call once, after the first pass. */
  public void decide() {
    for (State s : projects.values()) {
      if (s.facts != null) {
        // What the rows agree on; a column in dispute stays unknown to the rules.
        s.tally.describe(
            ProjectFacts.describe(Project.builder().reference(s.reference), s.facts.clone()));
      }
      s.decided = s.book.assess(s.tally);
    }
  }

  /**
   * Returns the project of a mobility, or {@code null} when it names none the batch tallied.
   *
   * @param mobility the mobility
   * @return its project, or {@code null}
   */
  public State of(Mobility mobility) {
    if (mobility.projectReference().isEmpty()) {
      return null;
    }
    State s = seen(mobility.projectReference().get());
    return s == null || s == NONE || s.decided == null ? null : s;
  }

  /** Returns the number of projects. */
  public int size() {
    return projects.size();
  }

  /**
   * Returns the report of every project, in the order of their references.
   *
   * @param strict whether unchecked rules count as errors
   * @return the projects' reports
   */
  public List<ProjectResult> results(boolean strict) {
    List<ProjectResult> out = new ArrayList<>(projects.size());
    List<String> keys = new ArrayList<>(projects.keySet());
    keys.sort(null);
    for (String key : keys) {
      State s = projects.get(key);
      if (s.decided == null) {
        continue;
      }
      var a = strict ? s.decided.assessment().strict() : s.decided.assessment();
      List<Finding> findings = new ArrayList<>(s.conflicts);
      for (io.github.vetmobility.rules.Finding f : a.findings()) {
        if (ProjectAssessment.sequenceOf(f) < 0) {
          findings.add(RowChecker.finding(f));
        }
      }
      out.add(
          new ProjectResult(
              key,
              s.book.key(),
              s.rows.get(),
              s.concerned.get(),
              projectVerdict(findings),
              a.confidence().name().toLowerCase(Locale.ROOT),
              findings));
    }
    return out;
  }

  // The verdict of the project's own findings (those on rows count on the rows); rows that
  // disagree about the project make its input invalid.
  private static String projectVerdict(List<Finding> findings) {
    String v = "ELIGIBLE";
    for (Finding f : findings) {
      if (f.rule().equals(INPUT_PROJECT)) {
        return "INVALID_INPUT";
      }
    }
    for (Finding f : findings) {
      if (f.severity().equals("ERROR")) {
        return "NOT_ELIGIBLE";
      }
      v = "ELIGIBLE_WITH_WARNINGS";
    }
    return v;
  }
}
