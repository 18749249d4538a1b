package io.github.vetmobility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.validation.EligibleMobility;
import jakarta.validation.Constraint;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host application that uses core and validation compiles with {@code -Xlint:all -Werror}, on the
 * class path and on the module path, with nothing but the library's artifacts and the Bean
 * Validation API: no Immutables jar, so no annotation of it may reach a class file hosts read.
 */
class HostCompileTest {
  // Builders, factories, an assessment, a finding's fields and a Bean Validation annotation.
  static final String HOST =
      "package host;\n"
          + "import io.github.vetmobility.country.CountryCode;\n"
          + "import io.github.vetmobility.edition.Confidence;\n"
          + "import io.github.vetmobility.identifier.ProjectReference;\n"
          + "import io.github.vetmobility.mobility.ActivityType;\n"
          + "import io.github.vetmobility.mobility.Mobility;\n"
          + "import io.github.vetmobility.money.Money;\n"
          + "import io.github.vetmobility.organisation.Organisation;\n"
          + "import io.github.vetmobility.participant.Participant;\n"
          + "import io.github.vetmobility.participant.ParticipantCategory;\n"
          + "import io.github.vetmobility.rules.Assessment;\n"
          + "import io.github.vetmobility.rules.Finding;\n"
          + "import io.github.vetmobility.rules.RuleBooks;\n"
          + "import io.github.vetmobility.validation.EligibleMobility;\n"
          + "import java.time.LocalDate;\n"
          + "public final class Host {\n"
          + "  @EligibleMobility private final Mobility mobility;\n"
          + "  private Host(Mobility mobility) { this.mobility = mobility; }\n"
          + "  public static void main(String[] args) {\n"
          + "    Mobility m = Mobility.builder()\n"
          + "        .projectReference(ProjectReference.parse(\"2025-1-IT01-KA122-VET-000123456\"))\n"
          + "        .participant(Participant.builder().category(ParticipantCategory.VET_LEARNER)"
          + ".build())\n"
          + "        .activityType(ActivityType.LM_SHORT_VET)\n"
          + "        .sending(Organisation.of(CountryCode.IT))\n"
          + "        .receiving(Organisation.of(CountryCode.ES))\n"
          + "        .startDate(LocalDate.of(2025, 3, 3)).endDate(LocalDate.of(2025, 3, 30))\n"
          + "        .build();\n"
          + "    Assessment a = RuleBooks.builtIn().forMobility(m).assess(m);\n"
          + "    Confidence c = a.confidence();\n"
          + "    for (Finding f : a.findings()) { System.out.println(f.ruleId() + f.kind()); }\n"
          + "    System.out.println(new Host(m).mobility + \" \" + c + Money.ofEuros(1));\n"
          + "  }\n"
          + "}\n";

  static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  static String compile(Path dir, boolean modulePath) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("host"));
    Files.writeString(src.resolve("host/Host.java"), HOST);
    List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:none"));
    args.addAll(List.of("--release", "17", "-d", dir.resolve("out").toString()));
    String path =
        String.join(
            java.io.File.pathSeparator,
            location(Mobility.class).toString(),
            location(EligibleMobility.class).toString(),
            location(Constraint.class).toString());
    if (modulePath) {
      Files.writeString(
          src.resolve("module-info.java"),
          "module host {\n  requires io.github.vetmobility.core;\n"
              + "  requires io.github.vetmobility.validation;\n}\n");
      args.addAll(List.of("--module-path", path));
      args.add(src.resolve("module-info.java").toString());
    } else {
      args.addAll(List.of("-classpath", path));
    }
    args.add(src.resolve("host/Host.java").toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = javac.run(null, out, out, args.toArray(new String[0]));
    return code + out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aHostOnTheClassPathCompilesWithoutAWarning(@TempDir Path dir) throws Exception {
    assertThat(compile(dir, false)).isEqualTo("0");
  }

  @Test
  void aHostOnTheModulePathCompilesWithoutAWarning(@TempDir Path dir) throws Exception {
    assertThat(compile(dir, true)).isEqualTo("0");
  }
}
