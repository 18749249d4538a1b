package io.github.vetmobility.rules;

import io.github.vetmobility.edition.Confidence;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a complete rule-book file from a book's facts, for tests of integrators' files. */
public final class RuleBookText {
  private RuleBookText() {}

  /**
   * Returns the text of a file of the book's programme for one call, with the book's facts (every
   * key it states) and some values replaced.
   *
   * @param book the book whose facts are copied
   * @param call the call year of the new file
   * @param values values to use instead, by key
   */
  public static String of(RuleBook book, int call, Map<String, String> values) {
    return of(book, call, values, List.of());
  }

  /**
   * Returns the text of a complete file for one call: the given fact lines (sources {@code S1}, a
   * "Call"), and the book's facts for every key those lines do not state.
   *
   * @param book the book whose other facts are copied
   * @param call the call year of the new file and of the lines
   * @param lines fact lines, {@code KEY CALLS VALUE CONFIDENCE SOURCES}
   */
  public static String complete(RuleBook book, int call, String... lines) {
    return of(book, call, Map.of(), List.of(lines));
  }

  private static String of(
      RuleBook book, int call, Map<String, String> values, List<String> lines) {
    Set<String> stated = new HashSet<>();
    for (String l : lines) {
      stated.add(l.strip().split("\\s+")[0]);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("programme ").append(book.edition().programme().key()).append('\n');
    sb.append("calls ").append(call).append('\n');
    book.action().ifPresent(a -> sb.append("actions ").append(a.code()).append('\n'));
    Map<String, String> sources = new LinkedHashMap<>();
    for (Fact f : book.facts()) {
      for (Source s : f.citedSources()) {
        sources.putIfAbsent(s.id(), s.declaration());
      }
    }
    sources.putIfAbsent("S1", "source S1 official Call | https://example.org/call");
    sources.values().forEach(d -> sb.append(d).append('\n'));
    lines.forEach(l -> sb.append(l).append('\n'));
    for (Fact f : book.facts()) {
      if (stated.contains(f.key())) {
        continue;
      }
      String value = values.getOrDefault(f.key(), f.value().orElse("unknown"));
      // A fact copied to another call keeps its confidence only where a source speaks for it.
      boolean confirmedThere = f.citedSources().stream().anyMatch(s -> s.confirms(call));
      String confidence =
          value.equals("unknown")
              ? "unknown"
              : f.confidence()
                  .map(c -> c == Confidence.CONFIRMED && !confirmedThere ? Confidence.SECONDARY : c)
                  .map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
                  .orElse("inferred");
      sb.append(f.key())
          .append(' ')
          .append(call)
          .append(' ')
          .append(value)
          .append(' ')
          .append(confidence)
          .append(' ')
          .append(String.join(";", f.sources()))
          .append('\n');
    }
    return sb.toString();
  }
}
