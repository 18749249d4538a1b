package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8Writer writes the bytes an OutputStreamWriter in UTF-8 writes, however the text comes. */
class Utf8WriterTest {
  private static final char[] ALPHABET = {
    'a', 'Z', '"', '\n', 'é', 'ł', '€', '\u2028', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\u07FF'
  };

  @Test
  void sameBytesAsOutputStreamWriterForAnyTextAndChunking() throws IOException {
    Random r = new Random(17);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = r.nextInt(round % 10 == 0 ? 5_000 : 60);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET[r.nextInt(ALPHABET.length)]);
      }
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      ByteArrayOutputStream actual = new ByteArrayOutputStream();
      try (Writer a = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
          Writer b = new Utf8Writer(actual, 16 + r.nextInt(64))) {
        int at = 0;
        while (at < text.length()) {
          int n = Math.min(text.length() - at, 1 + r.nextInt(40));
          String part = text.substring(at, at + n);
          switch (r.nextInt(4)) {
            case 0:
              a.write(part);
              b.write(part);
              break;
            case 1:
              a.append(new StringBuilder(part));
              b.append(new StringBuilder(part));
              break;
            case 2:
              a.write(part.toCharArray(), 0, n);
              b.write(part.toCharArray(), 0, n);
              break;
            default:
              for (int i = 0; i < n; i++) {
                a.write(part.charAt(i));
                b.write(part.charAt(i));
              }
          }
          at += n;
        }
      }
      assertThat(actual.toByteArray()).as("text %s", text).isEqualTo(expected.toByteArray());
    }
  }

  @Test
  void aClosedWriterRefusesToWrite() throws IOException {
    Writer w = new Utf8Writer(new ByteArrayOutputStream(), 64);
    w.close();
    w.close();
    assertThatThrownBy(() -> w.write("x")).isInstanceOf(IOException.class);
  }
}
