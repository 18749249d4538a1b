package io.github.vetmobility.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command-line checker: {@code check} a CSV batch of mobilities, list the {@code rules}, {@code
 * explain} one rule, compute the {@code grant} of one mobility, {@code generate} test data.
 *
 * <p>Exit codes: 0 when every row is eligible (or out of scope), 1 when some row is not eligible or
 * invalid, 2 on usage or I/O errors.
 */
@Command(
    name = "vetmobility-cli",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks Erasmus+ VET mobilities against the rules of their edition: eligibility, findings"
          + " with the rule and its source, and the grant."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row is eligible (or out of scope)",
      "1:some row is not eligible or is invalid input",
      "2:usage or I/O error"
    })
public final class VetMobilityCli implements Runnable {
  /** Exit code: every row eligible. */
  public static final int OK = 0;

  /** Exit code: some row not eligible or invalid. */
  public static final int FAILED_ROWS = 1;

  /** Exit code: usage or I/O error. */
  public static final int USAGE = 2;

  /** The message when standard output cannot be written. */
  static final String STDOUT_FAILED =
      "cannot write to standard output (a full disk, or a closed pipe)";

  @Spec private CommandSpec spec;

  // The subcommands, in the order of the usage help.
  private static final String[] SUBCOMMANDS = {"check", "rules", "explain", "grant", "generate"};

  private static Object subcommand(String name, Streams streams) {
    switch (name) {
      case "check":
        return new CheckCommand(streams);
      case "rules":
        return new RulesCommand(streams);
      case "explain":
        return new ExplainCommand(streams);
      case "grant":
        return new GrantCommand(streams);
      case "generate":
        return new GenerateCommand(streams);
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private VetMobilityCli() {}

  @Override
  public void run() {
    // No subcommand: say how to use it, and fail as a usage error.
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Builds the command line with its subcommands over the given streams.
   *
   * @param streams the streams to use
   * @return the command line, ready to {@code execute}
   */
  public static CommandLine commandLine(Streams streams) {
    return commandLine(streams, null);
  }

  // With only = the name of one subcommand, the others are left out: picocli reads every
  // command's annotations when it is added, and that was half of the start-up of a 1-row check.
  // A run whose first argument is exactly a subcommand's name never reaches the others.
  private static CommandLine commandLine(Streams streams, String only) {
    CommandLine cl = new CommandLine(new VetMobilityCli());
    for (String name : SUBCOMMANDS) {
      if (only == null || only.equals(name)) {
        cl.addSubcommand(subcommand(name, streams));
      }
    }
    cl.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
    // An unexpected failure is reported in one line, never as a stack trace, and exits with 2.
    cl.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          command.getErr().println(command.getCommandName() + ": " + e);
          return USAGE;
        });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /**
   * Runs the checker with the given arguments and streams.
   *
   * @param streams the streams
   * @param args the arguments
   * @return the exit code
   */
  public static int run(Streams streams, String... args) {
    String first = args.length == 0 ? null : args[0];
    boolean one = first != null && java.util.Arrays.asList(SUBCOMMANDS).contains(first);
    int code = commandLine(streams, one ? first : null).execute(args);
    // A PrintStream swallows write errors: a command that wrote into a failed standard output
    // has not done its work, whatever it answered.
    if (code != USAGE && streams.out().checkError()) {
      streams.err().println("vetmobility-cli: " + STDOUT_FAILED);
      return USAGE;
    }
    return code;
  }

  /**
   * Runs the checker and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code;
    try {
      code = run(Streams.system(), args);
    } catch (OutOfMemoryError e) {
      // Out of memory where even the one-line report failed: the frames that held the batch are
      // gone here, so there is room to say so, and exit 2 runs the clean-up of partial outputs.
      System.err.println(
          "vetmobility-cli: stopped: out of memory (" + e.getMessage() + "); give a larger -Xmx");
      code = USAGE;
    }
    System.exit(code);
  }
}
