package io.github.vetmobility.validation.internal;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.validation.EligibilitySettings;
import io.github.vetmobility.validation.EligibleMobility;
import io.github.vetmobility.validation.HostPaths;
import io.github.vetmobility.validation.MobilityMapper;
import io.github.vetmobility.validation.MobilitySource;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates {@link EligibleMobility}: reads a mobility from the value, chooses the rule book, runs
 * core's engine and reports its findings. No rule is checked here.
 */
public final class EligibleMobilityValidator
    implements ConstraintValidator<EligibleMobility, Object> {
  static final String NO_RULE_BOOK = "io.github.vetmobility.validation.EligibleMobility.noRuleBook";
  static final String UNKNOWN_EDITION =
      "io.github.vetmobility.validation.EligibleMobility.unknownEdition";
  static final String UNREADABLE = "io.github.vetmobility.validation.EligibleMobility.unreadable";

  private String ruleBookAttribute;
  private boolean reportWarnings;
  private boolean strict;
  private boolean perFinding;
  private MobilityMapper<Object> mapper;
  private HostPaths paths;
  // The attribute read against the built-in books once; other settings are read per call.
  private RuleBookChoice builtInChoice;

  /** Created by the Bean Validation provider. */
  public EligibleMobilityValidator() {}

  @Override
  public void initialize(EligibleMobility constraint) {
    ruleBookAttribute = constraint.ruleBook();
    reportWarnings = constraint.reportWarnings();
    strict = constraint.strict();
    perFinding = constraint.message().equals(EligibleMobility.MESSAGE);
    mapper = mapper(constraint.mapper());
    paths = paths(mapper);
    try {
      builtInChoice = RuleBookChoice.parse(RuleBooks.builtIn(), ruleBookAttribute);
    } catch (InvalidValueException e) {
      // May name a rule book the host loads itself: checked again against the host's settings.
      builtInChoice = null;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static MobilityMapper<Object> mapper(Class<? extends MobilityMapper> type) {
    if (type == MobilityMapper.class) {
      return null;
    }
    try {
      return type.getConstructor().newInstance();
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new ValidationException(
          "@EligibleMobility(mapper = "
              + type.getName()
              + ".class): a mapper needs a public no-argument constructor in a package the module"
              + " io.github.vetmobility.validation can read",
          e);
    }
  }

  private static HostPaths paths(MobilityMapper<Object> mapper) {
    if (mapper == null) {
      return HostPaths.none();
    }
    HostPaths p = mapper.paths();
    if (p == null) {
      throw new ValidationException(
          mapper.getClass().getName() + ".paths() returned null; return HostPaths.none() instead");
    }
    return p;
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Mobility mobility;
    try {
      mobility = mobility(value);
    } catch (InvalidValueException e) {
      return FindingReport.problem(
          context,
          paths.hostPath(e.field()),
          UNREADABLE,
          Map.of("field", e.field(), "expected", e.expected()));
    } catch (ValidationException e) {
      throw e; // a constraint set up wrongly is the developer's error, not the data's
    } catch (RuntimeException e) {
      // Bean Validation's contract: report, never throw. A value left out of a builder names its
      // field; any other failure of the host's mapping is a violation of the whole object.
      String missing = missingField(e);
      if (missing != null) {
        return FindingReport.problem(
            context,
            paths.hostPath(missing),
            UNREADABLE,
            Map.of("field", missing, "expected", "given"));
      }
      return FindingReport.problem(
          context,
          "",
          UNREADABLE,
          Map.of(
              "field",
              "the mapped value",
              "expected",
              "readable (the host's mapping failed with " + e.getClass().getSimpleName() + ")"));
    }
    if (mobility == null) {
      return true;
    }
    EligibilitySettings settings = HibernateExtensions.settings(context);
    Optional<ProjectReference> reference = mobility.projectReference();
    RuleBook book;
    if (reference.isPresent()) {
      ProjectReference r = reference.get();
      book = settings.ruleBooks().find(r.callYear(), r.keyAction()).orElse(null);
      if (book == null) {
        return FindingReport.problem(
            context,
            paths.hostPath("projectReference"),
            UNKNOWN_EDITION,
            Map.of("reference", r.format()));
      }
    } else {
      book = chosen(settings, context);
      if (book == null) {
        return FindingReport.problem(
            context, paths.hostPath("projectReference"), NO_RULE_BOOK, Map.of());
      }
    }
    return FindingReport.report(
        strict ? book.assess(mobility).strict() : book.assess(mobility),
        reportWarnings,
        perFinding,
        paths,
        context);
  }

  private RuleBook chosen(EligibilitySettings settings, ConstraintValidatorContext context) {
    RuleBookChoice choice =
        settings.ruleBooks() == RuleBooks.builtIn()
            ? builtInChoice
            : RuleBookChoice.parse(settings.ruleBooks(), ruleBookAttribute);
    if (choice == null && !ruleBookAttribute.isBlank()) {
      throw new ValidationException(
          "@EligibleMobility(ruleBook = \"" + ruleBookAttribute + "\") names no known rule book");
    }
    RuleBook book =
        choice == null
            ? null
            : choice.ruleBook(settings.ruleBooks(), context.getClockProvider().getClock());
    return book != null ? book : settings.fallback().orElse(null);
  }

  // A builder given null names the attribute (Objects.requireNonNull(value, "startDate")); one
  // built without a required attribute lists them ("... required attributes are not set [a, b]").
  static String missingField(RuntimeException e) {
    String message = e.getMessage();
    if (message == null) {
      return null;
    }
    if (e instanceof NullPointerException && NAME.matcher(message).matches()) {
      return message;
    }
    if (e instanceof IllegalStateException) {
      Matcher m = UNSET.matcher(message);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");
  private static final Pattern UNSET =
      Pattern.compile("required attributes are not set \\[([a-z][A-Za-z0-9]{0,63})");

  private Mobility mobility(Object value) {
    if (mapper != null) {
      return mapper.toMobility(value);
    }
    if (value instanceof Mobility m) {
      return m;
    }
    if (value instanceof MobilitySource s) {
      return s.mobility();
    }
    throw new ValidationException(
        "@EligibleMobility on "
            + value.getClass().getName()
            + ": the type is neither a Mobility nor a MobilitySource, and the constraint names no"
            + " mapper");
  }
}
