package io.github.vetmobility.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Programme;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV layer under the funding data: quoting, line numbers and the checked getters. */
class DataFileTest {
  private static final String[] HEADER = {"programme", "calls", "group", "sources"};

  private static DataFile read(String text) {
    return DataFile.read(new StringReader(text), "x.csv", HEADER);
  }

  private static DataFile.Row row(String line) {
    return read("programme,calls,group,sources\n" + line + "\n").rows().get(0);
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    DataFile f = read("\uFEFFprogramme,calls,group,sources\nEP2127,2025,1,G25\n");
    assertThat(f.name()).isEqualTo("x.csv");
    assertThat(f.rows()).hasSize(1);
  }

  @net.jqwik.api.Property
  void aLineWithoutQuotesIsCutAtEveryCommaAndEachCellStripped(
      @net.jqwik.api.ForAll
          @net.jqwik.api.constraints.Chars({'a', '1', ' ', '\t', '\u00A0', ';'})
          @net.jqwik.api.constraints.StringLength(max = 6)
          String a,
      @net.jqwik.api.ForAll
          @net.jqwik.api.constraints.Chars({'b', ' ', '\u2007', '-'})
          @net.jqwik.api.constraints.StringLength(max = 6)
          String b) {
    String line = a + ",2025, " + b + " ,x" + b;
    // A blank line is skipped, not a row.
    net.jqwik.api.Assume.that(!line.isBlank());
    DataFile.Row r = row(line);
    assertThat(r.text("programme")).isEqualTo(io.github.vetmobility.internal.Text.strip(a));
    assertThat(r.text("calls")).isEqualTo("2025");
    assertThat(r.text("group")).isEqualTo(io.github.vetmobility.internal.Text.strip(b));
    assertThat(r.text("sources")).isEqualTo(io.github.vetmobility.internal.Text.strip("x" + b));
    // Quoted, the same cells read the same.
    DataFile.Row quoted = row("\"" + a + "\",\"2025\", " + b + " ,\"x" + b + "\"");
    assertThat(quoted.text("calls")).isEqualTo("2025");
    assertThat(quoted.text("group")).isEqualTo(r.text("group"));
  }

  @Test
  void quotedFieldsKeepCommasAndDoubledQuotes() {
    DataFile.Row r = row("EP2127,2025,1,\"G25, p. 3 \"\"VET\"\"\"");
    assertThat(r.text("sources")).isEqualTo("G25, p. 3 \"VET\"");
    assertThat(r.text("group")).isEqualTo("1");
  }

  @Test
  void anUnclosedQuoteIsRefusedWithFileAndLine() {
    assertThatThrownBy(() -> read("programme,calls,group,sources\nEP2127,2025,1,\"G25\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.csv line 2")
        .hasMessageContaining("a closing quote");
  }

  @Test
  void rowsKnowTheirLineAfterCommentsAndBlankLines() {
    DataFile f = read("# about\nprogramme,calls,group,sources\n\n# more\nEP2127,2025,1,G25\n");
    assertThat(f.rows().get(0).line()).isEqualTo(5);
    assertThat(f.rows().get(0).where()).isEqualTo("x.csv line 5");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRefused() {
    assertThatThrownBy(() -> read("programme,calls,group,sources\nEP2127,2025,1\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.csv line 2")
        .hasMessageContaining("4 fields (programme,calls,group,sources), got 3");
  }

  @Test
  void aFileWithoutHeaderIsRefused() {
    assertThatThrownBy(() -> read("# only a comment\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a header line programme,calls,group,sources");
  }

  @Test
  void anUnknownColumnIsAProgrammingError() {
    assertThatThrownBy(() -> row("EP2127,2025,1,G25").text("max_km"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column max_km");
  }

  @ParameterizedTest(name = "calls {0} of EP2127 -> {1}-{2}")
  @CsvSource({"2021-2027, 2021, 2027", "2025-2025, 2025, 2025", "2025, 2025, 2025"})
  void callRangesWithinTheProgrammeAreAccepted(String calls, int from, int to) {
    assertThat(row("EP2127," + calls + ",1,G25").calls()).containsExactly(from, to);
  }

  @ParameterizedTest(name = "calls {0} of EP2127: {1}")
  @CsvSource({
    "2020, call years of EP2127 (2021-2027)",
    "2028, call years of EP2127 (2021-2027)",
    "2020-2025, call years of EP2127 (2021-2027)",
    "2026-2025, call years of EP2127 (2021-2027)",
    "20x5, a call year or a range",
    "2025-26, a call year or a range",
  })
  void callRangesOutsideTheProgrammeAreRefused(String calls, String expected) {
    DataFile.Row r = row("EP2127," + calls + ",1,G25");
    assertThatThrownBy(r::calls)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("x.csv line 2 calls")
        .hasMessageContaining(expected);
  }

  @ParameterizedTest(name = "group {0}: accepted {1}")
  @CsvSource({"0, false", "1, true", "3, true", "4, false", "-1, false", "0001, true"})
  void wholeNumbersAreCheckedAgainstBothEnds(String value, boolean accepted) {
    DataFile.Row r = row("EP2127,2025," + value + ",G25");
    if (accepted) {
      assertThat(r.whole("group", 1, 3)).isEqualTo(Long.parseLong(value));
    } else {
      assertThatThrownBy(() -> r.whole("group", 1, 3))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("x.csv line 2 group")
          .hasMessageContaining("a whole number from 1 to 3");
    }
  }

  @Test
  void anEmptyCellIsMinusOneOrRefused() {
    DataFile.Row r = row("EP2127,2025,,G25");
    assertThat(r.wholeOrEmpty("group", 1, 3)).isEqualTo(-1);
    assertThatThrownBy(() -> r.whole("group", 1, 3)).hasMessageContaining("expected a value");
  }

  @Test
  void sourcesAreSplitAndStripped() {
    assertThat(row("EP2127,2025,1,G25; x.md#1 ;").sources()).containsExactly("G25", "x.md#1");
    assertThatThrownBy(() -> row("EP2127,2025,1,;").sources())
        .hasMessageContaining("at least one source");
    assertThat(row("EP2127,2025,1,G25").programme()).isEqualTo(Programme.ERASMUS_2021_2027);
    assertThatThrownBy(() -> row("EP2028,2025,1,G25").programme())
        .hasMessageContaining("x.csv line 2 programme");
  }
}
