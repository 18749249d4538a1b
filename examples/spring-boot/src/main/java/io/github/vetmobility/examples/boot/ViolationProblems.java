package io.github.vetmobility.examples.boot;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.rules.Finding;
import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * <p>A field constraint has no rule, and echoes the value it refused: {@code {"field":
 * "sending.oid", "rule": null, "constraint": "OrganisationId", "message": "must be an Organisation
 * ID (OID): ...", "value": "E1020830"}}.
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
   * @param value the rejected value when it is one field's text, number or date; {@code null} for a
   *     missing value or a rule on the whole mobility
   */
  public record ViolationJson(
      String field, String rule, String constraint, String message, String value) {}

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

  /**
   * Answers a value of the request that core refuses once the body has passed its field constraints
   * (a project reference of another action, a mobility whose parts cannot make a project) with 400
   * and the same problem shape, naming the field and the value: the client's error, never a 500.
   *
   * @param ex core's exception
   * @param request the request
   * @return the problem response
   */
  @ExceptionHandler(InvalidValueException.class)
  public ResponseEntity<Object> handleInvalidValue(InvalidValueException ex, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("The request is not valid");
    problem.setDetail("1 violation");
    String message =
        (ex.value() == null ? "missing" : "got '" + ex.value() + "'")
            + ", expected "
            + ex.expected();
    problem.setProperty(
        "violations", List.of(new ViolationJson(ex.field(), null, null, message, ex.value())));
    return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  private static ViolationJson violation(ObjectError error) {
    String field = error instanceof FieldError f ? f.getField() : "";
    if (!error.contains(ConstraintViolation.class)) {
      // Not from Bean Validation (a Spring Validator of the host's): no rule, no constraint.
      return new ViolationJson(field, null, null, error.getDefaultMessage(), null);
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
        v.getMessage(),
        shown(v.getInvalidValue()));
  }

  // A single value is echoed so that the client sees what was refused; a whole object is not.
  private static String shown(Object value) {
    return value instanceof CharSequence
            || value instanceof Number
            || value instanceof Boolean
            || value instanceof java.time.temporal.TemporalAccessor
        ? value.toString()
        : null;
  }
}
