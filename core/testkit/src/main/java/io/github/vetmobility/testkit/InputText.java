package io.github.vetmobility.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of text as it arrives from users, spreadsheets and files: anything at all, and text
 * that is almost a valid form but not quite.
 *
 * <p>Use them to prove that a parser, or a host's own input handling, rejects bad input with the
 * documented exception and nothing else:
 *
 * <pre>{@code
 * @Property(tries = 10_000)
 * void oidParsingFailsOnlyAsDocumented(@ForAll("oidLike") String text) { ... }
 *
 * @Provide
 * Arbitrary<String> oidLike() {
 *   return InputText.nearValid(VetArbitraries.organisationIds().map(OrganisationId::value));
 * }
 * }</pre>
 */
public final class InputText {
  /**
   * Characters that parsers trip over: digits of other scripts (Arabic-Indic, Devanagari,
   * full-width, superscript), look-alike letters (Cyrillic and Greek capitals), white space of
   * every kind (no-break, figure, narrow, ideographic, zero-width, line separators), control
   * characters, a byte-order mark, a combining accent, lone surrogate halves, and the separators of
   * the text forms.
   */
  private static final List<Character> TROUBLE =
      List.of(
          '\u0660', '\u0663', '\u0969', '\uFF10', '\uFF19', '\u00B2', '\u0415', '\u0391', '\u039A',
          ' ', '\t', '\n', '\r', '\u000B', '\u00A0', '\u2007', '\u202F', '\u3000', '\u200B',
          '\u2028', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\uFEFF', '\u0301', '\uD800',
          '\uDC00', '-', '_', '.', ',', '+', '/', 'e', 'E', 'O', '0', '9');

  /** The longest text generated; long enough to find quadratic or recursive parsing. */
  private static final int VERY_LONG = 100_000;

  private InputText() {}

  /** The ways a near-valid text differs from a valid one. */
  private enum Edit {
    REPLACE,
    INSERT,
    DELETE,
    TRUNCATE,
    REPEAT,
    PAD,
    SWAP_CASE,
    WRAP
  }

  /**
   * Returns any text: strings of every Unicode character (surrogates included), of printable ASCII,
   * and of letters, digits and separators, from empty to very long.
   *
   * @return an arbitrary of strings
   */
  public static Arbitrary<String> anything() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.strings().all().ofMaxLength(40)),
        Tuple.of(20, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)),
        Tuple.of(
            20,
            Arbitraries.strings()
                .withCharRange('0', '9')
                .withCharRange('A', 'Z')
                .withCharRange('a', 'z')
                .withChars("- _.")
                .ofMaxLength(40)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(1_000).ofMaxLength(5_000)),
        Tuple.of(1, Arbitraries.strings().all().ofLength(1).map(c -> c.repeat(VERY_LONG))));
  }

  /**
   * Returns text close to a valid form: each generated string is one of {@code valid}'s values with
   * one to three edits: a character replaced by or inserted from a set of troublesome characters
   * (Unicode digits, look-alike letters, white space of every kind, control characters, lone
   * surrogates, separators), a character deleted, the text cut short, repeated or padded to a very
   * great length, its case swapped, or wrapped in white space and control characters. Some results
   * are still valid (an edit may change nothing that matters), so a property must accept both
   * outcomes.
   *
   * @param valid valid text forms, e.g. {@code VetArbitraries.pics().map(Pic::value)}
   * @return an arbitrary of near-valid strings
   */
  public static Arbitrary<String> nearValid(Arbitrary<String> valid) {
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.of(Edit.class),
                Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.of(TROUBLE),
                Arbitraries.frequencyOf(
                    Tuple.of(8, Arbitraries.integers().between(1, 8)),
                    Tuple.of(1, Arbitraries.integers().between(9, VERY_LONG))))
            .as(Step::new);
    return Combinators.combine(valid, steps.list().ofMinSize(1).ofMaxSize(3))
        .as(
            (text, edits) -> {
              String s = text;
              for (Step step : edits) {
                s = step.apply(s);
              }
              return s;
            });
  }

  /** One edit: what to do, where (taken modulo the length), with which character, how often. */
  private static final class Step {
    private final Edit edit;
    private final int position;
    private final char trouble;
    private final int count;

    Step(Edit edit, int position, char trouble, int count) {
      this.edit = edit;
      this.position = position;
      this.trouble = trouble;
      this.count = count;
    }

    String apply(String s) {
      int at = s.isEmpty() ? 0 : position % (s.length() + 1);
      switch (edit) {
        case REPLACE:
          return s.isEmpty()
              ? String.valueOf(trouble)
              : s.substring(0, Math.min(at, s.length() - 1))
                  + trouble
                  + s.substring(Math.min(at, s.length() - 1) + 1);
        case INSERT:
          return s.substring(0, at)
              + String.valueOf(trouble).repeat(Math.min(count, 8))
              + s.substring(at);
        case DELETE:
          return s.isEmpty()
              ? s
              : s.substring(0, Math.min(at, s.length() - 1))
                  + s.substring(Math.min(at, s.length() - 1) + 1);
        case TRUNCATE:
          return s.substring(0, at);
        case REPEAT:
          return s.isEmpty() ? s : s.repeat(Math.max(2, Math.min(count, VERY_LONG / s.length())));
        case PAD:
          return s + String.valueOf(trouble).repeat(count);
        case SWAP_CASE:
          return swapCase(s);
        case WRAP:
          return trouble + s + trouble;
        default:
          throw new AssertionError(edit);
      }
    }

    private static String swapCase(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      }
      return sb.toString();
    }

    @Override
    public String toString() {
      return edit + "@" + position + " " + (int) trouble + " x" + count;
    }
  }
}
