package io.github.vetmobility.examples.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The reader's limits hold for any text: no record holds more characters than the record limit or
 * more fields than {@link CsvReader#MAX_FIELDS}, reading always ends, and without quotes every line
 * that is not empty is exactly one record, however long.
 */
class CsvReaderLimitsTest {
  @Provide
  Arbitrary<String> csvText() {
    return Arbitraries.strings().withChars("ab,;\"\n\r ").ofMaxLength(600);
  }

  @Property(tries = 500)
  void noRecordExceedsTheLimits(
      @ForAll("csvText") String text,
      @ForAll @IntRange(min = 1, max = 40) int maxLine,
      @ForAll @IntRange(min = 0, max = 80) int extra)
      throws IOException {
    int maxRecord = maxLine + extra;
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    long records = 0;
    try (CsvReader csv = new CsvReader(new StringReader(text), ',', maxLine, maxRecord)) {
      CsvRecord r = new CsvRecord();
      while (csv.next(r)) {
        records++;
        long chars = 0;
        for (int i = 0; i < r.size(); i++) {
          chars += r.get(i).length();
        }
        assertThat(chars).isLessThanOrEqualTo(maxRecord + 1L);
        assertThat(r.size()).isLessThanOrEqualTo(CsvReader.MAX_FIELDS);
        assertThat(records).isLessThanOrEqualTo(lines);
      }
    }
    assertThat(records).isLessThanOrEqualTo(lines);
  }

  @Property(tries = 300)
  void withoutQuotesEveryLineIsOneRecord(
      @ForAll("unquoted") String text, @ForAll @IntRange(min = 1, max = 30) int maxLine)
      throws IOException {
    long expected = text.lines().filter(l -> !l.isEmpty()).count();
    long records = 0;
    try (CsvReader csv = new CsvReader(new StringReader(text), ',', maxLine, maxLine * 2)) {
      CsvRecord r = new CsvRecord();
      while (csv.next(r)) {
        records++;
        if (r.problem() != null) {
          assertThat(r.problem()).contains("is longer than " + maxLine + " characters");
        }
      }
    }
    assertThat(records).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> unquoted() {
    return Arbitraries.strings().withChars("ab,\n").ofMaxLength(400);
  }
}
