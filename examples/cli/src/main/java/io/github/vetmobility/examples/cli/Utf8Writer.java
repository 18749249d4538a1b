package io.github.vetmobility.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer: the same bytes as a {@code BufferedWriter} over an {@code
 * OutputStreamWriter} in UTF-8 (a surrogate without its pair is written as {@code ?}, as that
 * encoder replaces it), with less copying. A whole {@code StringBuilder}, as the reports write a
 * row, goes through the JDK's own encoder, which copies ASCII text with vectorised instructions;
 * other writes are encoded here, a character at a time. A report of a million rows writes close to
 * 2 GB. Not thread-safe: one thread writes.
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buf;
  private int pos;
  private char[] chars = new char[1024];
  // A high surrogate at the end of one write, waiting for its pair in the next.
  private char pendingHigh;
  private boolean closed;

  Utf8Writer(OutputStream out, int size) {
    this.out = out;
    this.buf = new byte[Math.max(size, 16)];
  }

  @Override
  public void write(int c) throws IOException {
    chars[0] = (char) c;
    write(chars, 0, 1);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, chars.length);
      s.getChars(off, off + n, chars, 0);
      write(chars, 0, n);
      off += n;
      len -= n;
    }
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    if (csq instanceof StringBuilder) {
      StringBuilder sb = (StringBuilder) csq;
      int len = sb.length();
      if (pendingHigh == 0 && len > 0 && !Character.isHighSurrogate(sb.charAt(len - 1))) {
        // The JDK's own encoder: for text that is all ASCII, as reports are, one vectorised scan
        // and a copy, where the loop below goes a character at a time.
        ensureOpen();
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > buf.length - pos) {
          flushBuffer();
          if (bytes.length > buf.length) {
            out.write(bytes);
            return this;
          }
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
        return this;
      }
      if (chars.length < len) {
        chars = new char[Math.max(len, chars.length * 2)];
      }
      sb.getChars(0, len, chars, 0);
      write(chars, 0, len);
      return this;
    }
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public void write(char[] cs, int off, int len) throws IOException {
    ensureOpen();
    int end = off + len;
    if (pendingHigh != 0 && off < end) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(cs[off])) {
        room(4);
        codePoint(Character.toCodePoint(high, cs[off]));
        off++;
      } else {
        room(1);
        buf[pos++] = '?';
      }
    }
    while (off < end) {
      // ASCII, the bulk of every report, a byte per character.
      int n = Math.min(end - off, buf.length - pos);
      int i = 0;
      while (i < n) {
        char c = cs[off + i];
        if (c >= 0x80) {
          break;
        }
        buf[pos + i] = (byte) c;
        i++;
      }
      pos += i;
      off += i;
      if (off == end) {
        break;
      }
      if (pos == buf.length) {
        flushBuffer();
        continue;
      }
      char c = cs[off++];
      room(4);
      if (c < 0x800) {
        buf[pos++] = (byte) (0xC0 | (c >> 6));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        if (off == end) {
          pendingHigh = c;
        } else if (Character.isLowSurrogate(cs[off])) {
          codePoint(Character.toCodePoint(c, cs[off++]));
        } else {
          buf[pos++] = '?';
        }
      } else if (Character.isLowSurrogate(c)) {
        buf[pos++] = '?';
      } else {
        buf[pos++] = (byte) (0xE0 | (c >> 12));
        buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  private void codePoint(int cp) {
    buf[pos++] = (byte) (0xF0 | (cp >> 18));
    buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    buf[pos++] = (byte) (0x80 | (cp & 0x3F));
  }

  private void room(int bytes) throws IOException {
    if (buf.length - pos < bytes) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    if (pos > 0) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("Stream closed");
    }
  }

  @Override
  public void flush() throws IOException {
    ensureOpen();
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      if (pendingHigh != 0) {
        pendingHigh = 0;
        room(1);
        buf[pos++] = '?';
      }
      flushBuffer();
      out.flush();
    } finally {
      closed = true;
      out.close();
    }
  }
}
