package io.github.vetmobility.funding;

/**
 * Grant lines already made, shared by the grants whose inputs to a line repeat: a batch of a
 * million rows has a few thousand distinct travel lines (one per distance and band) and fewer
 * individual- and organisational-support lines. A line is found by the object it rests on (a fact,
 * a rate, a constant text), compared by identity, and a key packing every other input of its words
 * and amount. Direct-mapped and bounded: a new line replaces the one in its slot. Safe without
 * locks: entries are immutable, and a lost race only makes a line twice.
 */
final class LineCache {
  private static final int BITS = 12;
  private final Entry[] entries = new Entry[1 << BITS];

  private static final class Entry {
    final Object anchor;
    final long key;
    final GrantLine line;

    Entry(Object anchor, long key, GrantLine line) {
      this.anchor = anchor;
      this.key = key;
      this.line = line;
    }
  }

  /** Returns the line made before from the same inputs, or {@code null}. */
  GrantLine get(Object anchor, long key) {
    Entry e = entries[index(anchor, key)];
    return e != null && e.anchor == anchor && e.key == key ? e.line : null;
  }

  /** Keeps a line for the inputs and returns it. */
  GrantLine put(Object anchor, long key, GrantLine line) {
    entries[index(anchor, key)] = new Entry(anchor, key, line);
    return line;
  }

  private static int index(Object anchor, long key) {
    long h = (key ^ ((long) System.identityHashCode(anchor) << 32)) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> (64 - BITS));
  }
}
