package io.github.vetmobility.funding;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/** The lines of one grant: an unmodifiable list over one array of the exact size. */
final class LineList extends AbstractList<GrantLine> implements RandomAccess {
  private final GrantLine[] lines;

  LineList(GrantLine[] lines, int count) {
    this.lines = Arrays.copyOf(lines, count);
  }

  @Override
  public GrantLine get(int index) {
    return lines[index];
  }

  @Override
  public int size() {
    return lines.length;
  }
}
