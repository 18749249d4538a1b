package io.github.vetmobility.examples.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * The processor time each stage of {@code check} used, summed over its threads: reading the CSV,
 * mapping rows to mobilities, checking them (rules, distance, grant), and writing the report. Shown
 * by {@code --timings}, to see where a long run spends its time. Thread-safe.
 */
final class StageTimes {
  /** The stages of a run. */
  enum Stage {
    READ,
    MAP,
    CHECK,
    REPORT
  }

  // Loaded only when timings are asked for: the management classes add 50 ms to every start.
  private static final class Threads {
    static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
  }

  private final boolean enabled;
  private final LongAdder[] nanos = new LongAdder[Stage.values().length];
  private final long start = System.nanoTime();

  /**
   * Creates the stage clocks.
   *
   * @param enabled whether to read the clocks at all; when not, every time is 0
   */
  StageTimes(boolean enabled) {
    this.enabled = enabled;
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = new LongAdder();
    }
  }

  /**
   * Returns the current thread's processor time in ns; 0 when the clocks are off or the JVM cannot
   * tell.
   */
  long cpu() {
    if (!enabled) {
      return 0;
    }
    ThreadMXBean threads = Threads.BEAN;
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  /**
   * Adds the processor time since {@code since} (from {@link #cpu()}) to a stage.
   *
   * @return the time now, where the next stage of the same thread starts
   */
  long add(Stage stage, long since) {
    long now = cpu();
    nanos[stage.ordinal()].add(now - since);
    return now;
  }

  /** Returns the processor time of a stage so far, in ns. */
  long of(Stage stage) {
    return nanos[stage.ordinal()].sum();
  }

  /** Describes the stages for a number of rows, e.g. {@code read 1.02 s (1.0 µs/row), ...}. */
  String describe(long rows) {
    StringBuilder sb = new StringBuilder("processor time by stage:");
    long total = 0;
    for (Stage s : Stage.values()) {
      long ns = of(s);
      total += ns;
      sb.append(' ')
          .append(s.name().toLowerCase(Locale.ROOT))
          .append(' ')
          .append(seconds(ns))
          .append(perRow(ns, rows))
          .append(',');
    }
    sb.append(" total ").append(seconds(total)).append(perRow(total, rows));
    sb.append("; wall ").append(seconds(System.nanoTime() - start));
    return sb.toString();
  }

  private static String seconds(long ns) {
    return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
  }

  private static String perRow(long ns, long rows) {
    return rows == 0 ? "" : String.format(Locale.ROOT, " (%.2f µs/row)", ns / 1e3 / rows);
  }
}
