package io.github.vetmobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public builders are abstract classes written by hand, with a Javadoc comment on every method,
 * and the Immutables builders extend them. A setter that Immutables generates but the public
 * builder does not declare would be out of a host's reach: this test finds every generated builder
 * of a type with a public builder and compares.
 */
class BuildersTest {

  // The public types whose nested Builder is API, found from the generated builders.
  private static List<Class<?>> publicBuilders() throws IOException, URISyntaxException {
    Path classes =
        Path.of(BuildersTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent()
            .resolve("classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.collect(Collectors.toList())) {
        String name = classes.relativize(p).toString().replace('\\', '/');
        if (!name.matches(".*/Immutable[A-Za-z]+\\$Builder\\.class")) {
          continue;
        }
        String generated = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        String type = generated.replace(".Immutable", ".").replace("$Builder", "");
        try {
          Class<?> builder = Class.forName(type + "$Builder");
          if (Modifier.isPublic(builder.getModifiers())) {
            found.add(builder);
          }
        } catch (ClassNotFoundException e) {
          // A type whose generated builder is internal (built by a factory only).
        }
      }
    }
    return found;
  }

  private static String signature(Method m) {
    return m.getName()
        + Arrays.stream(m.getGenericParameterTypes())
            .map(t -> t.getTypeName())
            .collect(Collectors.joining(", ", "(", ")"));
  }

  @Test
  void everyGeneratedSetterIsDeclaredAndDocumentableOnThePublicBuilder() throws Exception {
    List<Class<?>> builders = publicBuilders();
    assertThat(builders)
        .extracting(Class::getName)
        .contains(
            "io.github.vetmobility.mobility.Mobility$Builder",
            "io.github.vetmobility.rules.Finding$Builder");
    for (Class<?> builder : builders) {
      Class<?> generated =
          Class.forName(
              builder
                      .getName()
                      .replace("$Builder", "")
                      .replaceFirst("\\.([A-Za-z]+)$", ".Immutable$1")
                  + "$Builder");
      assertThat(generated.getSuperclass()).as(generated.getName()).isEqualTo(builder);
      List<String> declared =
          Arrays.stream(builder.getDeclaredMethods())
              .filter(m -> Modifier.isPublic(m.getModifiers()))
              .map(BuildersTest::signature)
              .collect(Collectors.toList());
      List<String> generatedSetters =
          Arrays.stream(generated.getDeclaredMethods())
              .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
              .filter(m -> !m.getName().equals("buildValue"))
              .map(BuildersTest::signature)
              .collect(Collectors.toList());
      assertThat(declared).as(builder.getName()).containsAll(generatedSetters);
      assertThat(declared).as(builder.getName()).contains("build()");
      Method build = builder.getMethod("build");
      assertThat(Modifier.isFinal(build.getModifiers())).as(build.toString()).isTrue();
    }
  }

  @Test
  void anEmptyBuilderNamesItsMissingFieldsInTheLibrarysException() throws Exception {
    for (Class<?> builder : publicBuilders()) {
      Class<?> type = builder.getEnclosingClass();
      Object b = type.getMethod("builder").invoke(null);
      Method build = builder.getMethod("build");
      if (type.getSimpleName().equals("GrantContext")) {
        assertThat(build.invoke(b)).isNotNull();
        continue;
      }
      assertThatThrownBy(
              () -> {
                try {
                  build.invoke(b);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              })
          .as(type.getName())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("required field of " + type.getSimpleName());
    }
  }
}
