package io.github.vetmobility.benchmarks;

import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.validation.hibernate.EligibleMobilityDef;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a core {@code Mobility} through {@code @EligibleMobility} (the whole rule book, run by
 * Hibernate Validator) next to Hibernate Validator validating {@link MobilityBean}, a bean of the
 * same shape with built-in constraints, from the same validator factory. The target is at most 1.2
 * times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
  private ValidatorFactory factory;
  private Validator validator;
  private Mobility eligible;
  private Mobility tooLong;
  private MobilityBean bean;

  /** Builds one factory with {@code @EligibleMobility} on {@code Mobility}, and the inputs. */
  @Setup
  public void setUp() {
    factory = factory();
    validator = factory.getValidator();
    eligible = SameShape.eligibleMobility();
    tooLong = SameShape.tooLongMobility();
    bean = SameShape.eligibleBean();
    if (!validator.validate(eligible).isEmpty()
        || validator.validate(tooLong).size() != 1
        || !validator.validate(bean).isEmpty()) {
      throw new IllegalStateException("benchmark inputs are not what they claim");
    }
  }

  private static ValidatorFactory factory() {
    HibernateValidatorConfiguration cfg =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping mapping = cfg.createConstraintMapping();
    mapping.type(Mobility.class).constraint(new EligibleMobilityDef());
    return cfg.addMapping(mapping).buildValidatorFactory();
  }

  /** Closes the validator factory. */
  @TearDown
  public void tearDown() {
    factory.close();
  }

  /** {@code @EligibleMobility} on an eligible mobility: no violation. */
  @Benchmark
  public Set<ConstraintViolation<Mobility>> eligibleMobility() {
    return validator.validate(eligible);
  }

  /** {@code @EligibleMobility} on a mobility that is too long: one violation with payload. */
  @Benchmark
  public Set<ConstraintViolation<Mobility>> ineligibleMobility() {
    return validator.validate(tooLong);
  }

  /** The baseline: the same factory validates a valid bean of the same shape. */
  @Benchmark
  public Set<ConstraintViolation<MobilityBean>> builtInConstraintsSameShape() {
    return validator.validate(bean);
  }

  /**
   * Bootstrap: a new factory with the module's constraints (mapping, contributor message bundles),
   * its validator, and the first validation of a mobility (bean metadata, validator creation).
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int bootstrapAndFirstValidation() {
    try (ValidatorFactory f = factory()) {
      return f.getValidator().validate(eligible).size();
    }
  }

  /** Bootstrap baseline: a default factory and the first validation of the bean. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int bootstrapBaseline() {
    try (ValidatorFactory f =
        Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory()) {
      return f.getValidator().validate(bean).size();
    }
  }
}
