package io.github.vetmobility.examples.boot;

import io.github.vetmobility.rules.Finding;
import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers a request body that fails validation with 400 and an RFC 9457 problem detail ({@code
 * application/problem+json}) whose {@code violations} list every violation, for instance:
 *
 * <pre>{@code
 * {"title": "The mobility is not valid", "status": 400, "detail": "2 violations",
 *  "instance": "/mobilities/check",
 *  "violations": [
 *    {"field": "endDate", "rule": "VET-DURATION-MIN", "constraint": "EligibleMobility",
 *     "message": "LM-SHORT-VET lasts 6 days of physical activity, fewer than the minimum of 10"},
 *    {"field": "receiving.country", "rule": "VET-ABROAD", "constraint": "EligibleMobility",
 *     "message": "Sending and receiving organisation are both in IT: ..."}]}
 * }</pre>
 *
 * <p>A field constraint has no rule: {@code {"field": "sending.oid", "rule": null, "constraint":
 * "OrganisationId", "message": "must be an Organisation ID (OID): ..."}}.
 *
 * <p>Extending {@link ResponseEntityExceptionHandler} also turns Spring MVC's other errors (a body
 * that is not JSON, a wrong method) into problem details, and stands in for the handler Boot would
 * otherwise register with {@code spring.mvc.problemdetails.enabled}.
 */
@RestControllerAdvice
public class ViolationProblems extends ResponseEntityExceptionHandler {
  /** Created by Spring. */
  public ViolationProblems() {}

  /**
   * One violation of the request body.
   *
   * @param field the path in the body, e.g. {@code receiving.country}; empty for the whole body
   * @param rule the eligibility rule that failed, e.g. {@code VET-ABROAD}; {@code null} for a field
   *     constraint
   * @param constraint the constraint annotation that failed, e.g. {@code OrganisationId}
   * @param message the message, in the language of the request's {@code Accept-Language}
   */
  public record ViolationJson(String field, String rule, String constraint, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ViolationJson> violations =
        ex.getBindingResult().getAllErrors().stream()
            .map(ViolationProblems::violation)
            // Bean Validation reports in no particular order: sort for a stable answer.
            .sorted(
                Comparator.comparing(ViolationJson::field)
                    .thenComparing(v -> v.rule() == null ? "" : v.rule()))
            .toList();
    ProblemDetail problem = ex.getBody();
    problem.setTitle("The mobility is not valid");
    problem.setDetail(violations.size() == 1 ? "1 violation" : violations.size() + " violations");
    problem.setProperty("violations", violations);
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  private static ViolationJson violation(ObjectError error) {
    String field = error instanceof FieldError f ? f.getField() : "";
    if (!error.contains(ConstraintViolation.class)) {
      // Not from Bean Validation (a Spring Validator of the host's): no rule, no constraint.
      return new ViolationJson(field, null, null, error.getDefaultMessage());
    }
    ConstraintViolation<?> v = error.unwrap(ConstraintViolation.class);
    // @EligibleMobility puts core's Finding on each violation as Hibernate Validator's dynamic
    // payload: that is where the rule id comes from.
    HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
    Finding finding = hv.getDynamicPayload(Finding.class);
    return new ViolationJson(
        v.getPropertyPath().toString(),
        finding == null ? null : finding.ruleId(),
        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        v.getMessage());
  }
}
