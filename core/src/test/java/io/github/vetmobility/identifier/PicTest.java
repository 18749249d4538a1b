package io.github.vetmobility.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PicTest {

  @ParameterizedTest
  @ValueSource(strings = {"949240934", " 949240934\t", "000000000"})
  void acceptsNineDigits(String text) {
    assertThat(Pic.parse(text).value()).isEqualTo(text.strip());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "94924093", "9492409345", "94924093A", "949 240 934", "٩٤٩٢٤٠٩٣٤", "#N/A"})
  void refusesWhatIsNotAPic(String text) {
    assertThatThrownBy(() -> Pic.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("pic")
        .hasMessageContaining("9 digits");
  }

  @Property
  void formatThenParseGivesTheSamePic(@ForAll("pics") String text) {
    Pic pic = Pic.parse(text);
    assertThat(Pic.parse(pic.toString())).isEqualTo(pic);
  }

  @Property(tries = 10_000)
  void anyStringEitherParsesOrThrowsTheDocumentedException(@ForAll String text) {
    try {
      assertThat(Pic.parse(text).value()).matches("\\d{9}");
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("pic");
    }
  }

  @Provide
  Arbitrary<String> pics() {
    return Arbitraries.strings().numeric().ofLength(9);
  }
}
