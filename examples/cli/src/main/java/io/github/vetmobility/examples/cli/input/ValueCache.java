package io.github.vetmobility.examples.cli.input;

import java.util.HashMap;
import java.util.function.Function;

/**
 * Remembers the values parsed from the texts that repeat in a batch (project references,
 * organisations, activity codes): a file of a million rows names a few thousand of each. Bounded:
 * emptied when full, so memory never grows with the file. Failures are not remembered (the parser
 * throws again). Thread-safe: each thread has its own map; a shared concurrent map held 14 % of the
 * profile samples of a 1M-row check.
 *
 * <p>A cache that does not pay is paused: when fewer than one look-up in eight finds its value (a
 * batch whose references or organisations are all different), the thread's map is emptied and the
 * next look-ups parse without remembering, then the cache tries again. Remembering values that
 * never come back kept tens of megabytes alive from one collection to the next. A value is the same
 * parsed or remembered, so pausing changes no answer.
 */
final class ValueCache<T> {
  /** Look-ups over which the share found is judged. */
  static final int WINDOW = 4_096;

  /** Look-ups without the cache once it did not pay. */
  static final int PAUSE = 16 * WINDOW;

  private final ThreadLocal<Table<T>> tables;
  private final Function<String, T> parser;
  private final int capacity;

  // One thread's map and how well it serves.
  private static final class Table<T> {
    final HashMap<String, T> map = new HashMap<>();
    int lookups;
    int found;
    int paused;
  }

  ValueCache(Function<String, T> parser, int capacity) {
    this.parser = parser;
    this.capacity = capacity;
    this.tables = ThreadLocal.withInitial(Table::new);
  }

  /** Returns the value of a text, parsed once (or every time while the cache is paused). */
  T get(String text) {
    Table<T> t = tables.get();
    T value = lookUp(t, text);
    if (value == null) {
      value = parser.apply(text);
      put(t, text, value);
    }
    return value;
  }

  /** Returns the value remembered under a key, or {@code null}. */
  T peek(String key) {
    return lookUp(tables.get(), key);
  }

  /** Remembers a value under a key, unless the cache is paused. */
  void put(String key, T value) {
    put(tables.get(), key, value);
  }

  /** Returns whether this thread's cache is paused (for tests). */
  boolean paused() {
    return tables.get().paused > 0;
  }

  private T lookUp(Table<T> t, String key) {
    if (t.paused > 0) {
      t.paused--;
      return null;
    }
    T value = t.map.get(key);
    t.lookups++;
    if (value != null) {
      t.found++;
    }
    if (t.lookups == WINDOW) {
      if (t.found < WINDOW / 8) {
        t.map.clear();
        t.paused = PAUSE;
      }
      t.lookups = 0;
      t.found = 0;
    }
    return value;
  }

  private void put(Table<T> t, String key, T value) {
    if (t.paused > 0) {
      return;
    }
    if (t.map.size() >= capacity) {
      t.map.clear();
    }
    t.map.put(key, value);
  }
}
