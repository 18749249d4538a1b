package io.github.vetmobility.examples.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTextsTest {
  private final FieldTexts texts = new FieldTexts();

  private String of(int column, String text) {
    char[] buf = ("##" + text + "##").toCharArray();
    return texts.of(column, buf, 2, text.length());
  }

  @Test
  void aRepeatedTextIsTheSameInstanceInItsColumn() {
    String first = of(3, "E10000001");
    assertThat(of(3, "E10000001")).isSameAs(first);
    assertThat(of(4, "E10000001")).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void theTextIsAlwaysWhatTheBufferHolds() {
    // Thousands of texts in one column collide in its table: each answer must still be exact.
    for (int i = 0; i < 50_000; i++) {
      String text = "E1" + i;
      assertThat(of(0, text)).isEqualTo(text);
      assertThat(of(0, "E1" + (i / 2))).isEqualTo("E1" + (i / 2));
    }
  }

  @Test
  void emptyLongAndFarColumnsAreStillRead() {
    assertThat(of(0, "")).isEmpty();
    String longText = "x".repeat(200);
    assertThat(of(1, longText)).isEqualTo(longText).isNotSameAs(of(1, longText));
    assertThat(of(500, "far")).isEqualTo("far");
    assertThat(of(2, "Zürich")).isEqualTo("Zürich");
  }
}
