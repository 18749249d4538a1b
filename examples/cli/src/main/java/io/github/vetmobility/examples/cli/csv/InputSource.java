package io.github.vetmobility.examples.cli.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into characters the way the checker reads its input: UTF-8 by default, a byte order
 * mark skipped and obeyed (UTF-8, UTF-16 or UTF-32, big or little endian, whatever charset was
 * asked for), Windows-1252 or any other charset on request. Bytes that are not valid in the charset
 * become U+FFFD, never an error.
 */
public final class InputSource {
  /** Windows-1252, the charset of spreadsheet exports on Western European Windows. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private InputSource() {}

  /**
   * Opens a reader over a byte stream.
   *
   * @param bytes the input; closed when the reader is closed
   * @param charset the charset when the input has no byte order mark
   * @return a reader positioned after the byte order mark, if any
   * @throws IOException if the stream fails
   */
  public static Reader reader(InputStream bytes, Charset charset) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes, 1 << 16);
    in.mark(4);
    int[] b = new int[4];
    for (int i = 0; i < 4; i++) {
      b[i] = in.read();
    }
    in.reset();
    Charset found = null;
    int skip = 0;
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    if (b[0] == 0x00 && b[1] == 0x00 && b[2] == 0xFE && b[3] == 0xFF) {
      found = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0x00 && b[3] == 0x00) {
      found = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
      found = StandardCharsets.UTF_8;
      skip = 3;
    } else if (b[0] == 0xFE && b[1] == 0xFF) {
      found = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b[0] == 0xFF && b[1] == 0xFE) {
      found = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    for (int i = 0; i < skip; i++) {
      in.read();
    }
    return new InputStreamReader(in, found != null ? found : charset);
  }
}
