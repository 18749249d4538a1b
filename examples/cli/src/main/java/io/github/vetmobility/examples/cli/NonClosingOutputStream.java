package io.github.vetmobility.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output, which a command writes and flushes but must not close. A {@link PrintStream}
 * swallows write errors: this stream asks it after every write and throws, so that a full disk or a
 * closed pipe stops the command instead of being ignored.
 */
final class NonClosingOutputStream extends FilterOutputStream {
  NonClosingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    check();
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    check();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
    check();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void check() throws IOException {
    if (out instanceof PrintStream && ((PrintStream) out).checkError()) {
      throw new IOException(VetMobilityCli.STDOUT_FAILED);
    }
  }
}
