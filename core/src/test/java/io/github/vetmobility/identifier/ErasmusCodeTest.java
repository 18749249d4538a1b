package io.github.vetmobility.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErasmusCodeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A\u00A0 BADEN01|A  BADEN01|A",
        "A  BADEN01|A  BADEN01|A",
        "d  berlin01|D  BERLIN01|D",
        "IRLDUBLIN01|IRLDUBLIN01|IRL",
        "F\u00A0\u00A0LYON61|F  LYON61|F",
        "F\u00A0 PARIS 063|F  PARIS 063|F",
        "E  SEVILLA103|E  SEVILLA103|E",
        "UK LONDON01|UK LONDON01|UK",
        "SF HELSINK01|SF HELSINK01|SF",
        "F  CLERMON-FERRAND05|F  CLERMON-FERRAND05|F"
      })
  void normalisesToTheThreeCharacterPrefix(String text, String canonical, String prefix) {
    ErasmusCode code = ErasmusCode.parse(text);
    assertThat(code.value()).isEqualTo(canonical);
    assertThat(code.prefix()).isEqualTo(prefix);
    assertThat(ErasmusCode.parse(code.toString())).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "#N/A",
        "B4DEN01",
        "A  01",
        "A  BADEN",
        "A  BADEN0001",
        "065",
        "A  -BADEN01",
        "A    BADEN01",
        "A  BA_DEN01",
        "A EEEEEEEAAAAAAAAAA0"
      })
  void refusesWhatIsNotAnErasmusCode(String text) {
    assertThatThrownBy(() -> ErasmusCode.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("erasmusCode");
  }

  @Property(tries = 10_000)
  void anyStringParsesOrThrowsTheDocumentedException(@ForAll String text) {
    try {
      ErasmusCode code = ErasmusCode.parse(text);
      assertThat(ErasmusCode.parse(code.value())).isEqualTo(code);
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("erasmusCode");
    }
  }
}
