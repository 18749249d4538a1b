package io.github.vetmobility.benchmarks;

import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.rules.Verdict;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * Assessing an eligible mobility against the rule book of call 2025 KA122, next to Hibernate
 * Validator validating a bean of the same shape with built-in constraints. Run it with {@code -prof
 * gc} to see the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {
  private RuleBook book;
  private Mobility eligible;
  private Mobility tooLong;
  private ValidatorFactory factory;
  private Validator validator;
  private MobilityBean bean;

  /** Builds the inputs once; both sides check an eligible input. */
  @Setup
  public void setUp() {
    book = RuleBooks.builtIn().get(2025, KeyAction.KA122);
    eligible = SameShape.eligibleMobility();
    tooLong = SameShape.tooLongMobility();
    if (book.assess(eligible).verdict() != Verdict.ELIGIBLE
        || book.assess(tooLong).verdict() != Verdict.NOT_ELIGIBLE) {
      throw new IllegalStateException("benchmark inputs are not what they claim");
    }
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
    bean = SameShape.eligibleBean();
    if (!validator.validate(bean).isEmpty()) {
      throw new IllegalStateException("the bean should be valid");
    }
  }

  /** Closes the validator factory. */
  @TearDown
  public void tearDown() {
    factory.close();
  }

  /** The rule book assesses an eligible mobility (28 mobility rules). */
  @Benchmark
  public Assessment assessEligibleMobility() {
    return book.assess(eligible);
  }

  /** The rule book assesses a mobility that breaks the duration maximum (one finding). */
  @Benchmark
  public Assessment assessIneligibleMobility() {
    return book.assess(tooLong);
  }

  /** Hibernate Validator validates an eligible bean of the same shape. */
  @Benchmark
  public Set<ConstraintViolation<MobilityBean>> hibernateValidatorSameShape() {
    return validator.validate(bean);
  }
}
