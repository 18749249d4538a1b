package io.github.vetmobility.rules;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.internal.Completeness;
import io.github.vetmobility.rules.internal.EditionData;
import io.github.vetmobility.rules.internal.ProgrammeFile;
import io.github.vetmobility.rules.internal.RuleFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of rule books, one per edition and key action. {@link #builtIn()} holds the editions this
 * library ships: Erasmus+ 2014-2020 calls 2014 to 2020 (KA102, KA116), Erasmus+ 2021-2027 calls
 * 2021 to 2026 (KA121, KA122), and the pilots PILOT2018 (EAC/S34/2018) and PILOT2020. An integrator
 * loads a newer call from a file of their own with {@link #load(Path)} and combines it with {@link
 * #with(RuleBooks)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleBook book = RuleBooks.builtIn().get(ProjectReference.parse("2025-1-DE02-KA122-VET-000123456"));
 * Assessment a = book.assess(mobility);
 * }</pre>
 */
public final class RuleBooks {
  private static final String[] BUILT_IN = {
    "EP1420.rules", "EP2127.rules", "PILOT2018.rules", "PILOT2020.rules"
  };

  private final List<RuleBook> books;
  // The books of each call year, for find(callYear, action): a batch looks one up per row.
  // Keyed by call year; a map that boxes no year (Integer caches only up to 127).
  private final YearMap byCallYear = new YearMap();
  // The built-in set only: one shelf per programme file, read when a look-up first needs it (a
  // 2025 row reads EP2127 only); books is then null and whole() reads every file.
  private final Shelf[] shelves;
  private volatile RuleBooks whole;

  private RuleBooks(List<RuleBook> books) {
    List<RuleBook> sorted = new ArrayList<>(books);
    sorted.sort(
        Comparator.comparing(RuleBook::edition)
            .thenComparing(b -> b.action().map(KeyAction::number).orElse(0)));
    this.books = List.copyOf(sorted);
    for (RuleBook b : this.books) {
      byCallYear.add(b.edition().callYear(), b);
    }
    this.shelves = null;
  }

  private RuleBooks(Shelf[] shelves) {
    this.books = null;
    this.shelves = shelves;
  }

  // Loaded on first use only: the headers of the data files are read once per class loader, each
  // file (read and checked as a whole) when a look-up first needs one of its books.
  private static final class BuiltIn {
    static final RuleBooks INSTANCE = builtInShelves();
  }

  /** A new built-in set that has read no file yet: for the tests of reading on demand. */
  static RuleBooks builtInShelves() {
    Shelf[] shelves = new Shelf[BUILT_IN.length];
    for (int i = 0; i < BUILT_IN.length; i++) {
      try (Reader r = builtInReader(BUILT_IN[i])) {
        shelves[i] = new Shelf(BUILT_IN[i], RuleFileReader.header(r, BUILT_IN[i]));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // In the order of the books of a whole set, so that a look-up finds what it found there.
    java.util.Arrays.sort(shelves, Comparator.comparing(s -> s.first));
    return new RuleBooks(shelves);
  }

  private static Reader builtInReader(String name) {
    InputStream in = EditionData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("built-in rule book missing: " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** One built-in programme file: what its header declares, and its books once read. */
  private static final class Shelf {
    final String name;
    final ProgrammeFile header;
    final Edition first;
    private volatile RuleBooks books;

    Shelf(String name, ProgrammeFile header) {
      this.name = name;
      this.header = header;
      this.first = Edition.of(header.programme(), header.firstCall());
    }

    boolean covers(int callYear) {
      return callYear >= header.firstCall() && callYear <= header.lastCall();
    }

    boolean holds(int callYear, KeyAction action) {
      return covers(callYear) && header.actions().contains(action);
    }

    boolean holds(Edition edition) {
      return edition.programme() == header.programme() && covers(edition.callYear());
    }

    RuleBooks books() {
      RuleBooks b = books;
      if (b == null) {
        synchronized (this) {
          b = books;
          if (b == null) {
            try (Reader r = builtInReader(name)) {
              b = new RuleBooks(RuleBooks.books(RuleFileReader.read(r, name)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            books = b;
          }
        }
      }
      return b;
    }
  }

  /** Returns how many of the built-in files this set has read (all of them for other sets). */
  int filesRead() {
    if (shelves == null) {
      return -1;
    }
    int n = 0;
    for (Shelf s : shelves) {
      n += s.books == null ? 0 : 1;
    }
    return n;
  }

  // The whole built-in set (every file read), or this set itself when it is not the lazy one.
  private RuleBooks whole() {
    if (shelves == null) {
      return this;
    }
    RuleBooks w = whole;
    if (w == null) {
      List<RuleBook> all = new ArrayList<>();
      for (Shelf s : shelves) {
        all.addAll(s.books().books);
      }
      // Racing threads build equal sets of the same book instances: either may win.
      w = new RuleBooks(all);
      whole = w;
    }
    return w;
  }

  private static List<RuleBook> books(ProgrammeFile file) {
    List<RuleBook> out = new ArrayList<>();
    for (int year = file.firstCall(); year <= file.lastCall(); year++) {
      if (file.actions().isEmpty()) {
        out.add(new RuleBook(file, year, null));
      }
      for (KeyAction action : file.actions()) {
        out.add(new RuleBook(file, year, action));
      }
    }
    return out;
  }

  /** {@return the rule books shipped with the library (each file read when first needed)} */
  public static RuleBooks builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Reads an integrator's rule-book file (UTF-8), with the same checks as the built-in ones. The
   * format is described in {@code core/RULES.md}.
   *
   * @param file the file
   * @return the rule books of the file (one per call year and key action)
   * @throws InvalidValueException naming file and line when the file is malformed, or naming the
   *     file and every key, with its call, that it leaves out (see {@link #load(Reader, String)})
   * @throws UncheckedIOException when the file cannot be read
   */
  public static RuleBooks load(Path file) {
    InvalidValueException.requirePresent(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule book " + file, e);
    }
  }

  /**
   * Reads a rule-book file from a reader.
   *
   * @param reader the text
   * @param name the name used in messages, e.g. the file name
   * @return the rule books of the file
   * @throws InvalidValueException naming the name and line when the text is malformed, or naming
   *     the name and every key, with its call, that the file leaves out although a rule of its
   *     programme reads it ("does not apply", "no limit" and "not known" are explicit values:
   *     {@code no}, {@code none}, {@code unknown})
   */
  public static RuleBooks load(Reader reader, String name) {
    InvalidValueException.requirePresent(reader, "reader");
    ProgrammeFile file = RuleFileReader.read(reader, name == null ? "rule book" : name);
    Completeness.require(file, builtInFile(file.programme()));
    return new RuleBooks(books(file));
  }

  /**
   * Reads a rule-book file with the checks of its format only, without asking it to be complete:
   * for the tests of the format and of the engine on partial data. Integrators use {@link #load}.
   */
  static RuleBooks parse(Reader reader, String name) {
    return new RuleBooks(books(RuleFileReader.read(reader, name == null ? "rule book" : name)));
  }

  private static ProgrammeFile builtInFile(Programme programme) {
    for (Shelf s : builtIn().shelves) {
      if (s.header.programme() == programme) {
        return s.books().books.get(0).file();
      }
    }
    for (RuleBook b : builtIn().whole().books) {
      if (b.edition().programme() == programme) {
        return b.file();
      }
    }
    throw new IllegalStateException("no built-in rule book for " + programme);
  }

  /**
   * Returns these rule books together with others; where both have a book for the same edition and
   * key action, the other's wins.
   *
   * @param other the other rule books
   * @return the combined set
   */
  public RuleBooks with(RuleBooks other) {
    InvalidValueException.requirePresent(other, "other");
    Map<String, RuleBook> byKey = new LinkedHashMap<>();
    for (RuleBook b : whole().books) {
      byKey.put(b.key(), b);
    }
    for (RuleBook b : other.whole().books) {
      byKey.put(b.key(), b);
    }
    return new RuleBooks(new ArrayList<>(byKey.values()));
  }

  /** {@return every rule book, by edition and key action} */
  public List<RuleBook> all() {
    return whole().books;
  }

  /**
   * Finds the rule book of an Erasmus+ call year and key action (KA102 or KA116 up to 2020, KA121
   * or KA122 from 2021).
   *
   * @param callYear the call year
   * @param action the key action
   * @return the rule book, or empty if there is none
   */
  public Optional<RuleBook> find(int callYear, KeyAction action) {
    return Optional.ofNullable(findOrNull(callYear, action));
  }

  // A batch asks for a rule book per row: no Optional, no boxed year, no lambda on the way.
  private RuleBook findOrNull(int callYear, KeyAction action) {
    if (action == null) {
      return null;
    }
    if (shelves != null) {
      for (Shelf s : shelves) {
        if (s.holds(callYear, action)) {
          return s.books().findOrNull(callYear, action);
        }
      }
      return null;
    }
    List<RuleBook> ofYear = byCallYear.get(callYear);
    if (ofYear == null) {
      return null;
    }
    for (int i = 0; i < ofYear.size(); i++) {
      RuleBook b = ofYear.get(i);
      if (action.equals(b.actionOrNull())) {
        return b;
      }
    }
    return null;
  }

  /**
   * Returns the rule book of an Erasmus+ call year and key action.
   *
   * @param callYear the call year
   * @param action the key action
   * @return the rule book
   * @throws InvalidValueException if there is none
   */
  public RuleBook get(int callYear, KeyAction action) {
    InvalidValueException.requirePresent(action, "keyAction");
    RuleBook book = findOrNull(callYear, action);
    if (book != null) {
      return book;
    }
    if (shelves != null) {
      // The message names the whole set, as it always did.
      return whole().get(callYear, action);
    }
    if (byCallYear.get(callYear) == null) {
      // The year is what is wrong, not the action: say so, with the editions this set has.
      throw new InvalidValueException(
          "callYear",
          callYear,
          "a call year of these rule books (this set: "
              + keys()
              + "); load a newer call with RuleBooks.load");
    }
    throw new InvalidValueException(
        "keyAction",
        callYear + " " + action,
        "a VET mobility edition: KA102 or KA116 for calls 2014-2020, KA121 or KA122 for"
            + " calls 2021 on (this set: "
            + keys()
            + ")");
  }

  /**
   * Returns the rule book of an edition and key action.
   *
   * @param edition the edition
   * @param action the key action, or {@code null} for a pilot
   * @return the rule book
   * @throws InvalidValueException if there is none
   */
  public RuleBook get(Edition edition, KeyAction action) {
    InvalidValueException.requirePresent(edition, "edition");
    if (shelves != null) {
      Shelf s = shelf(edition);
      if (s != null) {
        try {
          return s.books().get(edition, action);
        } catch (InvalidValueException e) {
          // Not there: the whole set's answer, whose message names every edition.
        }
      }
      return whole().get(edition, action);
    }
    for (RuleBook b : books) {
      if (b.edition().equals(edition) && b.action().equals(Optional.ofNullable(action))) {
        return b;
      }
    }
    throw new InvalidValueException(
        "edition", edition + (action == null ? "" : " " + action), "one of " + keys());
  }

  /**
   * Returns the rule book of an edition that has one rule book only (the pilots).
   *
   * @param edition the edition
   * @return the rule book
   * @throws InvalidValueException if the edition has none or several (then name the key action)
   */
  public RuleBook get(Edition edition) {
    InvalidValueException.requirePresent(edition, "edition");
    if (shelves != null) {
      Shelf s = shelf(edition);
      if (s != null) {
        try {
          return s.books().get(edition);
        } catch (InvalidValueException e) {
          // None or several: the whole set's answer, whose message names every edition.
        }
      }
      return whole().get(edition);
    }
    RuleBook found = null;
    for (RuleBook b : books) {
      if (b.edition().equals(edition)) {
        if (found != null) {
          throw new InvalidValueException(
              "edition", edition, "an edition with one rule book; name the key action too");
        }
        found = b;
      }
    }
    if (found == null) {
      throw new InvalidValueException("edition", edition, "one of " + keys());
    }
    return found;
  }

  /**
   * Returns the rule book a project reference names (its call year and key action).
   *
   * @param reference the project reference
   * @return the rule book
   * @throws InvalidValueException if the reference names no VET mobility edition of this set (e.g.
   *     a KA120 accreditation, or a call year without data)
   */
  public RuleBook get(ProjectReference reference) {
    InvalidValueException.requirePresent(reference, "projectReference");
    RuleBook book = findOrNull(reference.callYear(), reference.keyAction());
    if (book != null) {
      return book;
    }
    if (shelves != null) {
      return whole().get(reference);
    }
    throw new InvalidValueException(
        "projectReference",
        reference,
        "a reference of a VET mobility project with a rule book: KA102/KA116 for calls"
            + " 2014-2020, KA121/KA122 for calls 2021 on (this set: "
            + keys()
            + ")");
  }

  /**
   * Returns the rule book a mobility's project reference names.
   *
   * @param mobility the mobility
   * @return the rule book
   * @throws InvalidValueException if the mobility has no project reference or it names no edition
   *     of this set
   */
  public RuleBook forMobility(Mobility mobility) {
    InvalidValueException.requirePresent(mobility, "mobility");
    if (mobility.projectReference().isEmpty()) {
      throw new InvalidValueException(
          "mobility.projectReference",
          null,
          "a project reference; without one, choose the rule book with get(callYear, keyAction)");
    }
    return get(mobility.projectReference().get());
  }

  // The one shelf that may hold an edition's books; null when none does.
  private Shelf shelf(Edition edition) {
    for (Shelf s : shelves) {
      if (s.holds(edition)) {
        return s;
      }
    }
    return null;
  }

  private String keys() {
    if (shelves != null) {
      return whole().keys();
    }
    StringBuilder sb = new StringBuilder();
    String lastEdition = "";
    for (RuleBook b : books) {
      String p = b.edition().programme().key();
      if (!p.equals(lastEdition)) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (RuleBook c : books) {
          if (c.edition().programme().key().equals(p)) {
            first = Math.min(first, c.edition().callYear());
            last = Math.max(last, c.edition().callYear());
          }
        }
        sb.append(sb.length() == 0 ? "" : ", ").append(p).append(' ').append(first);
        if (last != first) {
          sb.append('-').append(last);
        }
        lastEdition = p;
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "RuleBooks[" + keys() + "]";
  }

  /** Rule books by call year, in an array from the first year held. */
  private static final class YearMap {
    private int first;
    private List<RuleBook>[] byYear;

    @SuppressWarnings("unchecked")
    void add(int year, RuleBook book) {
      if (byYear == null) {
        first = year;
        byYear = new List[1];
      }
      if (year < first) {
        List<RuleBook>[] grown = new List[byYear.length + first - year];
        System.arraycopy(byYear, 0, grown, first - year, byYear.length);
        byYear = grown;
        first = year;
      } else if (year - first >= byYear.length) {
        byYear = java.util.Arrays.copyOf(byYear, year - first + 1);
      }
      if (byYear[year - first] == null) {
        byYear[year - first] = new ArrayList<>();
      }
      byYear[year - first].add(book);
    }

    List<RuleBook> get(int year) {
      return byYear == null || year < first || year - first >= byYear.length
          ? null
          : byYear[year - first];
    }
  }
}
