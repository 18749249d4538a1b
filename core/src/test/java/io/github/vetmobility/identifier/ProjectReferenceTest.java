package io.github.vetmobility.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectReferenceTest {

  @Test
  void parsesThe2021Format() {
    ProjectReference r = ProjectReference.parse("2024-1-IT01-KA121-VET-000123456");
    assertThat(r.callYear()).isEqualTo(2024);
    assertThat(r.round()).isEqualTo(1);
    assertThat(r.nationalAgency()).isEqualTo(NationalAgencyCode.of(CountryCode.IT, 1));
    assertThat(r.keyAction()).isEqualTo(KeyAction.KA121);
    assertThat(r.field()).contains("VET");
    assertThat(r.sequence()).isEqualTo(123456);
    assertThat(r.isLegacyFormat()).isFalse();
    assertThat(r.format()).isEqualTo("2024-1-IT01-KA121-VET-000123456");
  }

  @Test
  void parsesThe2014To2020Format() {
    ProjectReference r = ProjectReference.parse("2019-1-DE02-KA102-005678");
    assertThat(r.callYear()).isEqualTo(2019);
    assertThat(r.nationalAgency().code()).isEqualTo("DE02");
    assertThat(r.keyAction()).isEqualTo(KeyAction.KA102);
    assertThat(r.field()).isEmpty();
    assertThat(r.sequenceDigits()).isEqualTo(6);
    assertThat(r.isLegacyFormat()).isTrue();
    assertThat(r.toString()).isEqualTo("2019-1-DE02-KA102-005678");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-1-CZ01-KA121-VET-000006611",
        "2022-1-PL01-KA122-VET-000076905",
        "2024-1-RS01-KA122-VET-000240191",
        "2019-1-AT01-KA102-050670",
        "2020-1-RO01-KA102-078817",
        "2020-1-PL01-KA120-VET-095178",
        "2020-1-ES01-KA120-VET-095056",
        "2021-1-RO01-KA120-SCH-000042802",
        "2023-2-EL01-KA122-VET-000123456"
      })
  void parsesRealReferencesAndPrintsThemBack(String text) {
    assertThat(ProjectReference.parse(text).format()).isEqualTo(text);
  }

  @Test
  void acceptsLowerCaseAndSurroundingSpace() {
    assertThat(ProjectReference.parse(" 2024-1-it01-ka121-vet-000123456\n").format())
        .isEqualTo("2024-1-IT01-KA121-VET-000123456");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-1-CZ01-KA121-000006611", // 2021 needs the field segment
        "2019-1-AT01-KA102-VET-050670", // 2014-2020 has none
        "2020-1-PL01-KA120-VET-000095178", // 2020 accreditations have 6 digits
        "2021-1-RO01-KA120-SCH-042802", // 2021 on: 9 digits
        "2024-1-GR01-KA121-VET-000123456", // Commission coding: EL, not GR
        "2024-1-GB01-KA121-VET-000123456",
        "2024-3-IT01-KA121-VET-000123456", // round 1 or 2
        "2013-1-DE02-KA102-005678",
        "2024-1-IT1-KA121-VET-000123456",
        "2024-1-IT01-KA12-VET-000123456",
        "2024-1-IT01-KA121-VE-000123456",
        "2024-1-IT01-KA121-VET-00012345",
        "2024-1-IT01-KA121-VET-000123456-1",
        "2024 1 IT01 KA121 VET 000123456",
        ""
      })
  void refusesMalformedReferences(String text) {
    assertThatThrownBy(() -> ProjectReference.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("projectReference");
  }

  @Test
  void accreditationCodesAreKa120ReferencesWithAField() {
    AccreditationCode code = AccreditationCode.parse("2020-1-PL01-KA120-VET-095178");
    assertThat(code.callYear()).isEqualTo(2020);
    assertThat(code.field()).isEqualTo("VET");
    assertThat(code.toString()).isEqualTo("2020-1-PL01-KA120-VET-095178");
    assertThatThrownBy(() -> AccreditationCode.parse("2024-1-IT01-KA121-VET-000123456"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("accreditationCode");
    assertThatThrownBy(() -> AccreditationCode.parse("2021-1-RO01-KA120-SCH-042802"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Property
  void formatThenParseGivesTheSameReference(@ForAll("references") ProjectReference reference) {
    assertThat(ProjectReference.parse(reference.format())).isEqualTo(reference);
  }

  @Property(tries = 10_000)
  void nearValidStringsParseOrThrowTheDocumentedException(@ForAll("nearValid") String text) {
    try {
      ProjectReference r = ProjectReference.parse(text);
      assertThat(ProjectReference.parse(r.format())).isEqualTo(r);
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("projectReference");
    }
  }

  @Property(tries = 10_000)
  void anyStringParsesOrThrowsTheDocumentedException(@ForAll String text) {
    try {
      ProjectReference.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.getMessage()).contains("projectReference");
    }
  }

  @Provide
  Arbitrary<ProjectReference> references() {
    Arbitrary<CountryCode> countries = Arbitraries.of(CountryCode.class);
    Arbitrary<ProjectReference> modern =
        Combinators.combine(
                Arbitraries.integers().between(2021, 2099),
                Arbitraries.integers().between(1, 2),
                countries,
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(100, 999),
                Arbitraries.of("VET", "SCH", "ADU", "YOU", "HED"),
                Arbitraries.longs().between(0, 999_999_999L))
            .as(
                (y, r, c, n, ka, f, seq) ->
                    ProjectReference.builder()
                        .callYear(y)
                        .round(r)
                        .nationalAgency(NationalAgencyCode.of(c, n))
                        .keyAction(KeyAction.of(ka))
                        .field(f)
                        .sequence(seq)
                        .sequenceDigits(9)
                        .build());
    Arbitrary<ProjectReference> legacy =
        Combinators.combine(
                Arbitraries.integers().between(2014, 2020),
                Arbitraries.integers().between(1, 2),
                countries,
                Arbitraries.integers().between(0, 99),
                Arbitraries.of(102, 116, 109, 101, 104),
                Arbitraries.longs().between(0, 999_999L))
            .as(
                (y, r, c, n, ka, seq) ->
                    ProjectReference.builder()
                        .callYear(y)
                        .round(r)
                        .nationalAgency(NationalAgencyCode.of(c, n))
                        .keyAction(KeyAction.of(ka))
                        .sequence(seq)
                        .sequenceDigits(6)
                        .build());
    return Arbitraries.oneOf(modern, legacy);
  }

  @Provide
  Arbitrary<String> nearValid() {
    Arbitrary<String> base = references().map(ProjectReference::format);
    Arbitrary<Character> noise =
        Arbitraries.of('-', ' ', '0', '9', 'A', 'z', '\u00A0', '\u0660', '\t', '\u0000');
    return Combinators.combine(
            base,
            Arbitraries.integers().between(0, 40),
            noise,
            Arbitraries.integers().between(0, 3))
        .as(
            (s, pos, c, op) -> {
              int p = Math.min(pos, s.length());
              switch (op) {
                case 0:
                  return s.substring(0, p) + c + s.substring(p);
                case 1:
                  return p < s.length() ? s.substring(0, p) + s.substring(p + 1) : s + c;
                case 2:
                  return p < s.length() ? s.substring(0, p) + c + s.substring(p + 1) : s;
                default:
                  return s.repeat(1 + pos % 3);
              }
            });
  }
}
