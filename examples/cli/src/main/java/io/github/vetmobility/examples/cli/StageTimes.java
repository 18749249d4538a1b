package io.github.vetmobility.examples.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
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
  private volatile long firstPassEnd;

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

  /** Marks the end of the first pass, for its wall time. */
  void firstPassDone() {
    if (enabled) {
      firstPassEnd = System.nanoTime();
    }
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
    long end = System.nanoTime();
    sb.append("; wall ").append(seconds(end - start));
    if (firstPassEnd != 0) {
      sb.append(" (first pass ")
          .append(seconds(firstPassEnd - start))
          .append(", second ")
          .append(seconds(end - firstPassEnd))
          .append(')');
    }
    return sb.append('\n').append(jvm()).toString();
  }

  // What the stages do not count: the JVM's own threads. The collectors' times are the time spent
  // collecting (G1: the pauses), the compiler's the time its threads spent compiling.
  private static String jvm() {
    StringBuilder sb = new StringBuilder("the JVM besides:");
    long gcMillis = 0;
    long collections = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMillis += Math.max(0, gc.getCollectionTime());
      collections += Math.max(0, gc.getCollectionCount());
    }
    sb.append(" garbage collection ")
        .append(seconds(gcMillis * 1_000_000))
        .append(" in ")
        .append(collections)
        .append(" collections");
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit != null && jit.isCompilationTimeMonitoringSupported()) {
      sb.append(", JIT compilation ").append(seconds(jit.getTotalCompilationTime() * 1_000_000));
    }
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      long cpu = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
      if (cpu > 0) {
        sb.append("; processor time of the whole process ").append(seconds(cpu));
      }
    }
    return sb.toString();
  }

  private static String seconds(long ns) {
    return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
  }

  private static String perRow(long ns, long rows) {
    return rows == 0 ? "" : String.format(Locale.ROOT, " (%.2f µs/row)", ns / 1e3 / rows);
  }
}
