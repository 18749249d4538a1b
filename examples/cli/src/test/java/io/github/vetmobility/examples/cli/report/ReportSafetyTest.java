package io.github.vetmobility.examples.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a report shows is never run: CSV cells that a spreadsheet would take for a formula are
 * neutralised (OWASP: a single quote before a leading {@code = + - @}, tab or carriage return), and
 * text reports show control characters (ANSI escape sequences ...) as visible escapes.
 */
class ReportSafetyTest {
  private static RowResult invalid(String id, String message) {
    return new RowResult(
        id,
        2,
        Verdict.INVALID_INPUT,
        null,
        List.of(new Finding("INPUT-INVALID", "ERROR", "start_date", message, null)),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static String csv(RowResult row) throws IOException {
    StringWriter w = new StringWriter();
    CsvReport r = new CsvReport(w);
    r.start(ReportsTest.INFO);
    r.row(row);
    r.finish(new Summary());
    return w.toString().split("\r\n", -1)[1];
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\t=1", "\r=1"})
  void aCsvCellThatWouldStartAFormulaIsPrefixedWithAQuote(String id) throws IOException {
    String line = csv(invalid(id, "got 'x'"));
    // Quoted (RFC 4180) when the cell holds a quote or a line break, bare otherwise.
    assertThat(line).startsWith(line.startsWith("\"") ? "\"'" : "'" + id);
  }

  @Test
  void aFindingThatWouldStartAFormulaIsNeutralisedToo() throws IOException {
    String line = csv(invalid("M-1", "x"));
    assertThat(line).startsWith("M-1,2,INVALID_INPUT,,ERROR INPUT-INVALID");
    // Every text cell: here the edition.
    RowResult row =
        new RowResult(
            "M-1",
            2,
            Verdict.ELIGIBLE,
            "=HYPERLINK(\"x\")",
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(csv(row)).startsWith("M-1,2,ELIGIBLE,\"'=HYPERLINK(\"\"x\"\")\",");
  }

  @Test
  void plainCellsAreLeftAlone() throws IOException {
    assertThat(csv(ReportsTest.ELIGIBLE)).startsWith("M-1,2,ELIGIBLE,EP2127-2024,,1023.46,");
  }

  @Test
  void theTextReportShowsControlCharactersAsEscapes() throws IOException {
    StringWriter w = new StringWriter();
    TextReport r = new TextReport(w);
    r.start(new RunInfo(List.of("in\u001b[2J.csv"), null, "9.9"));
    r.row(invalid("M\u001b[31m-1\u0007", "got '\u001b]0;owned\u0007', \u009b2J \u202eexpected"));
    r.finish(new Summary());
    String text = w.toString();
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b");
    assertThat(text).doesNotContain("\u202e");
    assertThat(text)
        .contains("line 2  M\\u001B[31m-1\\u0007  INVALID_INPUT")
        .contains("got '\\u001B]0;owned\\u0007', \\u009B2J \\u202Eexpected")
        .contains("in\\u001B[2J.csv");
  }
}
