package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run whose first argument names a subcommand builds that subcommand only: it must answer as the
 * whole command line does.
 */
class SubcommandStartTest {
  @ParameterizedTest
  @ValueSource(strings = {"check", "rules", "explain", "grant", "generate"})
  void aSubcommandAloneAnswersAsTheWholeCommandLine(String name) {
    // Every subcommand the whole command line has is one that a run can build alone.
    assertThat(VetMobilityCli.commandLine(streams(new ByteArrayOutputStream())).getSubcommands())
        .containsOnlyKeys("check", "rules", "explain", "grant", "generate");
    for (String[] args :
        new String[][] {{name, "--help"}, {name, "--no-such-option"}, {name, "--version"}}) {
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      int wholeCode = VetMobilityCli.commandLine(streams(whole)).execute(args);
      ByteArrayOutputStream alone = new ByteArrayOutputStream();
      int aloneCode = VetMobilityCli.run(streams(alone), args);
      assertThat(alone.toString(StandardCharsets.UTF_8))
          .isEqualTo(whole.toString(StandardCharsets.UTF_8))
          .isNotEmpty();
      assertThat(aloneCode).isEqualTo(wholeCode);
    }
  }

  // Standard output and error into one buffer: what a user sees.
  private static Streams streams(ByteArrayOutputStream both) {
    PrintStream p = new PrintStream(both, true, StandardCharsets.UTF_8);
    return new Streams(new ByteArrayInputStream(new byte[0]), p, p, false);
  }
}
