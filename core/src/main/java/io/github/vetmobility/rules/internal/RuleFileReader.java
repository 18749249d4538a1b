package io.github.vetmobility.rules.internal;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.rules.Fact;
import io.github.vetmobility.rules.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks one rule-book file (format in {@code core/RULES.md}). Every problem is an {@link
 * InvalidValueException} whose field is {@code FILE:LINE}. Not part of the API.
 */
public final class RuleFileReader {
  private static final Pattern NOTE_SECTION =
      Pattern.compile("[A-Za-z0-9_.-]+\\.md#[0-9A-Za-z._-]+");
  private static final String SOURCE_LINE =
      "'source ID KIND TITLE | URL', KIND one of programme_guide:YYYY, official, commission,"
          + " national_agency, third_party (optionally :YYYY or :YYYY-YYYY for the calls it speaks"
          + " for)";
  // Compiled once: String.matches compiles its pattern on every call, and a file has hundreds of
  // lines (that was much of reading one at start-up).
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
  private static final Pattern FRACTION = Pattern.compile("(0(\\.[0-9]{1,4})?|1(\\.0{1,4})?)");

  private final String name;
  private Programme programme;
  private int firstCall;
  private int lastCall;
  private int callsLine;
  private List<KeyAction> actions = List.of();
  private final Map<String, Source> declared = new HashMap<>();
  private final Map<String, List<Fact>> facts = new LinkedHashMap<>();

  private RuleFileReader(String name) {
    this.name = name;
  }

  /**
   * Reads a rule-book file.
   *
   * @param in the text (UTF-8 already decoded)
   * @param name the file name used in messages
   * @return the checked file
   * @throws InvalidValueException naming file and line on the first problem
   * @throws UncheckedIOException if reading fails
   */
  public static ProgrammeFile read(Reader in, String name) {
    RuleFileReader r = new RuleFileReader(name);
    try (BufferedReader br = new BufferedReader(in)) {
      String line;
      int n = 0;
      while ((line = br.readLine()) != null) {
        n++;
        r.line(line, n);
      }
      return r.finish(n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule book " + name, e);
    }
  }

  /**
   * Reads the header of a rule-book file only (programme, calls and actions lines, with the same
   * checks as {@link #read}), stopping at its first source or fact line.
   *
   * @param in the text (UTF-8 already decoded)
   * @param name the file name used in messages
   * @return the header, without facts
   * @throws InvalidValueException naming file and line on a problem of the header
   * @throws UncheckedIOException if reading fails
   */
  public static ProgrammeFile header(Reader in, String name) {
    RuleFileReader r = new RuleFileReader(name);
    try {
      BufferedReader br = new BufferedReader(in, 1024);
      String line;
      int n = 0;
      while ((line = br.readLine()) != null) {
        n++;
        String s = line.strip();
        String first = s.isEmpty() ? "" : words(s)[0];
        if (first.equals("source") || (r.callsLine != 0 && isFact(first))) {
          break;
        }
        r.line(line, n);
      }
      if (r.programme == null || r.callsLine == 0) {
        throw r.error(n, name, "a file with a 'programme' and a 'calls' line");
      }
      return new ProgrammeFile(
          name, r.programme, r.firstCall, r.lastCall, r.actions, Collections.emptyMap());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule book " + name, e);
    }
  }

  private static boolean isFact(String first) {
    return !first.isEmpty()
        && !first.startsWith("#")
        && !first.equals("programme")
        && !first.equals("calls")
        && !first.equals("actions");
  }

  private InvalidValueException error(int line, Object value, String expected) {
    return new InvalidValueException(name + ":" + line, value, expected);
  }

  private void line(String raw, int n) {
    String line = raw.strip();
    if (n == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1).strip();
    }
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    String[] t = words(line);
    switch (t[0]) {
      case "programme":
        if (programme != null || t.length != 2) {
          throw error(n, line, "one line 'programme EP1420|EP2127|PILOT2018|PILOT2020'");
        }
        try {
          programme = Programme.parse(t[1]);
        } catch (InvalidValueException e) {
          throw error(n, t[1], e.expected());
        }
        return;
      case "calls":
        if (programme == null || callsLine != 0 || t.length != 2) {
          throw error(n, line, "one line 'calls FROM-TO' after the programme line");
        }
        int[] range = calls(t[1], n);
        try {
          Edition.of(programme, range[0]);
          Edition.of(programme, range[1]);
        } catch (InvalidValueException e) {
          throw error(n, t[1], e.expected());
        }
        firstCall = range[0];
        lastCall = range[1];
        callsLine = n;
        return;
      case "actions":
        if (callsLine == 0 || !actions.isEmpty() || t.length < 2) {
          throw error(n, line, "one line 'actions KA121 KA122' after the calls line");
        }
        List<KeyAction> list = new ArrayList<>();
        for (int i = 1; i < t.length; i++) {
          try {
            KeyAction a = KeyAction.parse(t[i]);
            if (list.contains(a)) {
              throw error(n, t[i], "each key action once");
            }
            list.add(a);
          } catch (InvalidValueException e) {
            if (e.field().startsWith(name)) {
              throw e;
            }
            throw error(n, t[i], e.expected());
          }
        }
        actions = List.copyOf(list);
        return;
      case "source":
        source(line, t, n);
        return;
      default:
        fact(t, n);
    }
  }

  // The words of a stripped line, as line.split("\\s+") gives them, without a regular expression:
  // a file has hundreds of lines, and the matcher ran interpreted at start-up.
  static String[] words(String line) {
    List<String> out = new ArrayList<>(8);
    if (line.indexOf('\t') < 0
        && line.indexOf('\u000B') < 0
        && line.indexOf('\f') < 0
        && line.indexOf('\r') < 0
        && line.indexOf('\n') < 0) {
      // Spaces only, as almost every line: String.indexOf is compiled long before this code is.
      int start = 0;
      int space;
      while ((space = line.indexOf(' ', start)) >= 0) {
        if (space > start || out.isEmpty()) {
          out.add(line.substring(start, space));
        }
        start = space + 1;
      }
      if (start < line.length() || out.isEmpty()) {
        out.add(line.substring(start));
      }
      return out.toArray(new String[0]);
    }
    int i = 0;
    int n = line.length();
    while (i < n) {
      int start = i;
      while (i < n && !isSpace(line.charAt(i))) {
        i++;
      }
      // A line that starts with a space gives an empty first word, as split does.
      if (i > start || out.isEmpty()) {
        out.add(line.substring(start, i));
      }
      while (i < n && isSpace(line.charAt(i))) {
        i++;
      }
    }
    return out.toArray(new String[0]);
  }

  // What \\s matches: space, tab, line feed, vertical tab, form feed, carriage return.
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private void source(String line, String[] t, int n) {
    int bar = line.lastIndexOf(" | ");
    if (t.length < 5 || bar < 0) {
      throw error(n, line, SOURCE_LINE);
    }
    if (declared.containsKey(t[1])) {
      throw error(n, t[1], "a source id declared once");
    }
    int titleStart = line.indexOf(t[2], line.indexOf(t[1], 6) + t[1].length()) + t[2].length();
    if (titleStart > bar) {
      throw error(n, line, SOURCE_LINE);
    }
    try {
      declared.put(
          t[1],
          Source.declared(
              t[1],
              t[2],
              line.substring(titleStart, bar).strip(),
              line.substring(bar + 3).strip()));
    } catch (InvalidValueException e) {
      throw error(n, e.value(), e.expected() + " (" + SOURCE_LINE + ")");
    }
  }

  private int[] calls(String s, int n) {
    String expected = "a call year YYYY or a range YYYY-YYYY";
    String[] p = s.split("-", -1);
    if ((p.length != 1 && p.length != 2)
        || !YEAR.matcher(p[0]).matches()
        || (p.length == 2 && !YEAR.matcher(p[1]).matches())) {
      throw error(n, s, expected);
    }
    int from = Integer.parseInt(p[0]);
    int to = p.length == 2 ? Integer.parseInt(p[1]) : from;
    if (to < from) {
      throw error(n, s, "a range whose first year is not after its last");
    }
    return new int[] {from, to};
  }

  private void fact(String[] t, int n) {
    if (callsLine == 0) {
      throw error(n, t[0], "a 'programme' and a 'calls' line before the first fact");
    }
    if (t.length != 5) {
      throw error(n, String.join(" ", t), "KEY CALLS VALUE CONFIDENCE SOURCES (5 fields)");
    }
    String key = t[0];
    KeyType type = KeyType.of(key);
    if (type == null) {
      throw error(n, key, "a known key (see core/RULES.md, 'Rule-book files')");
    }
    int[] range = calls(t[1], n);
    if (range[0] < firstCall || range[1] > lastCall) {
      throw error(n, t[1], "call years within the file's calls " + firstCall + "-" + lastCall);
    }
    String value = t[2];
    Confidence confidence = null;
    if (value.equals("unknown") != t[3].equals("unknown")) {
      throw error(n, t[2] + " " + t[3], "value 'unknown' exactly when the confidence is 'unknown'");
    }
    if (!t[3].equals("unknown")) {
      confidence = confidence(t[3], n);
      checkValue(type, value, n);
    }
    List<String> sources = new ArrayList<>();
    for (String s : t[4].split(";", -1)) {
      if (s.isEmpty() || sources.contains(s)) {
        throw error(n, t[4], "a ;-separated list of distinct sources");
      }
      sources.add(s);
    }
    Fact.Builder b =
        Fact.builder()
            .key(key)
            .fromCall(range[0])
            .toCall(range[1])
            .sources(sources)
            .file(name)
            .line(n);
    if (confidence != null) {
      b.value(value).confidence(confidence);
    }
    facts.computeIfAbsent(key, k -> new ArrayList<>()).add(b.build());
  }

  private Confidence confidence(String s, int n) {
    switch (s) {
      case "confirmed":
        return Confidence.CONFIRMED;
      case "secondary":
        return Confidence.SECONDARY;
      case "inferred":
        return Confidence.INFERRED;
      case "unconfirmed":
        return Confidence.UNCONFIRMED;
      default:
        throw error(n, s, "confirmed, secondary, inferred, unconfirmed or unknown");
    }
  }

  private void checkValue(KeyType type, String v, int n) {
    boolean ok;
    switch (type) {
      case NUMBER:
        ok = v.equals("none") || WHOLE.matcher(v).matches();
        break;
      case YES_NO:
        ok = v.equals("yes") || v.equals("no");
        break;
      case SHARE:
        ok = FRACTION.matcher(v).matches();
        break;
      case BOUNDARY:
        ok = v.equals("start") || v.equals("end");
        break;
      case COUNTRIES:
        ok = v.equals("none") || list(v, n, type, s -> CountryCode.find(s, false) != null);
        break;
      case NUMBERS:
        ok = list(v, n, type, s -> WHOLE.matcher(s).matches());
        break;
      case CATEGORIES:
        ok = list(v, n, type, s -> category(s) != null);
        break;
      case STATUSES:
        ok =
            list(
                v,
                n,
                type,
                s ->
                    s.equals("eu_member_state")
                        || s.equals("associated_third_country")
                        || s.equals("third_country_not_associated"));
        break;
      default:
        ok = false;
    }
    if (!ok) {
      throw error(n, v, type.expected());
    }
  }

  private boolean list(
      String v, int n, KeyType type, java.util.function.Predicate<String> element) {
    Set<String> seen = new HashSet<>();
    for (String s : v.split(";", -1)) {
      if (!element.test(s)) {
        throw error(n, s, type.expected());
      }
      if (!seen.add(s)) {
        throw error(n, s, "each element of the list once");
      }
    }
    return true;
  }

  /** Returns the participant category with this exact key, or {@code null}. */
  public static ParticipantCategory category(String key) {
    for (ParticipantCategory c : ParticipantCategory.values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    return null;
  }

  private ProgrammeFile finish(int lines) {
    if (programme == null || callsLine == 0) {
      throw error(lines, name, "a file with a 'programme' and a 'calls' line");
    }
    if (actions.isEmpty()
        && (programme == Programme.ERASMUS_2014_2020 || programme == Programme.ERASMUS_2021_2027)) {
      throw error(callsLine, programme.key(), "an 'actions' line for an Erasmus+ programme");
    }
    Map<String, List<Fact>> done = new LinkedHashMap<>();
    for (Map.Entry<String, List<Fact>> e : facts.entrySet()) {
      List<Fact> list = new ArrayList<>(e.getValue());
      list.sort((a, b) -> Integer.compare(a.fromCall(), b.fromCall()));
      for (int i = 1; i < list.size(); i++) {
        Fact prev = list.get(i - 1);
        Fact cur = list.get(i);
        if (cur.fromCall() <= prev.toCall()) {
          throw error(
              cur.line(),
              e.getKey() + " " + cur.calls(),
              "call years not overlapping line " + prev.line() + " (" + prev.calls() + ")");
        }
        if (cur.fromCall() > prev.toCall() + 1) {
          throw error(
              cur.line(),
              e.getKey() + " " + cur.calls(),
              "no gap after line "
                  + prev.line()
                  + " ("
                  + prev.calls()
                  + "): write the calls in between as 'unknown'");
        }
      }
      List<Fact> resolved = new ArrayList<>(list.size());
      for (Fact f : list) {
        List<String> docs = new ArrayList<>();
        List<Source> cited = new ArrayList<>();
        for (String s : f.sources()) {
          Source src = declared.get(s);
          if (src != null) {
            cited.add(src);
            docs.add(src.title());
          } else {
            docs.add(document(s, f.line()));
          }
        }
        checkConfidence(f, cited);
        resolved.add(Fact.builder().from(f).documents(docs).citedSources(cited).build());
      }
      done.put(e.getKey(), Collections.unmodifiableList(resolved));
    }
    ProgrammeFile file =
        new ProgrammeFile(
            name, programme, firstCall, lastCall, actions, Collections.unmodifiableMap(done));
    for (int year = firstCall; year <= lastCall; year++) {
      crossCheck(file, year);
    }
    return file;
  }

  private String document(String source, int line) {
    if (NOTE_SECTION.matcher(source).matches()) {
      return "vetmobility reference note " + source;
    }
    if (source.startsWith("http://") || source.startsWith("https://")) {
      throw error(line, source, "a source id: declare the address once with " + SOURCE_LINE);
    }
    throw error(line, source, "a source declared by a 'source' line, or a note section");
  }

  private void checkConfidence(Fact f, List<Source> cited) {
    String problem =
        SourceChecks.problem(f.confidence().orElse(null), f.fromCall(), f.toCall(), cited);
    if (problem != null) {
      throw error(f.line(), f.key() + " " + f.calls() + " " + f.confidence().get().key(), problem);
    }
  }

  // Checks that span keys: limits in order, and each country in one status and one region.
  private void crossCheck(ProgrammeFile file, int year) {
    for (ActivityType a : ActivityType.values()) {
      String p = "activity." + a.code() + ".";
      Fact min = file.fact(p + "min_days", year);
      Fact max = file.fact(p + "max_days", year);
      Fact fewer = file.fact(p + "min_days_fewer_opportunities", year);
      if (number(min) > number(max) && number(max) >= 0) {
        throw error(
            max.line(), max.value().get(), "a maximum not below the minimum " + min.value().get());
      }
      if (number(fewer) > number(min) && number(min) >= 0) {
        throw error(
            fewer.line(),
            fewer.value().get(),
            "a minimum not above the usual minimum " + min.value().get());
      }
    }
    Map<CountryCode, Fact> status = new HashMap<>();
    for (String key : List.of("countries.eu_member_state", "countries.associated_third_country")) {
      claim(status, file.fact(key, year), year, "status");
    }
    Map<CountryCode, Fact> region = new HashMap<>();
    for (String key : file.facts().keySet()) {
      if (key.startsWith("countries.region.")) {
        Fact f = file.fact(key, year);
        claim(region, f, year, "region");
        for (CountryCode c : countries(f)) {
          if (status.containsKey(c)) {
            throw error(
                f.line(),
                c.code(),
                "only third countries not associated in a region (line "
                    + status.get(c).line()
                    + " gives it a status in "
                    + year
                    + ")");
          }
        }
      }
    }
  }

  private void claim(Map<CountryCode, Fact> seen, Fact f, int year, String what) {
    for (CountryCode c : countries(f)) {
      Fact before = seen.put(c, f);
      if (before != null) {
        throw error(
            f.line(),
            c.code(),
            "one " + what + " per country in " + year + " (also on line " + before.line() + ")");
      }
    }
  }

  /** Returns the countries of a known list fact, or none. */
  public static List<CountryCode> countries(Fact f) {
    if (f == null || f.isUnknown() || f.value().get().equals("none")) {
      return List.of();
    }
    List<CountryCode> list = new ArrayList<>();
    for (String s : f.value().get().split(";")) {
      list.add(CountryCode.find(s, false));
    }
    return list;
  }

  /** Returns a known whole number, {@code -1} for unknown or absent, MAX_VALUE for none. */
  static int number(Fact f) {
    if (f == null || f.isUnknown()) {
      return -1;
    }
    String v = f.value().get();
    return v.equals("none") ? Integer.MAX_VALUE : Integer.parseInt(v);
  }
}
