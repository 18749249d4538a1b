package io.github.vetmobility.place;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Folds place names so that accents, case, punctuation and common encoding accidents do not matter:
 * {@code "València"}, {@code "VALENCIA"} and {@code "valencia "} all fold to {@code "valencia"}.
 */
final class PlaceNames {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PlaceNames() {}

  /** Returns the folded form: lower-case ASCII letters and digits, single spaces between words. */
  static String fold(CharSequence name) {
    String s = name.toString();
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String mapped = letter(c);
      if (mapped == null) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        if (!space) {
          sb.append(' ');
          space = true;
        }
        continue;
      }
      sb.append(mapped);
      space = false;
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == ' ') {
      sb.setLength(end - 1);
    }
    return sb.toString();
  }

  // Letters that do not decompose into a base letter and a mark.
  private static String letter(char c) {
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      return String.valueOf(c);
    }
    if (c >= 'A' && c <= 'Z') {
      return String.valueOf((char) (c + 32));
    }
    switch (c) {
      case 'ß':
        return "ss";
      case 'æ':
      case 'Æ':
        return "ae";
      case 'œ':
      case 'Œ':
        return "oe";
      case 'ø':
      case 'Ø':
        return "o";
      case 'đ':
      case 'Đ':
      case 'ð':
      case 'Ð':
        return "d";
      case 'ł':
      case 'Ł':
        return "l";
      case 'þ':
      case 'Þ':
        return "th";
      case 'ı':
        return "i";
      case 'ħ':
      case 'Ħ':
        return "h";
      default:
        break;
    }
    if (Character.isLetter(c)) {
      return String.valueOf(Character.toLowerCase(c));
    }
    return null;
  }

  /**
   * Undoes UTF-8 text that was read as Windows-1252, once or twice ({@code "TÃ¼bingen"} becomes
   * {@code "Tübingen"}); returns the text unchanged when it does not look like such an accident.
   */
  static String repairMojibake(String s) {
    String current = s;
    for (int round = 0; round < 2 && looksLikeMojibake(current); round++) {
      byte[] bytes = current.getBytes(WINDOWS_1252);
      String decoded = new String(bytes, StandardCharsets.UTF_8);
      if (decoded.indexOf('\uFFFD') >= 0 || decoded.equals(current)) {
        break;
      }
      current = decoded;
    }
    return current;
  }

  private static boolean looksLikeMojibake(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'Ã' || c == 'Å' || c == 'Ä' || c == 'Â') {
        return true;
      }
    }
    return false;
  }

  /** Removes digits, for example postcodes or stray numbers typed into a city field. */
  static String withoutDigits(String folded) {
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < '0' || c > '9') {
        sb.append(c);
      }
    }
    return fold(sb);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
