package io.github.vetmobility.rules;

import io.github.vetmobility.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document a fact rests on, declared once in a data file: its id (as cited by facts), its kind,
 * the call years it speaks for, a human title and a web address. Immutable.
 *
 * <pre>{@code
 * Source g26 = Source.of("G26", SourceKind.PROGRAMME_GUIDE, 2026, 2026,
 *     "Erasmus+ Programme Guide 2026, version 1", "https://erasmus-plus.ec.europa.eu/...");
 * g26.covers(2026);  // true
 * }</pre>
 */
public final class Source {
  private static final int ANY = 0;

  private final String id;
  private final SourceKind kind;
  private final int fromCall;
  private final int toCall;
  private final String title;
  private final String url;

  private Source(String id, SourceKind kind, int fromCall, int toCall, String title, String url) {
    this.id = id;
    this.kind = kind;
    this.fromCall = fromCall;
    this.toCall = toCall;
    this.title = title;
    this.url = url;
  }

  /**
   * Returns a source that speaks for some call years.
   *
   * @param id the id facts cite, e.g. {@code G26}
   * @param kind the kind of document
   * @param fromCall the first call year it speaks for
   * @param toCall the last call year it speaks for (inclusive)
   * @param title a human title
   * @param url the web address ({@code http://} or {@code https://})
   * @return the source
   * @throws InvalidValueException if a part is missing or malformed
   */
  public static Source of(
      String id, SourceKind kind, int fromCall, int toCall, String title, String url) {
    if (fromCall < 2000 || toCall < fromCall || toCall > 2100) {
      throw new InvalidValueException(
          "source.calls", fromCall + "-" + toCall, "call years from 2000 to 2100, in order");
    }
    return checked(id, kind, fromCall, toCall, title, url);
  }

  /**
   * Returns a source that speaks for any call year (a treaty, or a page whose rules did not change
   * over the editions that cite it). A Programme Guide always has a call year.
   *
   * @param id the id facts cite
   * @param kind the kind of document, not {@link SourceKind#PROGRAMME_GUIDE}
   * @param title a human title
   * @param url the web address
   * @return the source
   * @throws InvalidValueException if a part is missing or malformed
   */
  public static Source of(String id, SourceKind kind, String title, String url) {
    if (kind == SourceKind.PROGRAMME_GUIDE) {
      throw new InvalidValueException("source.kind", kind.key(), "a Guide with its call year");
    }
    return checked(id, kind, ANY, ANY, title, url);
  }

  /**
   * Returns a source from the parts of its declaration in a data file.
   *
   * @param id the id facts cite
   * @param kindWithCalls the kind, with the call years after a colon when it has some: {@code
   *     programme_guide:2026}, {@code commission:2021-2024}, {@code national_agency}
   * @param title a human title
   * @param url the web address
   * @return the source
   * @throws InvalidValueException naming the part that is wrong
   */
  public static Source declared(String id, String kindWithCalls, String title, String url) {
    String expected =
        "a kind (programme_guide:YYYY, official, commission, national_agency or third_party),"
            + " optionally with :YYYY or :YYYY-YYYY";
    if (kindWithCalls == null) {
      throw new InvalidValueException("source.kind", null, expected);
    }
    int colon = kindWithCalls.indexOf(':');
    SourceKind kind =
        SourceKind.find(colon < 0 ? kindWithCalls : kindWithCalls.substring(0, colon));
    if (kind == null) {
      throw new InvalidValueException("source.kind", kindWithCalls, expected);
    }
    if (colon < 0) {
      return of(id, kind, title, url);
    }
    String calls = kindWithCalls.substring(colon + 1);
    if (!CALLS.matcher(calls).matches()) {
      throw new InvalidValueException("source.kind", kindWithCalls, expected);
    }
    int from = Integer.parseInt(calls.substring(0, 4));
    int to = calls.length() == 4 ? from : Integer.parseInt(calls.substring(5));
    return of(id, kind, from, to, title, url);
  }

  // Compiled once (String.matches compiles on every call): a rule-book file declares dozens.
  private static final Pattern CALLS = Pattern.compile("[0-9]{4}(-[0-9]{4})?");
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");
  private static final Pattern URL = Pattern.compile("https?://[^\\s|]+");

  private static Source checked(
      String id, SourceKind kind, int fromCall, int toCall, String title, String url) {
    InvalidValueException.requirePresent(kind, "source.kind");
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValueException(
          "source.id", id, "a letter, then up to 39 letters, digits, _ . -");
    }
    if (title == null || title.isBlank() || title.contains("|")) {
      throw new InvalidValueException("source.title", title, "a title without '|'");
    }
    if (url == null || !URL.matcher(url).matches()) {
      throw new InvalidValueException("source.url", url, "an http:// or https:// address");
    }
    return new Source(id, kind, fromCall, toCall, title.strip(), url);
  }

  /** {@return the id facts cite, for example {@code G26}} */
  public String id() {
    return id;
  }

  /** {@return the kind of document} */
  public SourceKind kind() {
    return kind;
  }

  /** {@return the human title} */
  public String title() {
    return title;
  }

  /** {@return the web address} */
  public String url() {
    return url;
  }

  /** {@return the first call year the source speaks for; empty when it speaks for any} */
  public Optional<Integer> fromCall() {
    return fromCall == ANY ? Optional.empty() : Optional.of(fromCall);
  }

  /** {@return the last call year the source speaks for; empty when it speaks for any} */
  public Optional<Integer> toCall() {
    return toCall == ANY ? Optional.empty() : Optional.of(toCall);
  }

  /**
   * {@return whether the source speaks for a call year}
   *
   * @param callYear the call year, for example {@code 2025}
   */
  public boolean covers(int callYear) {
    return fromCall == ANY || (callYear >= fromCall && callYear <= toCall);
  }

  /**
   * {@return whether the source can make a fact of that call year confirmed}
   *
   * @param callYear the call year of the fact
   */
  public boolean confirms(int callYear) {
    return kind.canConfirm() && covers(callYear);
  }

  /**
   * {@return the kind as written in a rule-book {@code source} line, with the call years when the
   * source has some: {@code programme_guide:2026}, {@code commission:2021-2024}, {@code official}}
   */
  public String kindWithCalls() {
    if (fromCall == ANY) {
      return kind.key();
    }
    return kind.key() + ":" + (fromCall == toCall ? fromCall : fromCall + "-" + toCall);
  }

  /**
   * {@return the label of kind and calls, for example {@code Programme Guide 2026} or {@code third
   * party}}
   */
  public String kindLabel() {
    if (fromCall == ANY) {
      return kind.label();
    }
    return kind.label() + " " + (fromCall == toCall ? fromCall : fromCall + "-" + toCall);
  }

  /**
   * {@return the line that declares this source in a rule-book file: {@code source ID KIND TITLE |
   * URL}}
   */
  public String declaration() {
    return "source " + id + " " + kindWithCalls() + " " + title + " | " + url;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Source s
        && id.equals(s.id)
        && kind == s.kind
        && fromCall == s.fromCall
        && toCall == s.toCall
        && title.equals(s.title)
        && url.equals(s.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, fromCall, toCall, title, url);
  }

  /**
   * Returns the text, for example {@code G26: Erasmus+ Programme Guide 2026 (Programme Guide 2026),
   * https://...}.
   */
  @Override
  public String toString() {
    return id + ": " + title + " (" + kindLabel() + "), " + url;
  }
}
