package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code generate}: projects the size the rules allow. */
class GenerateCommandTest {
  // Counts the rows of each project reference (the second field) as the lines are written.
  private static final class ProjectCounter extends Writer {
    final Map<String, Integer> rows = new HashMap<>();
    private final StringBuilder line = new StringBuilder();
    private boolean header = true;

    @Override
    public void write(char[] text, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (text[i] != '\n') {
          line.append(text[i]);
          continue;
        }
        if (!header) {
          rows.merge(line.toString().split(",", -1)[1], 1, Integer::sum);
        }
        header = false;
        line.setLength(0);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void ka122ProjectsHaveAtMostThirtyRowsAndKa121ProjectsMayBeLarge() throws IOException {
    ProjectCounter counter = new ProjectCounter();
    // About 40 rows per project: without the cap, most KA122 projects would exceed 30.
    GenerateCommand.write(counter, 120_000, 1);
    int ka122 = 0;
    int largestKa122 = 0;
    int largestKa121 = 0;
    for (Map.Entry<String, Integer> e : counter.rows.entrySet()) {
      if (e.getKey().contains("-KA122-")) {
        ka122++;
        largestKa122 = Math.max(largestKa122, e.getValue());
      } else {
        largestKa121 = Math.max(largestKa121, e.getValue());
      }
    }
    assertThat(counter.rows.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(120_000);
    assertThat(largestKa122).isEqualTo(GenerateCommand.KA122_ROWS);
    // About 1,500 KA122 projects drawn, and their rows beyond 30 in projects of their own.
    assertThat(ka122).isGreaterThan(2000);
    assertThat(largestKa121).isGreaterThan(60);
  }
}
