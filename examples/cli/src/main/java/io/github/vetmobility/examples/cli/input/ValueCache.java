package io.github.vetmobility.examples.cli.input;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the values parsed from the texts that repeat in a batch (project references,
 * organisations, activity codes): a file of a million rows names a few thousand of each. Bounded:
 * emptied when full, so memory never grows with the file. Failures are not remembered (the parser
 * throws again). Thread-safe.
 */
final class ValueCache<T> {
  private final ConcurrentHashMap<String, T> values = new ConcurrentHashMap<>();
  private final Function<String, T> parser;
  private final int capacity;

  ValueCache(Function<String, T> parser, int capacity) {
    this.parser = parser;
    this.capacity = capacity;
  }

  /** Returns the value of a text, parsed once. */
  T get(String text) {
    T value = values.get(text);
    if (value == null) {
      value = parser.apply(text);
      put(text, value);
    }
    return value;
  }

  /** Returns the value remembered under a key, or {@code null}. */
  T peek(String key) {
    return values.get(key);
  }

  /** Remembers a value under a key. */
  void put(String key, T value) {
    if (values.size() >= capacity) {
      values.clear();
    }
    values.put(key, value);
  }
}
