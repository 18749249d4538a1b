package io.github.vetmobility.examples.cli;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.examples.cli.check.Projects;
import io.github.vetmobility.examples.cli.check.RowChecker;
import io.github.vetmobility.examples.cli.csv.CsvReader;
import io.github.vetmobility.examples.cli.csv.CsvRecord;
import io.github.vetmobility.examples.cli.csv.InputSource;
import io.github.vetmobility.examples.cli.input.HeaderException;
import io.github.vetmobility.examples.cli.input.InputFormat;
import io.github.vetmobility.examples.cli.input.MappedRow;
import io.github.vetmobility.examples.cli.input.ProjectRow;
import io.github.vetmobility.examples.cli.input.RowMapper;
import io.github.vetmobility.examples.cli.report.OutputFormat;
import io.github.vetmobility.examples.cli.report.ProjectRecords;
import io.github.vetmobility.examples.cli.report.ProjectResult;
import io.github.vetmobility.examples.cli.report.ReportWriter;
import io.github.vetmobility.examples.cli.report.RowResult;
import io.github.vetmobility.examples.cli.report.RunInfo;
import io.github.vetmobility.examples.cli.report.Summary;
import io.github.vetmobility.rules.RuleBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check FILE...}: assesses every row of one or more CSV files. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Assesses every row of CSV files of mobilities (the canonical layout or the Commission's"
          + " mobility export, told apart by the header) and reports, row by row, the verdict,"
          + " the findings and the grant.",
      "Rows out == rows in: a broken row is reported as INVALID_INPUT with its line and field,"
          + " and the batch goes on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row is eligible (or out of scope)",
      "1:some row is not eligible or is invalid input",
      "2:usage or I/O error"
    })
final class CheckCommand implements Callable<Integer> {
  private final Streams streams;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "CSV files to check; - reads standard input.")
  private List<String> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Input layout: auto (from the header), canonical or commission. Default: auto.")
  private String format = "auto";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description =
          "Report format: text, jsonl, csv or html. Default: from the --output-file extension,"
              + " else text on a terminal and jsonl in a pipe.")
  private OutputFormat output;

  @Option(
      names = "--output-file",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  private Path outputFile;

  @Option(
      names = "--charset",
      paramLabel = "CHARSET",
      description =
          "Charset of files without a UTF-8 byte order mark, e.g. windows-1252. Default: UTF-8.")
  private String charset = "UTF-8";

  @Option(
      names = "--separator",
      paramLabel = "SEP",
      description = "Field separator: auto (from the header line), ',' or ';'. Default: auto.")
  private String separator = "auto";

  @Option(
      names = "--call",
      paramLabel = "YEAR",
      description =
          "Edition of the rows that have neither project_reference nor call_year: a call year"
              + " (KA102 rules to 2020, KA122 from 2021) or a rule-book key such as"
              + " EP2127-2024-KA121 or PILOT2018-2018.")
  private String callYear;

  @Option(
      names = "--rates",
      paramLabel = "FILE",
      description =
          "A national agency's individual-support rate table, used for that agency's projects and"
              + " for rows without a project reference (another agency's row gets no rate from"
              + " it, and says so).")
  private Path rates;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Threads that check rows, besides the one reading and the one writing. Default: one per"
              + " processor less one (at least one).")
  private Integer workers;

  @Option(
      names = "--max-line-length",
      paramLabel = "N",
      description =
          "The longest line read, in characters; a longer line is one INVALID_INPUT row and the"
              + " next line is read. Default: 1048576.")
  private int maxLineLength = CsvReader.DEFAULT_MAX_LINE_LENGTH;

  @Option(
      names = "--max-record-length",
      paramLabel = "N",
      description =
          "The longest record read, in characters (more than one line when quoted fields hold"
              + " line breaks); a longer record, or a quote not closed within it, is one"
              + " INVALID_INPUT row and reading goes on at the next line. Default: 4194304.")
  private int maxRecordLength = CsvReader.DEFAULT_MAX_RECORD_LENGTH;

  @Option(
      names = "--projects",
      paramLabel = "FILE",
      description =
          "Also write one record per project (core's project-level rules on the rows of each"
              + " project_reference): JSON Lines, or CSV when FILE ends in .csv. The text and html"
              + " reports have a project section instead.")
  private Path projectsFile;

  @Option(
      names = "--max-stdin-size",
      paramLabel = "BYTES",
      description =
          "Standard input is read twice (projects, then rows), so it is kept in a temporary file,"
              + " deleted at the end; a longer input stops the run with exit code 2 (give it as a"
              + " file). Default: 4294967296 (4 GiB).")
  private long maxStdinSize = 1L << 32;

  @Option(names = "--no-progress", description = "Never show progress on standard error.")
  private boolean noProgress;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No summary line on standard error (by default printed when the report goes to a file"
              + " or a pipe, so that a run is never silent).")
  private boolean quiet;

  @Option(
      names = "--timings",
      description =
          "At the end, print on standard error the processor time of each stage (read, map,"
              + " check, report), the wall time of each pass, and the JVM's own garbage"
              + " collection and compilation time, to see where a long run spends its time.")
  private boolean timings;

  @Option(
      names = "--strict",
      description =
          "A rule that could not be checked (a value unknown for the edition, an input the row"
              + " does not give) makes the row NOT_ELIGIBLE instead of ELIGIBLE_WITH_WARNINGS.")
  private boolean strict;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "A rule-book file (format in core/RULES.md) whose books replace the built-in ones of the"
              + " same edition; repeatable. A file that leaves out a key its programme's rules read"
              + " is refused, with each missing key named.")
  private List<Path> ruleFiles = new ArrayList<>();

  // For reports and demos where ineligible rows are expected: the verdicts stay in the output.
  @Option(
      names = "--compare",
      paramLabel = "E",
      description =
          "Assess every row also under rule book E (a call year or a key such as"
              + " EP2127-2026-KA121) and report, row by row, what would change: verdict, findings"
              + " and grant. Writes a text report; no other format.")
  private String compare;

  @Option(
      names = "--exit-zero",
      description =
          "Exit with 0 even when some row is not eligible or invalid (usage and I/O errors still"
              + " exit with 2).")
  private boolean exitZero;

  CheckCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Charset cs = charset();
    char sep = separator();
    InputFormat forced = format();
    checkLimits();
    RowChecker checker;
    try {
      checker = RowChecker.create(callYear, rates, ruleFiles, strict);
    } catch (InvalidValueException e) {
      // A data file's error is not a usage error: the message alone, no usage text.
      return fail(e.getMessage());
    } catch (UncheckedIOException e) {
      return fail("cannot read " + e.getMessage() + ": " + e.getCause().getMessage());
    }
    if (compare != null) {
      return compare(checker, cs, sep, forced);
    }
    OutputFormat out = outputFormat();
    RunInfo info = new RunInfo(files, checker.rateTableName(), VersionProvider.version());
    Summary summary = new Summary();
    Progress progress =
        new Progress(streams.err(), Progress.wanted(streams, outputFile != null, noProgress));
    int threads = workers();
    ExecutorService pool = Executors.newFixedThreadPool(threads, CheckCommand::daemon);
    StageTimes times = new StageTimes(timings);
    long reportStart = times.cpu();
    AtomicOutput target = null;
    try {
      // The report goes to a temporary file beside the target, moved into place at the end.
      target = outputFile == null ? null : AtomicOutput.create(outputFile, files);
    } catch (AtomicOutput.SameFileException e) {
      return fail(e.getMessage());
    } catch (IOException e) {
      return fail("cannot write " + outputFile + ": " + e.getMessage());
    }
    AtomicOutput projectsTarget = null;
    List<String> inputs = new ArrayList<>(files);
    Path spool = null;
    // Only the text and html reports and --projects read every project's result: without them,
    // one-row projects are decided when their row is checked and kept as a few numbers until then.
    boolean everyProject = projectsFile != null || out.showsProjects();
    Projects projects = new Projects(checker, everyProject);
    List<ProjectResult> projectResults = List.of();
    boolean tallied = false;
    try {
      if (projectsFile != null) {
        try {
          projectsTarget = AtomicOutput.create(projectsFile, files);
        } catch (AtomicOutput.SameFileException e) {
          return fail(e.getMessage());
        } catch (IOException e) {
          return fail("cannot write " + projectsFile + ": " + e.getMessage());
        }
      }
      // Two passes: the first tallies the projects, the second checks the rows with their
      // projects' decisions. Standard input is read once, into a temporary file.
      if (inputs.contains("-")) {
        try {
          spool = Files.createTempFile("vetmobility-stdin-", ".csv");
          try (OutputStream copy = Files.newOutputStream(spool)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = streams.in().read(buffer)) >= 0; ) {
              total += n;
              if (total > maxStdinSize) {
                return fail(
                    "standard input is longer than "
                        + maxStdinSize
                        + " bytes (--max-stdin-size): give it as a file");
              }
              copy.write(buffer, 0, n);
            }
          }
        } catch (IOException e) {
          return fail("cannot keep standard input in a temporary file: " + e.getMessage());
        }
        inputs.replaceAll(f -> f.equals("-") ? STDIN : f);
      }
      Integer failed = tallyProjects(inputs, spool, cs, sep, forced, projects, times);
      if (failed != null) {
        return failed;
      }
      projects.decide();
      times.firstPassDone();
      tallied = true;
    } catch (NoSuchFileException e) {
      return fail("no such file: " + e.getFile());
    } catch (IOException | UncheckedIOException e) {
      return fail("I/O error: " + e.getMessage());
    } catch (Error e) {
      return fail(
          "stopped by an internal error: "
              + e
              + (e instanceof OutOfMemoryError
                  ? " (a larger heap, -Xmx, or smaller --max-record-length may help)"
                  : ""));
    } finally {
      if (!tallied) {
        // Whatever stopped the first pass: no report, no project output, no spool stays.
        discard(projectsTarget, spool);
        if (target != null) {
          target.discard();
        }
        pool.shutdownNow();
      }
    }
    sequence.set(0);
    try (Writer writer = openOutput(target)) {
      ReportWriter report = out.writer(writer);
      report.start(info);
      for (String file : inputs) {
        try (InputStream bytes = open(file, spool);
            Reader chars = InputSource.reader(bytes, cs);
            CsvReader csv = new CsvReader(chars, sep, maxLineLength, maxRecordLength)) {
          RowMapper mapper;
          try {
            mapper = header(csv, file, forced);
          } catch (HeaderException e) {
            return fail(e.getMessage());
          }
          if (!mapper.ignoredColumns().isEmpty()) {
            streams
                .err()
                .println(
                    "vetmobility-cli check: warning: "
                        + shown(file)
                        + ": ignoring unknown column(s) "
                        + String.join(", ", mapper.ignoredColumns()));
          }
          // Reading, checking and writing overlap: one thread reads and maps batches of rows,
          // the pool checks them, this thread writes them in input order. At most four batches
          // per worker wait, so memory does not grow with the file.
          BlockingQueue<Future<RowResult[]>> pending = new ArrayBlockingQueue<>(4 * threads);
          Thread reader =
              daemon(() -> read(csv, mapper, checker, projects, pool, pending, times, sequence));
          reader.start();
          try {
            while (true) {
              RowResult[] batch = take(pending);
              if (batch.length == 0) {
                break;
              }
              for (RowResult result : batch) {
                summary.add(result);
                report.row(result);
                progress.row();
              }
            }
          } finally {
            // Whatever stopped the writing (a failed write, an error) stops the reading too.
            reader.interrupt();
          }
        }
      }
      if (everyProject) {
        projectResults = projects.results(strict);
        report.projects(projectResults);
      }
      report.finish(summary);
      progress.done();
      times.add(StageTimes.Stage.REPORT, reportStart);
      if (timings) {
        streams.err().println(times.describe(summary.rows()));
      }
      if (projectsTarget != null) {
        writeProjects(projectsTarget, projectResults);
      }
      if (target != null) {
        writer.flush();
        target.commit();
      }
      if (projectsTarget != null) {
        projectsTarget.commit();
      }
      if (!quiet && (target != null || !streams.terminal())) {
        // The report went where the person who ran this cannot see it: say what it holds.
        streams
            .err()
            .println(
                "vetmobility-cli check: "
                    + summary.oneLine()
                    + "; "
                    + out.name().toLowerCase(java.util.Locale.ROOT)
                    + " report "
                    + (target == null ? "on standard output" : "in " + outputFile));
      }
    } catch (NoSuchFileException e) {
      return fail("no such file: " + e.getFile());
    } catch (IOException | UncheckedIOException e) {
      return fail("I/O error: " + e.getMessage());
    } catch (WorkerError e) {
      return fail(
          "stopped by an internal error: "
              + e.getCause()
              + (e.getCause() instanceof OutOfMemoryError
                  ? " (a larger heap, -Xmx, or smaller --max-record-length may help)"
                  : ""));
    } finally {
      if (target != null) {
        target.discard(); // nothing left to do after a commit; else no partial report stays
      }
      discard(projectsTarget, spool);
      pool.shutdownNow();
    }
    boolean projectFailed = projects.anyFailed(strict);
    return (summary.anyFailed() || projectFailed) && !exitZero
        ? VetMobilityCli.FAILED_ROWS
        : VetMobilityCli.OK;
  }

  // Standard input, once kept in the spool file.
  private static final String STDIN = "\0stdin";
  private final AtomicInteger sequence = new AtomicInteger();

  // The mapper of a file's header line, in every pass and mode; a file without one, or with one
  // of no known layout, is a HeaderException naming the file ("-" is standard input as --compare
  // names it).
  private RowMapper header(CsvReader csv, String file, InputFormat forced) throws IOException {
    CsvRecord header = new CsvRecord();
    if (!csv.next(header)) {
      throw new HeaderException(
          (file.equals(STDIN) || file.equals("-") ? "standard input" : file)
              + ": no header line (the input is empty, or holds only blank lines and comments)");
    }
    return mapper(shown(file), forced, header);
  }

  private static String shown(String file) {
    return file.equals(STDIN) ? "-" : file;
  }

  private static void discard(AtomicOutput projectsTarget, Path spool) {
    if (projectsTarget != null) {
      projectsTarget.discard();
    }
    if (spool != null) {
      try {
        Files.deleteIfExists(spool);
      } catch (IOException e) {
        spool.toFile().deleteOnExit();
      }
    }
  }

  // The first pass: every row that names a VET project is added to its project's tally. Returns
  // an exit code when an input cannot be read (the same errors as the second pass would find).
  private Integer tallyProjects(
      List<String> inputs,
      Path spool,
      Charset cs,
      char sep,
      InputFormat forced,
      Projects projects,
      StageTimes times)
      throws IOException {
    int next = 0;
    for (String file : inputs) {
      try (InputStream bytes = open(file, spool);
          Reader chars = InputSource.reader(bytes, cs);
          CsvReader csv = new CsvReader(chars, sep, maxLineLength, maxRecordLength)) {
        RowMapper mapper;
        try {
          mapper = header(csv, file, forced);
        } catch (HeaderException e) {
          return fail(e.getMessage());
        }
        // One thread reads the rows, another takes what the project rules read of them (the
        // cells are checked as in the second pass), this one adds them to the tallies in input
        // order: reading and mapping on one thread left this one half idle. The mapping thread
        // ends with the pass, and its caches with it.
        String where = inputs.size() > 1 ? shown(file) : null;
        BlockingQueue<Future<ProjectRow[]>> pending = new ArrayBlockingQueue<>(QUEUED);
        ExecutorService mapping = Executors.newSingleThreadExecutor(CheckCommand::daemon);
        Thread reader = daemon(() -> readProjectRows(csv, mapper, mapping, pending, times));
        reader.start();
        try {
          while (true) {
            ProjectRow[] rows;
            try {
              rows = take(pending);
            } catch (WorkerError e) {
              throw (Error) e.getCause(); // as if this thread had failed: the first pass's message
            }
            if (rows.length == 0) {
              break;
            }
            long start = times.cpu();
            for (ProjectRow row : rows) {
              projects.tally(row, next, where);
              next = next == Integer.MAX_VALUE ? Integer.MAX_VALUE : next + 1;
            }
            times.add(StageTimes.Stage.MAP, start);
          }
        } finally {
          reader.interrupt();
          mapping.shutdownNow();
        }
      }
    }
    return null;
  }

  // Batches the first pass's reading thread may be ahead of the tallying.
  private static final int QUEUED = 8;

  // The first pass's reading thread: batches of records, each mapped by the mapping thread to what
  // the project rules read of its rows (null for a row in no project); then an empty batch, or the
  // failure.
  private static void readProjectRows(
      CsvReader csv,
      RowMapper mapper,
      ExecutorService mapping,
      BlockingQueue<Future<ProjectRow[]>> pending,
      StageTimes times) {
    try {
      try {
        // The records, reused in turn: a batch's are free again once the tallying thread took
        // its rows, and at most the queued batches, one being mapped and one being read are in
        // use at once.
        CsvRecord[][] ring = new CsvRecord[QUEUED + 3][BATCH];
        for (CsvRecord[] records : ring) {
          for (int i = 0; i < BATCH; i++) {
            records[i] = new CsvRecord();
          }
        }
        for (int turn = 0; ; turn = (turn + 1) % ring.length) {
          long start = times.cpu();
          CsvRecord[] records = ring[turn];
          int size = 0;
          long chars = 0;
          boolean more = true;
          while (size < BATCH && chars < BATCH_CHARS && (more = csv.next(records[size]))) {
            chars += records[size].length();
            size++;
          }
          times.add(StageTimes.Stage.READ, start);
          if (size > 0) {
            int n = size;
            pending.put(mapping.submit(() -> project(mapper, records, n, times)));
          }
          if (!more || size == 0) {
            break;
          }
        }
        pending.put(CompletableFuture.completedFuture(NO_ROWS));
      } catch (IOException | RuntimeException e) {
        pending.put(CompletableFuture.failedFuture(e));
      } catch (Error e) {
        pending.clear(); // room for the failure: the tallying thread waits for it
        pending.put(CompletableFuture.failedFuture(new WorkerError(e)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the tallying stopped: nobody waits for more rows
    }
  }

  private static ProjectRow[] project(
      RowMapper mapper, CsvRecord[] records, int size, StageTimes times) {
    long start = times.cpu();
    ProjectRow[] rows = new ProjectRow[size];
    for (int i = 0; i < size; i++) {
      rows[i] = mapper.project(records[i]);
      records[i].clear(); // the records are kept for reuse, their text is not
    }
    times.add(StageTimes.Stage.READ, start);
    return rows;
  }

  private static final ProjectRow[] NO_ROWS = new ProjectRow[0];

  private void writeProjects(AtomicOutput target, List<ProjectResult> results) throws IOException {
    boolean csv = projectsFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    Writer w = new Utf8Writer(target.stream(), 1 << 16);
    ProjectRecords.write(w, results, csv);
    w.flush();
  }

  // check --compare: one thread reads, maps and compares; the rows are written as they come.
  private int compare(RowChecker checker, Charset cs, char sep, InputFormat forced) {
    RuleBook to;
    try {
      to = checker.book("--compare", compare);
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    AtomicOutput target;
    try {
      target = outputFile == null ? null : AtomicOutput.create(outputFile, files);
    } catch (AtomicOutput.SameFileException e) {
      return fail(e.getMessage());
    } catch (IOException e) {
      return fail("cannot write " + outputFile + ": " + e.getMessage());
    }
    int rows = 0;
    int changed = 0;
    try (Writer writer = openOutput(target)) {
      writer.write("vetmobility-cli " + VersionProvider.version() + ": compare with " + to.key());
      writer.write("\n");
      for (String file : files) {
        try (InputStream bytes = open(file);
            Reader chars = InputSource.reader(bytes, cs);
            CsvReader csv = new CsvReader(chars, sep, maxLineLength, maxRecordLength)) {
          RowMapper mapper;
          try {
            mapper = header(csv, file, forced);
          } catch (HeaderException e) {
            return fail(e.getMessage());
          }
          CsvRecord record = new CsvRecord();
          while (csv.next(record)) {
            String text = checker.compare(mapper.map(record), to);
            record.clear();
            rows++;
            if (!text.contains("(same verdict)") || text.contains("\n")) {
              changed++;
            }
            writer.write(safe(text));
            writer.write("\n");
          }
        }
      }
      writer.write(rows + " row(s) compared with " + to.key() + "; " + changed + " change(s)\n");
      if (target != null) {
        writer.flush();
        target.commit();
      }
    } catch (NoSuchFileException e) {
      return fail("no such file: " + e.getFile());
    } catch (IOException | UncheckedIOException e) {
      return fail("I/O error: " + e.getMessage());
    } finally {
      if (target != null) {
        target.discard();
      }
    }
    return VetMobilityCli.OK;
  }

  // Row data reaches the text: control and bidirectional characters are shown escaped.
  private static String safe(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n'
          && (Character.isISOControl(c)
              || (c >= '\u202A' && c <= '\u202E')
              || (c >= '\u2066' && c <= '\u2069'))) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private int workers() {
    if (workers == null) {
      // The reader (which also maps) and the writer keep a processor busy between them: on this
      // project's 2-core machine one worker checked 1M rows faster than two (8.8-9.3 s against
      // 9.7-12.7 s wall).
      return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
    if (workers < 1 || workers > 256) {
      throw new ParameterException(
          spec.commandLine(), "--workers must be from 1 to 256, not " + workers);
    }
    return workers;
  }

  private static final int BATCH = 1024;
  // A batch also ends after this many characters of input, so that long records do not add up.
  private static final long BATCH_CHARS = 1 << 20;
  private static final RowResult[] END = new RowResult[0];

  /** An {@link Error} (out of memory, ...) in the reading or a checking thread. */
  private static final class WorkerError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkerError(Error cause) {
      super(cause);
    }
  }

  private void checkLimits() {
    if (maxLineLength < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-line-length must be at least 1, not " + maxLineLength);
    }
    if (maxRecordLength < maxLineLength) {
      throw new ParameterException(
          spec.commandLine(),
          "--max-record-length must be at least --max-line-length ("
              + maxLineLength
              + "), not "
              + maxRecordLength);
    }
  }

  private static void read(
      CsvReader csv,
      RowMapper mapper,
      RowChecker checker,
      Projects projects,
      ExecutorService pool,
      BlockingQueue<Future<RowResult[]>> pending,
      StageTimes times,
      AtomicInteger sequence) {
    try {
      try {
        CsvRecord[] records = new CsvRecord[BATCH];
        for (int i = 0; i < BATCH; i++) {
          records[i] = new CsvRecord();
        }
        while (true) {
          // This thread maps the rows it reads, and the workers only check them: on two
          // processors that balances the two busy threads (mapping on the workers left this one
          // half idle), and the records are reused instead of copied.
          long start = times.cpu();
          int size = 0;
          long chars = 0;
          boolean more = true;
          while (size < BATCH && chars < BATCH_CHARS && (more = csv.next(records[size]))) {
            chars += records[size].length();
            size++;
          }
          long read = times.add(StageTimes.Stage.READ, start);
          if (size == 0) {
            break;
          }
          MappedRow[] batch = new MappedRow[size];
          for (int i = 0; i < size; i++) {
            batch[i] = mapper.map(records[i]);
            records[i].clear(); // the records are kept for reuse, their text is not
          }
          times.add(StageTimes.Stage.MAP, read);
          int first = sequence.getAndAdd(size);
          pending.put(pool.submit(check(batch, first, checker, projects, times)));
          if (!more) {
            break;
          }
        }
        pending.put(CompletableFuture.completedFuture(END));
      } catch (IOException | RuntimeException e) {
        pending.put(CompletableFuture.failedFuture(e));
      } catch (Error e) {
        // Never die silently: the writer waits for this thread's word.
        pending.clear();
        pending.put(CompletableFuture.failedFuture(new WorkerError(e)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the writer stopped: nobody waits for more rows
    }
  }

  private static Callable<RowResult[]> check(
      MappedRow[] rows, int first, RowChecker checker, Projects projects, StageTimes times) {
    return () -> {
      long start = times.cpu();
      RowResult[] results = new RowResult[rows.length];
      for (int i = 0; i < rows.length; i++) {
        // Past the last sequence number a row is checked alone, as the first pass left it out.
        int n = first + i < 0 || first + i == Integer.MAX_VALUE ? -1 : first + i;
        results[i] = checker.check(rows[i], n, projects);
      }
      times.add(StageTimes.Stage.CHECK, start);
      return results;
    };
  }

  private static <T> T take(BlockingQueue<Future<T>> pending) throws IOException {
    try {
      return pending.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw new WorkerError((Error) cause);
      }
      throw new IOException(cause);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread t = new Thread(task, "vetmobility-check");
    t.setDaemon(true);
    return t;
  }

  private RowMapper mapper(String file, InputFormat forced, CsvRecord header) {
    InputFormat f = forced != null ? forced : InputFormat.detect(header);
    if (f == null) {
      throw new HeaderException(
          file
              + ": the header is neither the canonical layout (mobility_id, activity_type, ...)"
              + " nor the Commission's mobility export (Sending Country Code, Receiving Country"
              + " Code, ...); see README, or force one with --format");
    }
    try {
      return f.mapper(header);
    } catch (HeaderException e) {
      throw new HeaderException(file + ": " + e.getMessage());
    }
  }

  private int fail(String message) {
    streams.err().println("vetmobility-cli check: " + message);
    return VetMobilityCli.USAGE;
  }

  // One pass (--compare): standard input is read as it comes, without a spool.
  // --compare reads its files once, as given: "-" is standard input there.
  private InputStream open(String file) throws IOException {
    if (file.equals(STDIN) || file.equals("-")) {
      return new NonClosingInputStream(streams.in());
    }
    return Files.newInputStream(Path.of(file));
  }

  private InputStream open(String file, Path spool) throws IOException {
    if (file.equals(STDIN)) {
      return Files.newInputStream(spool);
    }
    return Files.newInputStream(Path.of(file));
  }

  private Writer openOutput(AtomicOutput target) {
    OutputStream os = target != null ? target.stream() : new NonClosingOutputStream(streams.out());
    // UTF-8 straight into the buffer: the bytes of an OutputStreamWriter, without its copies.
    return new Utf8Writer(os, 1 << 16);
  }

  private OutputFormat outputFormat() {
    if (output != null) {
      return output;
    }
    if (outputFile != null) {
      String name = outputFile.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        return OutputFormat.HTML;
      } else if (name.endsWith(".csv")) {
        return OutputFormat.CSV;
      } else if (name.endsWith(".jsonl") || name.endsWith(".json")) {
        return OutputFormat.JSONL;
      }
      return OutputFormat.TEXT;
    }
    return streams.terminal() ? OutputFormat.TEXT : OutputFormat.JSONL;
  }

  private Charset charset() {
    try {
      return Charset.forName(charset);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ParameterException(
          spec.commandLine(), "unknown charset '" + charset + "'; try UTF-8 or windows-1252");
    }
  }

  private char separator() {
    switch (separator.strip().toLowerCase(Locale.ROOT)) {
      case "auto":
        return 0;
      case ",":
      case "comma":
        return ',';
      case ";":
      case "semicolon":
        return ';';
      default:
        throw new ParameterException(
            spec.commandLine(), "--separator must be auto, ',' or ';', not '" + separator + "'");
    }
  }

  private InputFormat format() {
    switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "auto":
        return null;
      case "canonical":
        return InputFormat.CANONICAL;
      case "commission":
        return InputFormat.COMMISSION;
      default:
        throw new ParameterException(
            spec.commandLine(),
            "--format must be auto, canonical or commission, not '" + format + "'");
    }
  }
}
