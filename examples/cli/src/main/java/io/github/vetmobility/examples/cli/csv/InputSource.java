package io.github.vetmobility.examples.cli.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into characters the way the checker reads its input: UTF-8 by default, a UTF-8 byte
 * order mark skipped (and then UTF-8 whatever the charset asked for), Windows-1252 or any other
 * charset on request. Bytes that are not valid in the charset become U+FFFD, never an error.
 */
public final class InputSource {
  /** Windows-1252, the charset of spreadsheet exports on Western European Windows. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private InputSource() {}

  /**
   * Opens a reader over a byte stream.
   *
   * @param bytes the input; closed when the reader is closed
   * @param charset the charset when the input has no UTF-8 byte order mark
   * @return a reader positioned after the byte order mark, if any
   * @throws IOException if the stream fails
   */
  public static Reader reader(InputStream bytes, Charset charset) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes, 1 << 16);
    in.mark(3);
    boolean bom = in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF;
    if (!bom) {
      in.reset();
    }
    return new InputStreamReader(in, bom ? StandardCharsets.UTF_8 : charset);
  }
}
