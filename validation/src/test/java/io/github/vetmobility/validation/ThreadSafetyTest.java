package io.github.vetmobility.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.validation.hibernate.EligibleMobilityDef;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One Validator shared by many threads gives every thread the same violations. */
class ThreadSafetyTest {
  private static final int THREADS = 8;

  @Test
  void oneValidatorManyThreadsSameViolations() throws Exception {
    Validator validator =
        EligibleMobilityTest.validator(new EligibleMobilityDef().reportWarnings(true), null, null);
    List<RuleBook> books =
        RuleBooks.builtIn().all().stream().filter(b -> b.action().isPresent()).toList();
    Random random = new Random(7);
    List<Mobility> mobilities = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      mobilities.add(SampleMobilities.random(random, books.get(i % books.size())));
    }
    List<List<String>> expected = new ArrayList<>();
    for (Mobility m : mobilities) {
      expected.add(describe(validator.validate(m)));
    }
    assertThat(expected).anySatisfy(lines -> assertThat(lines).isNotEmpty());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        futures.add(
            pool.submit(
                () -> {
                  // Each thread validates everything in its own order, three times.
                  List<Integer> order = new ArrayList<>();
                  for (int i = 0; i < mobilities.size(); i++) {
                    order.add(i);
                  }
                  List<String> differences = new ArrayList<>();
                  for (int round = 0; round < 3; round++) {
                    Collections.shuffle(order, new Random(seed * 31 + round));
                    for (int i : order) {
                      List<String> got = describe(validator.validate(mobilities.get(i)));
                      if (!got.equals(expected.get(i))) {
                        differences.add(i + ": " + got + " != " + expected.get(i));
                      }
                    }
                  }
                  return differences;
                }));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get(5, TimeUnit.MINUTES)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // Path, message (with its parameters) and payload of every violation, sorted.
  private static List<String> describe(java.util.Set<ConstraintViolation<Mobility>> violations) {
    return violations.stream()
        .map(v -> v.getPropertyPath() + "|" + v.getMessage() + "|" + Violations.finding(v))
        .sorted()
        .toList();
  }
}
