package io.github.vetmobility.validation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the validation module, checked on its compiled classes (core's rules are
 * checked in the testkit's tests):
 *
 * <ul>
 *   <li>it depends on the JDK (its {@code java.*} packages), vetmobility core (not its internal
 *       packages, not the testkit), the Jakarta Validation API and Hibernate Validator, and on
 *       nothing else;
 *   <li>Hibernate Validator, an optional dependency, is used only by the programmatic constraint
 *       definitions of {@code validation.hibernate} and by the nested class {@code
 *       HibernateExtensions.Hibernate} of {@code validation.internal}: every other class loads on a
 *       host whose provider is not Hibernate Validator;
 *   <li>no signature of the exported API names a type of the unexported {@code internal} package.
 * </ul>
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.vetmobility";
  private static final String VALIDATION = ROOT + ".validation";
  private static final String HIBERNATE_DEFS = VALIDATION + ".hibernate..";
  private static final String INTERNAL = VALIDATION + ".internal..";
  private static final String HIBERNATE_VALIDATOR = "org.hibernate.validator..";
  // Package-private, so named rather than referenced: a rename makes the confinement rule fail.
  private static final String HIBERNATE_CONFINED =
      VALIDATION + ".internal.HibernateExtensions$Hibernate";

  private static JavaClasses validation;

  @BeforeAll
  static void importClasses() {
    validation =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(VALIDATION);
  }

  @Test
  void validationDependsOnCoreJakartaValidationAndHibernateValidatorOnly() {
    noClasses()
        .that()
        .resideInAPackage(VALIDATION + "..")
        .should()
        .dependOnClassesThat(
            not(
                resideInAnyPackage(
                    "java..", ROOT + "..", "jakarta.validation..", HIBERNATE_VALIDATOR)))
        .because("a host gets nothing else on its class path from this module")
        .check(validation);
  }

  @Test
  void validationDependsOnlyOnCoreJakartaValidationAndTheJdk() {
    // What a host without Hibernate Validator loads: everything but the confined classes.
    noClasses()
        .that()
        .resideInAPackage(VALIDATION + "..")
        .and()
        .resideOutsideOfPackage(HIBERNATE_DEFS)
        .and()
        .doNotHaveFullyQualifiedName(HIBERNATE_CONFINED)
        .should()
        .dependOnClassesThat(not(resideInAnyPackage("java..", ROOT + "..", "jakarta.validation..")))
        .because("the module brings core and jakarta.validation-api only")
        .check(validation);
  }

  @Test
  void validationUsesNeitherCoreInternalsNorTheTestkit() {
    noClasses()
        .that()
        .resideInAPackage(VALIDATION + "..")
        .should()
        .dependOnClassesThat(
            resideInAnyPackage(ROOT + ".internal..", ROOT + ".*.internal..", ROOT + ".testkit..")
                .and(not(resideInAPackage(INTERNAL))))
        .because("core's internal packages are not exported and the testkit is for tests")
        .check(validation);
  }

  @Test
  void hibernateValidatorIsConfinedToTheDefinitionsAndOneNestedClass() {
    noClasses()
        .that()
        .resideInAPackage(VALIDATION + "..")
        .and()
        .resideOutsideOfPackage(HIBERNATE_DEFS)
        .and()
        .doNotHaveFullyQualifiedName(HIBERNATE_CONFINED)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(HIBERNATE_VALIDATOR)
        .because(
            "Hibernate Validator is optional: a class that names its types fails to load"
                + " without it, so only classes a host without it never loads may name them")
        .check(validation);
  }

  @Test
  void theExportedApiNamesNoInternalTypeInItsSignatures() {
    classes()
        .that()
        .resideInAnyPackage(VALIDATION, VALIDATION + ".hibernate")
        .and()
        .arePublic()
        .should(exposeNoTypeFrom(INTERNAL))
        .because("the internal package is not exported: a host could not use such a signature")
        .check(validation);
  }

  /**
   * Fails for a public class whose supertypes, or whose public or protected constructors, methods
   * or fields, name a type of the given package in their signature (generic arguments, bounds and
   * thrown exceptions included).
   */
  private static ArchCondition<JavaClass> exposeNoTypeFrom(String packageIdentifier) {
    return new ArchCondition<>("expose no type of " + packageIdentifier + " in their signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        Set<String> exposed = new TreeSet<>();
        collect(c.getSuperclass().map(JavaType::getAllInvolvedRawTypes).orElse(Set.of()), exposed);
        for (JavaType i : c.getInterfaces()) {
          collect(i.getAllInvolvedRawTypes(), exposed);
        }
        for (JavaMember m : c.getMembers()) {
          if (!m.getModifiers().contains(JavaModifier.PUBLIC)
              && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
            continue;
          }
          if (m instanceof JavaCodeUnit) {
            JavaCodeUnit u = (JavaCodeUnit) m;
            collect(u.getAllInvolvedRawTypes(), exposed);
            collect(Set.copyOf(u.getExceptionTypes()), exposed);
          } else if (m instanceof JavaField) {
            collect(((JavaField) m).getType().getAllInvolvedRawTypes(), exposed);
          }
        }
        boolean ok = exposed.isEmpty();
        events.add(
            new SimpleConditionEvent(
                c, ok, c.getName() + (ok ? " exposes no internal type" : " exposes " + exposed)));
      }

      private final String root = packageIdentifier.replace("..", "");

      private void collect(Set<JavaClass> types, Set<String> out) {
        for (JavaClass t : types) {
          String p = t.getPackageName();
          if (p.equals(root) || p.startsWith(root + ".")) {
            out.add(t.getName());
          }
        }
      }
    };
  }
}
