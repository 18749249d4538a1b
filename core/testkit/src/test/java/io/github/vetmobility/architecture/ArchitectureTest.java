package io.github.vetmobility.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of core and the testkit, checked on their compiled classes: core needs
 * nothing but the JDK (and Immutables annotations, read at compile time only), no module reaches
 * into another module's internal packages, and core's domain packages have no cycles.
 *
 * <p>The validation module's own rules are checked in its tests, where its classes are visible.
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.vetmobility";
  private static final String TESTKIT = ROOT + ".testkit..";

  private static JavaClasses all;

  @BeforeAll
  static void importClasses() {
    all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void coreDependsOnTheJdkOnly() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(ROOT + "..")
            .and()
            .resideOutsideOfPackage(TESTKIT)
            .should()
            .dependOnClassesThat(
                not(resideInAnyPackage("java..", ROOT + "..", "org.immutables.value..")))
            .because("core has no runtime dependency: a host's class path gets nothing from it");
    rule.check(all);
  }

  @Test
  void coreUsesImmutablesForAnnotationsOnly() {
    // The generated classes carry Immutables' @Generated; the processor itself never appears.
    noClasses()
        .that()
        .resideInAPackage(ROOT + "..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.immutables..")
                .and(
                    not(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                            "an Immutables annotation",
                            c ->
                                c.getFullName().startsWith("org.immutables.value.Value")
                                    || c.getFullName().equals("org.immutables.value.Generated")))))
        .check(all);
  }

  @Test
  void theTestkitUsesNoInternalPackageOfCore() {
    noClasses()
        .that()
        .resideInAPackage(TESTKIT)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .because("internal packages are not exported: they are not API")
        .check(all);
  }

  @Test
  void internalPackagesAreUsedOnlyWithinTheirOwnArea() {
    // rules.internal serves rules, funding.internal serves funding, ... and core's top-level
    // internal package serves every core package; nothing outside core uses any of them.
    classes()
        .that()
        .resideInAPackage(ROOT + ".(*).internal..")
        .should()
        .onlyHaveDependentClassesThat(
            resideInAPackage(ROOT + "..").and(not(resideInAPackage(TESTKIT))))
        .check(all);
  }

  @Test
  void coreDomainPackagesHaveNoCycles() {
    slices()
        .matching(ROOT + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("package by domain: each domain package builds on others without loops")
        .check(all);
  }
}
