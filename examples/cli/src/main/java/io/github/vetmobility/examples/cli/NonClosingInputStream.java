package io.github.vetmobility.examples.cli;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Standard input, which a command reads but must not close. */
final class NonClosingInputStream extends FilterInputStream {
  NonClosingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // standard input belongs to the process
  }
}
