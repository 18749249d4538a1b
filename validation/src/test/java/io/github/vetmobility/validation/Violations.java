package io.github.vetmobility.validation;

import io.github.vetmobility.rules.Finding;
import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.List;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/** Reads constraint violations in the form the tests compare. */
final class Violations {
  private Violations() {}

  /** The finding a violation carries as dynamic payload, or {@code null}. */
  static Finding finding(ConstraintViolation<?> v) {
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Object> hv = v.unwrap(HibernateConstraintViolation.class);
    return hv.getDynamicPayload(Finding.class);
  }

  /** One line per violation: path, template, payload rule id; sorted. */
  static List<String> lines(Collection<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(
            v -> {
              Finding f = finding(v);
              return v.getPropertyPath()
                  + " "
                  + v.getMessageTemplate()
                  + " "
                  + (f == null ? "-" : f.ruleId());
            })
        .sorted()
        .toList();
  }

  /** The lines the findings should give, below a path prefix. */
  static List<String> expected(String prefix, Collection<Finding> findings) {
    return findings.stream()
        .map(f -> prefix + f.field() + " {" + f.messageKey() + "} " + f.ruleId())
        .sorted()
        .toList();
  }
}
