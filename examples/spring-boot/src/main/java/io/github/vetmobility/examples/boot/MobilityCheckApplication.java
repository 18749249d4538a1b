package io.github.vetmobility.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot web application that checks Erasmus+ VET mobilities sent as JSON.
 *
 * <ul>
 *   <li>{@code POST /mobilities/check} with a {@link MobilityCheckRequest}: 200 and the {@link
 *       AssessmentResponse} when the body is well-formed and eligible; 400 and a problem detail
 *       listing every violation otherwise (see {@link ViolationProblems}).
 *   <li>{@code GET /rules}: the rule catalogue.
 * </ul>
 *
 * <p>Nothing here configures Bean Validation: Boot's validation starter brings Hibernate Validator,
 * and the constraints of {@code vetmobility-validation} work on a {@code @Valid} request body as
 * they are.
 */
@SpringBootApplication
public class MobilityCheckApplication {
  /** Created by Spring. */
  public MobilityCheckApplication() {}

  /**
   * Starts the application (port 8080 unless {@code --server.port} says otherwise).
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(MobilityCheckApplication.class, args);
  }
}
