package com.wms.orchestrator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.Timer;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Workflow code must replay the same way every time: no system time, randomness, threads or I/O in
 * the workflow packages (Temporal's {@code Workflow.currentTimeMillis}, {@code Workflow.sleep},
 * {@code Workflow.randomUUID}, {@code Async} and activities are the deterministic equivalents).
 * ArchUnit checks it in the build; the last test proves the rules catch a violation.
 */
class WorkflowDeterminismTest {
  /** Packages holding workflow code and the pure helpers it calls. */
  static final String[] WORKFLOW_PACKAGES = {
    "com.wms.orchestrator.fulfillment..",
    "com.wms.orchestrator.cancellation..",
    "com.wms.orchestrator.shortage..",
    "com.wms.orchestrator.picking.."
  };

  static final ArchRule NO_SYSTEM_TIME_OR_RANDOMNESS =
      noClasses()
          .that()
          .resideInAnyPackage(WORKFLOW_PACKAGES)
          .should()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Clock.class)
          .orShould()
          .callMethod(UUID.class, "randomUUID")
          .orShould()
          .callMethod(Math.class, "random")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Random.class)
          .because(
              "a workflow replays: use Workflow.currentTimeMillis, Workflow.randomUUID and"
                  + " Workflow.newRandom");

  static final ArchRule NO_THREADS =
      noClasses()
          .that()
          .resideInAnyPackage(WORKFLOW_PACKAGES)
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Thread.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Executor.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Executors.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(CompletableFuture.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Timer.class)
          .because(
              "workflow code runs on Temporal's own threads: use Workflow.sleep, Workflow.await,"
                  + " Async and Promise");

  static final ArchRule NO_IO =
      noClasses()
          .that()
          .resideInAnyPackage(WORKFLOW_PACKAGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..",
              "java.net..",
              "java.nio.file..",
              "java.nio.channels..",
              "java.sql..",
              "javax.sql..",
              "org.springframework..")
          .because("a workflow reaches the world only through activities");

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.wms.orchestrator");

  @Test
  void workflowCodeReadsNoSystemTimeAndDrawsNoRandomness() {
    NO_SYSTEM_TIME_OR_RANDOMNESS.check(PRODUCTION);
  }

  @Test
  void workflowCodeStartsNoThreadAndUsesNoExecutor() {
    NO_THREADS.check(PRODUCTION);
  }

  @Test
  void workflowCodeDoesNoIo() {
    NO_IO.check(PRODUCTION);
  }

  @Test
  void theRulesCatchAWorkflowThatReadsTheClockSleepsAndCallsOut() {
    JavaClasses bad =
        new ClassFileImporter()
            .importClasses(com.wms.orchestrator.fulfillment.NondeterministicFixture.class);

    assertThat(NO_SYSTEM_TIME_OR_RANDOMNESS.evaluate(bad).getFailureReport().getDetails())
        .anyMatch(d -> d.contains("Instant.now()"))
        .anyMatch(d -> d.contains("UUID.randomUUID()"));
    assertThat(NO_THREADS.evaluate(bad).hasViolation()).isTrue();
    assertThat(NO_IO.evaluate(bad).hasViolation()).isTrue();
  }
}
