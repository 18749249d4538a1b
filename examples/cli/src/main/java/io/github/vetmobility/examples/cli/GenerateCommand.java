package io.github.vetmobility.examples.cli;

import io.github.vetmobility.distance.GreatCircle;
import io.github.vetmobility.examples.cli.input.CanonicalColumn;
import io.github.vetmobility.place.Coordinates;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes a canonical CSV of made-up KA121/KA122-VET mobilities, for trying the
 * checker and measuring it on large files. The rows are random but repeatable (same seed, same
 * file): mostly eligible, some breaking a rule, a few with a broken value.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes a canonical CSV of made-up VET mobilities (illustrative, not real data): mostly"
          + " eligible, some breaking a rule, a few invalid. Same seed, same file."
    })
final class GenerateCommand implements Callable<Integer> {
  // Sending and receiving places: cities with their coordinates (WGS 84, city centres).
  private static final String[][] PLACES = {
    {"IT", "Bologna", "44.4949", "11.3426"},
    {"ES", "Sevilla", "37.3886", "-5.9823"},
    {"PL", "Krakow", "50.0647", "19.9450"},
    {"FR", "Lyon", "45.7640", "4.8357"},
    {"SI", "Ljubljana", "46.0569", "14.5058"},
    {"DE", "Hamburg", "53.5511", "9.9937"},
    {"AT", "Graz", "47.0707", "15.4395"},
    {"NL", "Rotterdam", "51.9244", "4.4777"},
    {"PT", "Porto", "41.1579", "-8.6291"},
    {"FI", "Tampere", "61.4978", "23.7610"},
    {"MT", "Valletta", "35.8989", "14.5146"},
    {"IE", "Cork", "51.8985", "-8.4756"},
    {"EL", "Thessaloniki", "40.6401", "22.9444"},
    {"CZ", "Brno", "49.1951", "16.6068"},
    {"RS", "Novi Sad", "45.2671", "19.8335"},
    {"MK", "Bitola", "41.0297", "21.3292"},
    {"TR", "Izmir", "38.4237", "27.1428"},
  };

  private static final int ORGANISATIONS = 4000;
  private static final int PROJECTS = 3000;
  // Rows of one KA122 project: its maximum of participants.
  static final int KA122_ROWS = 30;

  private static final String[] LEARNERS = {"learner", "apprentice", "recent_graduate"};

  private final Streams streams;

  @Spec private CommandSpec spec;

  @Option(
      names = "--rows",
      paramLabel = "N",
      description = "Number of rows, 0 or more. Default: 1000.",
      defaultValue = "1000")
  private long rows;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the random rows. Default: 1.",
      defaultValue = "1")
  private long seed;

  @Option(
      names = "--distinct",
      description =
          "Every row with its own project reference, its own sending and receiving organisations"
              + " and its own places (made-up names, so every row declares its distance): the"
              + " worst case for the checker, where nothing repeats.")
  private boolean distinct;

  @Option(
      names = "--output-file",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  private Path outputFile;

  GenerateCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (rows < 0) {
      throw new ParameterException(spec.commandLine(), "--rows must be 0 or more, not " + rows);
    }
    AtomicOutput target = null;
    try {
      target = outputFile == null ? null : AtomicOutput.create(outputFile, List.of());
      OutputStream os =
          target != null ? target.stream() : new NonClosingOutputStream(streams.out());
      try (Writer w =
          new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
        write(w, rows, seed, distinct);
        w.flush();
        if (target != null) {
          target.commit();
        }
      }
    } catch (IOException e) {
      // A full disk or a closed pipe (generate ... | head) stops the rows: never an endless run.
      streams.err().println("vetmobility-cli generate: " + e.getMessage());
      return VetMobilityCli.USAGE;
    } finally {
      if (target != null) {
        target.discard();
      }
    }
    return VetMobilityCli.OK;
  }

  /**
   * Writes the header and {@code rows} rows.
   *
   * @param w where to write
   * @param rows how many rows
   * @param seed the seed
   * @throws IOException if writing fails
   */
  static void write(Writer w, long rows, long seed) throws IOException {
    write(w, rows, seed, false);
  }

  /**
   * Writes the header and {@code rows} rows; with {@code distinct}, no project reference,
   * organisation or place occurs twice.
   *
   * @param w where to write
   * @param rows how many rows
   * @param seed the seed
   * @param distinct whether every row has its own project, organisations and places
   * @throws IOException if writing fails
   */
  static void write(Writer w, long rows, long seed, boolean distinct) throws IOException {
    StringJoiner header = new StringJoiner(",");
    // The columns the generator fills, up to call_year; the later optional ones stay out.
    for (CanonicalColumn c : CanonicalColumn.values()) {
      if (c.ordinal() > CanonicalColumn.CALL_YEAR.ordinal()) {
        break;
      }
      header.add(c.header());
    }
    w.write(header.toString());
    w.write('\n');
    SplittableRandom random = new SplittableRandom(seed);
    // Like a real batch: a few thousand projects, each sending from one organisation, and a few
    // thousand host organisations; a row is one participant of one project.
    int[] organisationPlace = new int[ORGANISATIONS];
    for (int i = 0; i < ORGANISATIONS; i++) {
      organisationPlace[i] = random.nextInt(PLACES.length);
    }
    String[] projectReference = new String[PROJECTS];
    int[] projectSender = new int[PROJECTS];
    for (int i = 0; i < PROJECTS; i++) {
      int callYear = 2021 + random.nextInt(5);
      projectSender[i] = random.nextInt(ORGANISATIONS);
      projectReference[i] =
          callYear
              + "-1-"
              + PLACES[organisationPlace[projectSender[i]]][0]
              + "01-KA12"
              + (random.nextBoolean() ? 1 : 2)
              + "-VET-"
              + String.format("%09d", 1 + random.nextInt(999_999));
    }
    StringBuilder sb = new StringBuilder(256);
    if (distinct) {
      for (long i = 1; i <= rows; i++) {
        sb.setLength(0);
        distinctRow(sb, i, random);
        w.append(sb);
      }
      return;
    }
    // A KA122 project has at most 30 participants: its rows beyond 30 go to a next project of the
    // same sender (same call, a reference of its own), drawn from the same random numbers, so the
    // rows are otherwise the same as before.
    int[] projectRows = new int[PROJECTS];
    String[] current = projectReference.clone();
    for (long i = 1; i <= rows; i++) {
      sb.setLength(0);
      int project = random.nextInt(PROJECTS);
      int sender = projectSender[project];
      int host = random.nextInt(ORGANISATIONS);
      while (organisationPlace[host] == organisationPlace[sender]) {
        host = random.nextInt(ORGANISATIONS);
      }
      if (projectReference[project].contains("-KA122-")) {
        int n = projectRows[project]++;
        if (n > 0 && n % KA122_ROWS == 0) {
          current[project] = nextProject(projectReference[project], n / KA122_ROWS);
        }
      }
      row(
          sb,
          i,
          current[project],
          sender,
          organisationPlace[sender],
          host,
          organisationPlace[host],
          random);
      w.append(sb);
    }
  }

  // The k-th project after a KA122 project: its sequence number plus k million (9 digits, unique
  // for k below 1000; after that the references repeat and projects hold more than 30 rows).
  private static String nextProject(String reference, int k) {
    int cut = reference.length() - 9;
    long sequence = Long.parseLong(reference.substring(cut));
    return reference.substring(0, cut)
        + String.format("%09d", sequence + 1_000_000L * (1 + (k - 1) % 998));
  }

  // A row of its own: the project's sequence is the row number, the organisations' OIDs are made
  // of it, the cities carry it in their names, and the distance is the cities' plus up to 50 km.
  private static void distinctRow(StringBuilder sb, long n, SplittableRandom random)
      throws IOException {
    if (n > 44_999_999L) {
      throw new IOException("--distinct makes at most 44,999,999 rows (one OID pair each)");
    }
    int senderPlace = random.nextInt(PLACES.length);
    int hostPlace = random.nextInt(PLACES.length);
    while (hostPlace == senderPlace) {
      hostPlace = random.nextInt(PLACES.length);
    }
    String reference =
        (2021 + random.nextInt(5))
            + "-1-"
            + PLACES[senderPlace][0]
            + "01-KA12"
            + (random.nextBoolean() ? 1 : 2)
            + "-VET-"
            + String.format("%09d", n);
    int start = sb.length();
    row(sb, n, reference, 0, senderPlace, 0, hostPlace, random);
    // The same row with its own organisations, places and distance: fields 9 to 15.
    String[] f = sb.substring(start, sb.length() - 1).split(",", -1);
    f[9] = "E" + (10_000_000 + 2 * n);
    f[11] = f[11] + " " + n;
    f[12] = "E" + (10_000_001 + 2 * n);
    f[14] = f[14] + " " + n;
    double km = kmBetween(PLACES[senderPlace], PLACES[hostPlace]) + random.nextInt(5_000) / 100.0;
    f[15] = Double.toString(Math.round(km * 100) / 100.0);
    sb.setLength(start);
    sb.append(String.join(",", f)).append('\n');
  }

  private static double kmBetween(String[] from, String[] to) {
    return GreatCircle.distanceKm(
        Coordinates.of(Double.parseDouble(from[2]), Double.parseDouble(from[3])),
        Coordinates.of(Double.parseDouble(to[2]), Double.parseDouble(to[3])));
  }

  private static String oid(int organisation) {
    return "E1" + (1_000_000 + organisation * 37);
  }

  private static void row(
      StringBuilder sb,
      long n,
      String reference,
      int sender,
      int senderPlace,
      int host,
      int hostPlace,
      SplittableRandom r) {
    String[] from = PLACES[senderPlace];
    String[] to = PLACES[hostPlace];
    int callYear = Integer.parseInt(reference.substring(0, 4));
    int kind = r.nextInt(10);
    String activity;
    String category;
    int days;
    if (kind < 6) {
      activity = "LM-SHORT-VET";
      category = LEARNERS[r.nextInt(2)];
      days = 10 + r.nextInt(80);
    } else if (kind < 8) {
      activity = "LM-LONG-VET";
      category = LEARNERS[r.nextInt(3)];
      days = 90 + r.nextInt(120);
    } else if (kind < 9) {
      activity = "SM-JOB-SHDW";
      category = "staff";
      days = 2 + r.nextInt(59);
    } else {
      activity = "SM-TTA";
      category = "staff";
      days = 2 + r.nextInt(60);
    }
    // About one row in ten breaks a duration rule, one in a hundred has a broken value.
    int flaw = r.nextInt(100);
    if (flaw < 10) {
      days = activity.startsWith("LM-SHORT") ? 5 + r.nextInt(4) : 400 + r.nextInt(30);
    }
    LocalDate start = LocalDate.of(callYear + 1, 1 + r.nextInt(12), 1 + r.nextInt(28));
    LocalDate end = start.plusDays(days - 1L);
    String graduation =
        category.equals("recent_graduate") ? start.minusDays(30 + r.nextInt(300)).toString() : "";
    boolean green = r.nextInt(4) == 0;
    double km =
        GreatCircle.distanceKm(
            Coordinates.of(Double.parseDouble(from[2]), Double.parseDouble(from[3])),
            Coordinates.of(Double.parseDouble(to[2]), Double.parseDouble(to[3])));
    String distance = r.nextInt(10) < 7 ? Double.toString(Math.round(km * 100) / 100.0) : "";
    String startText = flaw == 99 ? start.toString().replace("-", "/") : start.toString();
    String receivingCountry = flaw == 98 ? "ZZ" : to[0];
    sb.append('M').append(n).append(',');
    sb.append(reference).append(',');
    sb.append(activity).append(',');
    sb.append(category).append(',');
    sb.append(r.nextInt(8) == 0 ? "yes" : "no").append(',');
    sb.append(startText).append(',');
    sb.append(end).append(',');
    sb.append(green ? 4 : 2).append(',');
    sb.append(green).append(',');
    sb.append(oid(sender)).append(',');
    sb.append(from[0]).append(',');
    sb.append(from[1]).append(',');
    sb.append(oid(host)).append(',');
    sb.append(receivingCountry).append(',');
    sb.append(to[1]).append(',');
    sb.append(distance).append(',');
    sb.append(r.nextInt(20) == 0).append(',');
    sb.append(graduation).append(','); // graduation_date
    sb.append(',').append(','); // virtual_days, course_days
    sb.append(','); // exceptional_travel_cost
    sb.append('\n'); // call_year: the project reference gives it
  }
}
