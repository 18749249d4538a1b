package io.github.vetmobility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.mobility.Mobility;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that uses nothing but core's artifact reads a finding in French and in Albanian, run on
 * the module path (core a named module, its bundles inside it) and on the class path.
 */
class HostMessagesTest {
  static final String HOST =
      "package host;\n"
          + "import io.github.vetmobility.country.CountryCode;\n"
          + "import io.github.vetmobility.identifier.ProjectReference;\n"
          + "import io.github.vetmobility.mobility.ActivityType;\n"
          + "import io.github.vetmobility.mobility.Mobility;\n"
          + "import io.github.vetmobility.organisation.Organisation;\n"
          + "import io.github.vetmobility.participant.Participant;\n"
          + "import io.github.vetmobility.participant.ParticipantCategory;\n"
          + "import io.github.vetmobility.rules.Finding;\n"
          + "import io.github.vetmobility.rules.RuleBooks;\n"
          + "import java.time.LocalDate;\n"
          + "import java.util.Locale;\n"
          + "public final class Host {\n"
          + "  public static void main(String[] args) {\n"
          + "    Mobility m = Mobility.builder()\n"
          + "        .projectReference(ProjectReference.parse(\"2025-1-IT01-KA122-VET-000123456\"))\n"
          + "        .participant(Participant.of(ParticipantCategory.VET_LEARNER))\n"
          + "        .activityType(ActivityType.LM_SHORT_VET)\n"
          + "        .sending(Organisation.of(CountryCode.FR))\n"
          + "        .receiving(Organisation.of(CountryCode.ES))\n"
          + "        .startDate(LocalDate.of(2025, 3, 3)).endDate(LocalDate.of(2025, 3, 30))\n"
          + "        .build();\n"
          + "    for (Finding f : RuleBooks.builtIn().forMobility(m).assess(m).findings()) {\n"
          + "      if (f.ruleId().equals(\"VET-AGENCY-COUNTRY\")) {\n"
          + "        System.out.println(f.message(Locale.FRENCH));\n"
          + "        System.out.println(f.message(Locale.forLanguageTag(\"sq\")));\n"
          + "        System.out.println(f.message(Locale.JAPANESE));\n"
          + "      }\n"
          + "    }\n"
          + "  }\n"
          + "}\n";

  static final String EXPECTED =
      "L'organisation d'envoi se trouve dans le pays FR, mais le projet est géré par l'agence"
          + " nationale IT01\n"
          + "Organizata (dërguese) ndodhet në FR, por projekti menaxhohet nga Agjencia Kombëtare"
          + " IT01\n"
          + "The sending organisation is in FR, but the project is managed by National Agency IT01\n";

  static String run(Path dir, boolean modulePath) throws Exception {
    Path src = dir.resolve("src");
    Path out = dir.resolve("out");
    Files.createDirectories(src.resolve("host"));
    Files.writeString(src.resolve("host/Host.java"), HOST);
    String core = HostCompileTest.location(Mobility.class).toString();
    List<String> javacArgs = new ArrayList<>(List.of("-proc:none", "-d", out.toString()));
    if (modulePath) {
      Files.writeString(
          src.resolve("module-info.java"),
          "module host {\n  requires io.github.vetmobility.core;\n}\n");
      javacArgs.addAll(List.of("--module-path", core, src.resolve("module-info.java").toString()));
    } else {
      javacArgs.addAll(List.of("-classpath", core));
    }
    javacArgs.add(src.resolve("host/Host.java").toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, javacArgs.toArray(new String[0]))).isZero();

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String path = out + File.pathSeparator + core;
    // A French machine: an unknown language must still read English, not the default locale.
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-Duser.language=fr",
                "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8"));
    cmd.addAll(
        modulePath
            ? List.of("--module-path", path, "-m", "host/host.Host")
            : List.of("-cp", path, "host.Host"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] bytes = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void aHostOnTheModulePathReadsTranslatedFindings(@TempDir Path dir) throws Exception {
    assertThat(run(dir, true)).isEqualTo(EXPECTED);
  }

  @Test
  void aHostOnTheClassPathReadsTranslatedFindings(@TempDir Path dir) throws Exception {
    assertThat(run(dir, false)).isEqualTo(EXPECTED);
  }
}
