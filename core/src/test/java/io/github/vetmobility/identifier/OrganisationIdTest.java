package io.github.vetmobility.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"E10208308", "e10208308", "  E10208308 ", "E00000000", "\u00A0E99999999"})
  void acceptsOidsInAnyCaseWithSurroundingSpace(String text) {
    OrganisationId oid = OrganisationId.parse(text);
    assertThat(oid.value()).matches("E\\d{8}");
    assertThat(oid.toString()).isEqualTo(oid.value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "E1234567",
        "E123456789",
        "F12345678",
        "E1234 5678",
        "12345678E",
        "E１２３４５６７８",
        "E12345678\u0000",
        "EE2345678"
      })
  void refusesWhatIsNotAnOid(String text) {
    assertThatThrownBy(() -> OrganisationId.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("oid")
        .hasMessageContaining("'E' followed by 8 digits");
  }

  @Property
  void formatThenParseGivesTheSameOid(@ForAll("oids") String text) {
    OrganisationId oid = OrganisationId.parse(text);
    assertThat(OrganisationId.parse(oid.toString())).isEqualTo(oid);
  }

  @Property(tries = 10_000)
  void anyStringEitherParsesOrThrowsTheDocumentedException(@ForAll String text) {
    try {
      assertThat(OrganisationId.parse(text).value()).matches("E\\d{8}");
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("oid");
    }
  }

  @Test
  void nullIsRefusedWithTheDocumentedException() {
    assertThatThrownBy(() -> OrganisationId.parse(null)).isInstanceOf(InvalidValueException.class);
  }

  @Provide
  Arbitrary<String> oids() {
    return Arbitraries.strings().numeric().ofLength(8).map(d -> "E" + d);
  }
}
