package io.github.vetmobility.examples.cli.report;

/** Writes JSON strings and numbers (RFC 8259) without a library: the output needs nothing more. */
final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** Appends {@code value} as a JSON string, or {@code null}. */
  /** Writes findings as a JSON array of {@code {rule, severity, field, message, source}}. */
  static void findings(StringBuilder sb, java.util.List<Finding> findings) {
    sb.append('[');
    boolean first = true;
    for (Finding f : findings) {
      sb.append(first ? "{\"rule\":" : ",{\"rule\":");
      first = false;
      string(sb, f.rule());
      sb.append(",\"severity\":");
      string(sb, f.severity());
      sb.append(",\"field\":");
      string(sb, f.field());
      sb.append(",\"message\":");
      string(sb, f.message());
      sb.append(",\"source\":");
      string(sb, f.source());
      sb.append('}');
    }
    sb.append(']');
  }

  static void string(StringBuilder out, String value) {
    if (value == null) {
      out.append("null");
      return;
    }
    out.append('"');
    // Most texts need no escape: found by one scan, appended in one copy.
    int first = firstToEscape(value);
    if (first == value.length()) {
      out.append(value).append('"');
      return;
    }
    out.append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          // Control characters must be escaped; U+2028/9 too, so the line is also valid JavaScript.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  // The index of the first character that must be escaped, or the length.
  private static int firstToEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return value.length();
  }
}
