package io.github.vetmobility.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The hand-written word split of rule-book lines cuts them as the regular expression did. */
class RuleFileWordsTest {
  @Property
  void wordsAreThoseOfTheWhitespaceSplit(
      @ForAll
          @StringLength(min = 1, max = 40)
          @Chars({'a', 'b', '.', ';', ' ', '\t', '\u000B', '\f', '\r', '\u00A0', '\u2003', '-'})
          String raw) {
    String line = raw.strip();
    if (!line.isEmpty()) {
      assertThat(RuleFileReader.words(line)).containsExactly(line.split("\\s+"));
    }
  }

  @Test
  void aLineIsCutAtEveryRunOfSpaces() {
    assertThat(RuleFileReader.words("key  2021-2027\tyes \u000B confirmed G26;G27"))
        .containsExactly("key", "2021-2027", "yes", "confirmed", "G26;G27");
    // A no-break space is no separator, for the regular expression either.
    assertThat(RuleFileReader.words("a\u00A0b c")).containsExactly("a\u00A0b", "c");
  }
}
