package io.github.vetmobility.examples.cli.check;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.examples.cli.input.ProjectFacts;
import io.github.vetmobility.examples.cli.input.ProjectRow;
import io.github.vetmobility.examples.cli.report.Finding;
import io.github.vetmobility.examples.cli.report.ProjectResult;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.ProjectAssessment;
import io.github.vetmobility.rules.ProjectTally;
import io.github.vetmobility.rules.RuleBook;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/**
 * The projects of a batch, for the two passes of {@code check}: the first pass {@link #tally}s
 * every row that names a VET project into core's {@link ProjectTally} of that project (rows of a
 * project may be anywhere, in any file), {@link #decide} runs core's project-level rules on each,
 * and the second pass asks {@link #of(Mobility, int)} for the project's decisions about a row.
 * Memory grows with the projects, not with the rows: core's tally keeps counts and the few keys
 * ranks need.
 *
 * <p>A row is known by its sequence number: its place among all records of all inputs (header lines
 * not counted), the same in both passes. Participants are ranked by start date, then by sequence,
 * i.e. by file and line.
 *
 * <p><b>One-row projects.</b> Unless the caller keeps every project's {@link #results}, a project
 * of one row is not tallied at all: the first pass keeps its reference packed into a number and a
 * few numbers of its row (in case a second row comes, which makes it a tallied project like any
 * other), and the second pass decides it when it checks that row, with the same rules on the same
 * entry. A batch whose projects all differ then needs a few tens of bytes per project instead of a
 * tally and a decision each.
 *
 * <p>Rows without a project reference cannot be placed in a project: they are assessed alone, and
 * amounts that depend on the rank stay ranges. {@link #tally} is called from one thread; after
 * {@link #decide}, {@link #of(Mobility, int)} may be called from any.
 */
public final class Projects {
  /** One project: its tally, then its decisions. */
  public static final class State {
    private static final AtomicLongFieldUpdater<State> ROWS =
        AtomicLongFieldUpdater.newUpdater(State.class, "rows");
    private static final AtomicLongFieldUpdater<State> CONCERNED =
        AtomicLongFieldUpdater.newUpdater(State.class, "concerned");

    private final ProjectReference reference;
    private final RuleBook book;
    private final ProjectTally tally;
    private ProjectAssessment decided;
    // Counted by the checking threads; plain fields with updaters, not two objects per project.
    private volatile long rows;
    private volatile long concerned;

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
    private List<Finding> conflicts; // made at the first conflict: most projects have none

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
          if (conflicts == null) {
            conflicts = new ArrayList<>(1);
          }
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
      ROWS.incrementAndGet(this);
      if (hasProjectFindings) {
        CONCERNED.incrementAndGet(this);
      }
    }

    // Runs the project-level rules, with what the rows agree on about the project itself (a
    // column in dispute stays unknown to the rules).
    void decide() {
      if (facts != null) {
        tally.describe(
            ProjectFacts.describe(Project.builder().reference(reference), facts.clone()));
      }
      decided = book.assess(tally);
    }
  }

  /** The checker's finding on a project whose rows state different values of one fact. */
  public static final String INPUT_PROJECT = "INPUT-PROJECT";

  private static final State NONE = new State();
  // A value of the packed table: the reference names no project the checker has a book for.
  private static final int NO_PROJECT = Integer.MIN_VALUE;
  private static final ActivityType[] ACTIVITIES = ActivityType.values();
  private static final ParticipantCategory[] CATEGORIES = ParticipantCategory.values();

  private final RowChecker checker;
  private final boolean keepResults;
  // Every tallied project (two rows or more, or any when results are kept), in order of arrival.
  private final List<State> tallied = new ArrayList<>();
  // References that do not pack (see pack), and those that name no project: rare.
  private final Map<ProjectReference, State> byReference = new HashMap<>();

  // The projects by packed reference: open addressing, linear probing, keys 0 = free. A value is
  // the sequence of a one-row project's row (0 or more), -(index in tallied) - 1, or NO_PROJECT.
  // For a one-row project, what its tally entry needs if a second row comes: activity and
  // category, start day and the receiving organisation's OID (its identity, as core's tally
  // knows it); a row that these cannot hold (a course, a preparatory visit, no OID, project
  // facts) is kept whole in singles, by sequence.
  private long[] keys = new long[1 << 10];
  private int[] values = new int[keys.length];
  private short[] kinds = new short[keys.length];
  private int[] days = new int[keys.length];
  private int[] hosts = new int[keys.length];
  private int used;
  private int ones;
  private final Map<Integer, Single> singles = new HashMap<>();
  // Whether a one-row project, decided in the second pass, has a failing verdict of its own.
  private volatile boolean oneRowFailed;

  // A one-row project's row that the packed arrays cannot hold.
  private record Single(ProjectTally.Entry entry, ProjectFacts facts, String where) {}

  /**
   * Creates the projects of a batch that keeps every project's {@link #results}.
   *
   * @param checker the checker whose rule books assess them
   */
  public Projects(RowChecker checker) {
    this(checker, true);
  }

  /**
   * Creates the projects of a batch.
   *
   * @param checker the checker whose rule books assess them
   * @param keepResults whether {@link #results} will be asked for; if not, one-row projects are
   *     decided when their row is checked, and only {@link #anyFailed} tells about them
   */
  public Projects(RowChecker checker, boolean keepResults) {
    this.checker = checker;
    this.keepResults = keepResults;
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
    ProjectReference reference = row.reference();
    long key = pack(reference);
    State s;
    if (key == 0) {
      s = state(reference);
    } else {
      int slot = slot(key);
      if (keys[slot] == 0) {
        s = first(slot, key, row, sequence, file);
      } else {
        int v = values[slot];
        if (v == NO_PROJECT) {
          return;
        }
        s = v >= 0 ? second(slot, reference, v) : tallied.get(-v - 1);
      }
    }
    if (s != null) {
      s.tally.add(row.entry(sequence));
      if (row.facts() != null) {
        s.state(row.facts(), where(row, file));
      }
    }
  }

  private static String where(ProjectRow row, String file) {
    return file == null ? "line " + row.line() : file + " line " + row.line();
  }

  // The first row of a packed reference: a one-row project until a second row comes (null is
  // returned, the row is kept here), or a tally from the start when results are kept (returned
  // for the row to be added to it).
  private State first(int slot, long key, ProjectRow row, int sequence, String file) {
    RuleBook book = checker.projectBook(row.reference());
    keys[slot] = key;
    State s = null;
    if (book == null) {
      values[slot] = NO_PROJECT;
    } else if (keepResults) {
      s = new State(row.reference(), book);
      tallied.add(s);
      values[slot] = -tallied.size();
    } else {
      values[slot] = sequence;
      ones++;
      ProjectTally.Entry entry = row.entry(sequence);
      kinds[slot] = (short) (entry.activity().ordinal() << 8 | entry.category().ordinal());
      long day = entry.startDate().toEpochDay();
      days[slot] = (int) day;
      int oid = day == (int) day ? oidDigits(entry) : -1;
      hosts[slot] = oid;
      if (oid < 0 || row.facts() != null) {
        singles.put(
            sequence,
            new Single(entry, row.facts(), row.facts() == null ? null : where(row, file)));
      }
    }
    if (++used * 10L > keys.length * 7L) {
      grow();
    }
    return s;
  }

  // A one-row project gets its second row: it becomes a tally, its first row added first.
  private State second(int slot, ProjectReference reference, int firstSequence) {
    State s = new State(reference, checker.projectBook(reference));
    Single single = singles.remove(firstSequence);
    if (single != null) {
      s.tally.add(single.entry());
      if (single.facts() != null) {
        s.state(single.facts(), single.where());
      }
    } else {
      s.tally.add(packedEntry(firstSequence, kinds[slot], days[slot], hosts[slot]));
    }
    tallied.add(s);
    values[slot] = -tallied.size();
    ones--;
    return s;
  }

  // The OID digits of the receiving organisation when the entry is fully told by activity,
  // category, start day and that OID (core's tally reads the host's name and the sender only for
  // courses and preparatory visits); -1 otherwise.
  static int oidDigits(ProjectTally.Entry entry) {
    if (entry.activity() == ActivityType.SM_COUR_TRAIN
        || entry.activity() == ActivityType.PREP_VISIT
        || entry.participantId().isPresent()
        || entry.host().isEmpty()
        || !(entry.host().get() instanceof OrganisationId)) {
      return -1;
    }
    String oid = ((OrganisationId) entry.host().get()).value();
    return oid.length() == 9 ? Integer.parseInt(oid, 1, 9, 10) : -1;
  }

  // The entry of a one-row project's row from its packed parts: equal to the row's entry in all
  // that core's tally reads of it (activity, category, start, host identity).
  static ProjectTally.Entry packedEntry(int sequence, short kind, int day, int oid) {
    char[] text = new char[9];
    text[0] = 'E';
    for (int i = 8, n = oid; i >= 1; i--, n /= 10) {
      text[i] = (char) ('0' + n % 10);
    }
    return new ProjectTally.Entry(
        sequence,
        ACTIVITIES[kind >>> 8],
        CATEGORIES[kind & 0xff],
        java.time.LocalDate.ofEpochDay(day),
        Optional.empty(),
        Optional.of(OrganisationId.of(new String(text))),
        "",
        Optional.empty());
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    short[] oldKinds = kinds;
    int[] oldDays = days;
    int[] oldHosts = hosts;
    int n = oldKeys.length * 2;
    keys = new long[n];
    values = new int[n];
    kinds = new short[n];
    days = new int[n];
    hosts = new int[n];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
        kinds[slot] = oldKinds[i];
        days[slot] = oldDays[i];
        hosts[slot] = oldHosts[i];
      }
    }
  }

  /**
   * Returns a VET project reference packed into a number that tells it apart from every other (call
   * year, round, agency, key action, sequence; the field and the digits follow from the key
   * action), or 0 when it does not pack.
   *
   * @param reference the reference
   * @return the number, not 0; or 0
   */
  static long pack(ProjectReference reference) {
    int action;
    switch (reference.keyAction().number()) {
      case 102:
        action = 0;
        break;
      case 116:
        action = 1;
        break;
      case 121:
        action = 2;
        break;
      case 122:
        action = 3;
        break;
      default:
        return 0;
    }
    if (!reference.isVetMobility()) {
      return 0;
    }
    int year = reference.callYear() - 2014;
    int round = reference.round() - 1;
    CountryCode country = reference.nationalAgency().country();
    int agency = reference.nationalAgency().number();
    long sequence = reference.sequence();
    if (year < 0
        || year > 127
        || round < 0
        || round > 1
        || country.ordinal() > 255
        || agency < 0
        || agency > 127
        || sequence < 0
        || sequence >= 1L << 30
        || reference.sequenceDigits() != (action < 2 ? 6 : 9)) {
      return 0;
    }
    return 1L << 62
        | (long) year << 48
        | (long) round << 47
        | (long) country.ordinal() << 39
        | (long) agency << 32
        | (long) action << 30
        | sequence;
  }

  // The project of a reference that does not pack, made on first sight; null when it is not a VET
  // project the checker has a rule book for (remembered too, so the book is looked up once per
  // reference).
  private State state(ProjectReference reference) {
    State s = seen(reference);
    if (s == null) {
      RuleBook book = checker.projectBook(reference);
      if (book == null) {
        s = NONE;
      } else {
        s = new State(reference, book);
        tallied.add(s);
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

  /** Runs the project-level rules of every tallied project; call once, after the first pass. */
  public void decide() {
    for (State s : tallied) {
      s.decide();
    }
  }

  /**
   * Returns the project of a row's mobility, decided, or {@code null} when it names none the batch
   * tallied. A one-row project is decided here, when its row asks (a new state each time, which the
   * caller uses for that row only).
   *
   * @param mobility the row's mobility
   * @param sequence the row's sequence number
   * @return its project, or {@code null}
   */
  public State of(Mobility mobility, int sequence) {
    if (mobility.projectReference().isEmpty()) {
      return null;
    }
    ProjectReference reference = mobility.projectReference().get();
    long key = pack(reference);
    if (key == 0) {
      State s = seen(reference);
      return s == null || s == NONE || s.decided == null ? null : s;
    }
    int slot = slot(key);
    int v = keys[slot] == 0 ? NO_PROJECT : values[slot];
    if (v == NO_PROJECT) {
      return null;
    }
    if (v < 0) {
      State s = tallied.get(-v - 1);
      return s.decided == null ? null : s;
    }
    if (v != sequence) {
      return null; // a row the first pass did not tally (none, when both passes agree)
    }
    State s = new State(reference, checker.projectBook(reference));
    s.tally.add(ProjectTally.Entry.of(sequence, mobility));
    Single single = singles.get(sequence);
    if (single != null && single.facts() != null) {
      s.state(single.facts(), single.where());
    }
    s.decide();
    if (failing(s, checker.strict())) {
      oneRowFailed = true;
    }
    return s;
  }

  /** Returns the number of projects. */
  public int size() {
    return tallied.size() + ones;
  }

  /**
   * Returns the report of every project, in the order of their references. The list makes each
   * report when it is read (and again at each reading), so that the reports of a large batch are
   * never all in memory at once.
   *
   * @param strict whether unchecked rules count as errors
   * @return the projects' reports
   * @throws IllegalStateException if the projects were made without keeping results
   */
  public List<ProjectResult> results(boolean strict) {
    if (!keepResults) {
      throw new IllegalStateException("the results of one-row projects were not kept");
    }
    List<State> states = new ArrayList<>(tallied.size());
    Integer[] order = new Integer[tallied.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // The texts only to sort by: each report formats its reference again.
    String[] all = new String[order.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = tallied.get(i).reference.format();
    }
    Arrays.sort(order, (a, b) -> all[a].compareTo(all[b]));
    for (int i : order) {
      if (tallied.get(i).decided != null) {
        states.add(tallied.get(i));
      }
    }
    return new AbstractList<>() {
      @Override
      public ProjectResult get(int index) {
        State s = states.get(index);
        return result(s.reference.format(), s, strict);
      }

      @Override
      public int size() {
        return states.size();
      }
    };
  }

  /**
   * Returns whether some project's own verdict is {@code NOT_ELIGIBLE} or {@code INVALID_INPUT}:
   * every tallied project, and the one-row projects whose rows were checked.
   *
   * @param strict whether unchecked rules count as errors
   * @return whether a project failed
   */
  public boolean anyFailed(boolean strict) {
    if (oneRowFailed) {
      return true;
    }
    for (State s : tallied) {
      if (s.decided != null && failing(s, strict)) {
        return true;
      }
    }
    return false;
  }

  // Whether the project's own verdict fails (INVALID_INPUT or NOT_ELIGIBLE, as projectVerdict
  // decides it): read from the findings themselves, without making their reports and messages,
  // since a one-row project is asked this for its row in the second pass.
  private static boolean failing(State s, boolean strict) {
    if (s.conflicts != null) {
      return true; // INPUT-PROJECT, an error
    }
    for (io.github.vetmobility.rules.Finding f : assessment(s, strict).findings()) {
      if (ProjectAssessment.sequenceOf(f) < 0
          && f.severity() == io.github.vetmobility.rules.Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  private static ProjectResult result(String key, State s, boolean strict) {
    List<Finding> findings = findings(s, strict);
    return new ProjectResult(
        key,
        s.book.key(),
        s.rows,
        s.concerned,
        projectVerdict(findings),
        assessment(s, strict).confidence().key(),
        findings);
  }

  private static io.github.vetmobility.rules.Assessment assessment(State s, boolean strict) {
    return strict ? s.decided.assessment().strict() : s.decided.assessment();
  }

  // The project's own findings: the rows' disagreements, then core's that name no row.
  private static List<Finding> findings(State s, boolean strict) {
    List<Finding> findings = s.conflicts == null ? new ArrayList<>() : new ArrayList<>(s.conflicts);
    for (io.github.vetmobility.rules.Finding f : assessment(s, strict).findings()) {
      if (ProjectAssessment.sequenceOf(f) < 0) {
        findings.add(RowChecker.finding(f));
      }
    }
    return findings;
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
