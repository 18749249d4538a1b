package io.github.vetmobility.examples.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  record Row(long line, List<String> fields, String problem) {}

  static List<Row> read(Reader in, char separator) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (CsvReader csv = new CsvReader(in, separator)) {
      CsvRecord r = new CsvRecord();
      while (csv.next(r)) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          f.add(r.get(i));
        }
        rows.add(new Row(r.line(), f, r.problem()));
      }
    }
    return rows;
  }

  static List<Row> read(String text) throws IOException {
    return read(new StringReader(text), (char) 0);
  }

  @Test
  void readsPlainRecordsWithTheirLines() throws IOException {
    List<Row> rows = read("a,b,c\n1,2,3\n4,,6\n");
    assertThat(rows)
        .extracting(Row::fields)
        .containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "", "6"));
    assertThat(rows).extracting(Row::line).containsExactly(1L, 2L, 3L);
    assertThat(rows).extracting(Row::problem).containsOnlyNulls();
  }

  @Test
  void detectsTheSemicolonFromTheHeaderLine() throws IOException {
    CsvReader csv = new CsvReader(new StringReader("a;b;\"c,d\"\n1;2,5;3\n"), (char) 0);
    CsvRecord r = new CsvRecord();
    assertThat(csv.next(r)).isTrue();
    assertThat(csv.separator()).isEqualTo(';');
    assertThat(r.get(2)).isEqualTo("c,d");
    assertThat(csv.next(r)).isTrue();
    assertThat(r.get(1)).isEqualTo("2,5");
  }

  @Test
  void detectsTheCommaWhenItDominatesOutsideQuotes() throws IOException {
    CsvReader csv = new CsvReader(new StringReader("\"a;b;c\",d,e\n"), (char) 0);
    csv.next(new CsvRecord());
    assertThat(csv.separator()).isEqualTo(',');
  }

  @Test
  void aGivenSeparatorIsUsedAsIs() throws IOException {
    List<Row> rows = read(new StringReader("a;b,c\n"), ',');
    assertThat(rows.get(0).fields()).containsExactly("a;b", "c");
  }

  @Test
  void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws IOException {
    List<Row> rows = read("id,text\n1,\"a, \"\"quoted\"\" word\"\n2,\"two\nlines\"\n3,x\n");
    assertThat(rows.get(1).fields()).containsExactly("1", "a, \"quoted\" word");
    assertThat(rows.get(2).fields()).containsExactly("2", "two\nlines");
    assertThat(rows.get(2).line()).isEqualTo(3);
    // The record after a two-line field starts on physical line 5.
    assertThat(rows.get(3).line()).isEqualTo(5);
  }

  @Test
  void crlfAndCrEndLines() throws IOException {
    List<Row> rows = read("a,b\r\n1,2\r\n3,4\r5,6");
    assertThat(rows)
        .extracting(Row::fields)
        .containsExactly(
            List.of("a", "b"), List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
    assertThat(rows).extracting(Row::line).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void commentsBeforeTheHeaderAndEmptyLinesAreSkipped() throws IOException {
    CsvReader csv =
        new CsvReader(
            new StringReader("# note, with commas\n#; more\n\na;b\n\n1;2\n#3;4\n"), (char) 0);
    CsvRecord r = new CsvRecord();
    List<String> firsts = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    while (csv.next(r)) {
      firsts.add(r.get(0));
      lines.add(r.line());
    }
    assertThat(csv.separator()).isEqualTo(';');
    assertThat(csv.commentLines()).isEqualTo(2);
    // After the header, '#' is data: a row must never vanish.
    assertThat(firsts).containsExactly("a", "1", "#3");
    assertThat(lines).containsExactly(4L, 6L, 7L);
  }

  @Test
  void anUnterminatedQuoteIsFlaggedNotThrownAndTheNextLinesAreReadAgain() throws IOException {
    List<Row> rows = read("a,b\n1,\"open\n2,3\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).problem())
        .isEqualTo("a quote opened on line 2 is never closed before the end of the input");
    assertThat(rows.get(1).fields()).containsExactly("1", "open");
    assertThat(rows.get(2)).isEqualTo(new Row(3, List.of("2", "3"), null));
    // On the last line there is nothing to read again.
    assertThat(read("a,b\n1,\"open").get(1).problem()).contains("never closed");
  }

  static List<Row> read(String text, int maxLine, int maxRecord) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (CsvReader csv = new CsvReader(new StringReader(text), ',', maxLine, maxRecord)) {
      CsvRecord r = new CsvRecord();
      while (csv.next(r)) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          f.add(r.get(i));
        }
        rows.add(new Row(r.line(), f, r.problem()));
      }
    }
    return rows;
  }

  @Test
  void aStrayQuoteSpoilsOneRecordOfTwentyThousandOnly() throws IOException {
    StringBuilder text = new StringBuilder("id,text\n");
    for (int i = 1; i <= 20_000; i++) {
      text.append(i).append(i == 2 ? ",\"stray\n" : ",plain\n");
    }
    List<Row> rows = read(text.toString());
    assertThat(rows).hasSize(20_001);
    assertThat(rows.get(2).problem())
        .isEqualTo("a quote opened on line 3 is never closed before the end of the input");
    assertThat(rows.get(3)).isEqualTo(new Row(4, List.of("3", "plain"), null));
    assertThat(rows.subList(3, rows.size())).extracting(Row::problem).containsOnlyNulls();
    assertThat(rows.get(20_000)).isEqualTo(new Row(20_001, List.of("20000", "plain"), null));
  }

  @Test
  void aQuoteNeverClosedWithinTheRecordLimitIsOneRecordAndReadingResumesOnTheNextLine()
      throws IOException {
    String text = "id,text\n1,\"open\n" + "2,x\n".repeat(100);
    List<Row> rows = read(text, 20, 50);
    assertThat(rows).hasSize(102);
    assertThat(rows.get(1).problem())
        .isEqualTo("a quote opened on line 2 is never closed within 50 characters");
    assertThat(rows.subList(2, 102)).extracting(Row::fields).containsOnly(List.of("2", "x"));
    assertThat(rows.get(2).line()).isEqualTo(3);
  }

  @Test
  void aStrayQuoteClosedByTheNextQuoteOnALaterLineSpoilsItsOwnLineOnly() throws IOException {
    List<Row> rows = read("id,text\n1,\"stray\n2,x\n3,\"Smith, J\"\n4,y\n");
    assertThat(rows).extracting(Row::fields).hasSize(5);
    assertThat(rows.get(1).problem()).contains("a quote opened on line 2 is never closed");
    assertThat(rows.get(2)).isEqualTo(new Row(3, List.of("2", "x"), null));
    assertThat(rows.get(3)).isEqualTo(new Row(4, List.of("3", "Smith, J"), null));
    assertThat(rows.get(4)).isEqualTo(new Row(5, List.of("4", "y"), null));
  }

  @Test
  void aLineLongerThanTheLimitIsOneRecordAndTheNextLineIsRead() throws IOException {
    List<Row> rows = read("id,text\n" + "x".repeat(1000) + ",y\n1,x\n", 100, 100);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).problem()).isEqualTo("line 2 is longer than 100 characters");
    assertThat(rows.get(2)).isEqualTo(new Row(3, List.of("1", "x"), null));
    // Exactly at the limit is fine.
    assertThat(read("id\n" + "x".repeat(100) + "\n", 100, 100).get(1).problem()).isNull();
  }

  @Test
  void aRecordLongerThanTheLimitAcrossQuotedLinesIsOneRecord() throws IOException {
    String text = "id,text\n1,\"a\nb\",\"c\nd\",\"e\nf\",xxxxxxxxxxxxxxx\n2,x\n";
    List<Row> rows = read(text, 20, 20);
    assertThat(rows.get(1).problem())
        .isEqualTo("the record starting on line 2 is longer than 20 characters");
    assertThat(rows.get(rows.size() - 1)).isEqualTo(new Row(6, List.of("2", "x"), null));
    assertThat(rows).hasSize(3);
  }

  @Test
  void aLineOfFiftyMegabytesOfCommasIsOneBoundedRecord() throws IOException {
    // Read from a stream that makes the commas on the fly: nothing holds the 50 MB.
    Reader commas =
        new Reader() {
          private long left = 50L << 20;
          private boolean header;

          @Override
          public int read(char[] cbuf, int off, int len) {
            if (!header) {
              header = true;
              "id,text\n".getChars(0, 8, cbuf, off);
              return 8;
            }
            if (left == 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(cbuf, off, off + n, ',');
            left -= n;
            if (left == 0 && n < len) {
              cbuf[off + n] = '\n';
              return n + 1;
            }
            return n;
          }

          @Override
          public void close() {}
        };
    List<Row> rows = read(commas, ',');
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).problem()).isEqualTo("line 2 has more than 10000 fields");
    assertThat(rows.get(1).fields()).hasSize(CsvReader.MAX_FIELDS);
  }

  @Test
  void textAfterAClosingQuoteIsFlagged() throws IOException {
    List<Row> rows = read("a,b\n\"x\"y,2\n3,4\n");
    assertThat(rows.get(1).fields()).containsExactly("xy", "2");
    assertThat(rows.get(1).problem()).contains("after a closing quote");
    assertThat(rows.get(2).problem()).isNull();
  }

  @Test
  void aTrailingSeparatorGivesAnEmptyLastField() throws IOException {
    assertThat(read("a,b,\n").get(0).fields()).containsExactly("a", "b", "");
    assertThat(read("a,b,").get(0).fields()).containsExactly("a", "b", "");
    assertThat(read("a,\"\"").get(0).fields()).containsExactly("a", "");
  }

  @Test
  void fieldsLongerThanTheBufferAreReadWhole() throws IOException {
    String longText = "x".repeat(200_000);
    List<Row> rows = read("a,b\n" + longText + ",\"" + longText + "\"\nc,d\n");
    assertThat(rows.get(1).fields().get(0)).hasSize(200_000);
    assertThat(rows.get(1).fields().get(1)).isEqualTo(longText);
    assertThat(rows.get(2).fields()).containsExactly("c", "d");
  }

  @Test
  void emptyInputHasNoRecord() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(read("\n\n# only a comment\n")).isEmpty();
  }

  @Test
  void aByteOrderMarkIsSkippedAndMeansUtf8() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "a,b\nLjubljana,Niš\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(text, 0, all, 3, text.length);
    for (var charset : List.of(StandardCharsets.UTF_8, InputSource.WINDOWS_1252)) {
      List<Row> rows = read(InputSource.reader(new ByteArrayInputStream(all), charset), (char) 0);
      assertThat(rows.get(0).fields()).containsExactly("a", "b");
      assertThat(rows.get(1).fields()).containsExactly("Ljubljana", "Niš");
    }
  }

  @Test
  void windows1252IsReadOnRequest() throws IOException {
    byte[] text = "city\nM\u00e1laga\n".getBytes(InputSource.WINDOWS_1252);
    assertThat(
            read(
                    InputSource.reader(new ByteArrayInputStream(text), InputSource.WINDOWS_1252),
                    (char) 0)
                .get(1)
                .fields())
        .containsExactly("Málaga");
    // Read as UTF-8, the lone byte 0xE1 is not valid: it becomes U+FFFD, never an exception.
    assertThat(
            read(
                    InputSource.reader(new ByteArrayInputStream(text), StandardCharsets.UTF_8),
                    (char) 0)
                .get(1)
                .fields())
        .containsExactly("M\uFFFDlaga");
  }
}
