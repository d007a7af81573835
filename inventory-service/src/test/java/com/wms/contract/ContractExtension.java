package com.wms.contract;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class whose requests got an answer the OpenAPI document does not describe, listing
 * every one. Registered for every integration test by JUnit's extension autodetection (the failsafe
 * configuration turns it on; this test jar names it in META-INF/services).
 */
public final class ContractExtension implements AfterAllCallback {

  @Override
  public void afterAll(ExtensionContext context) {
    assertNoViolations();
  }

  /** Fails with every violation seen since the last check; writes the contract report. */
  public static void assertNoViolations() {
    ApiContract contract = ApiContract.get();
    contract.writeReport();
    List<String> violations = contract.takeViolations();
    if (!violations.isEmpty()) {
      fail(
          violations.size()
              + " answer(s) not described by "
              + OpenApiDocument.path()
              + ":\n  - "
              + String.join("\n  - ", violations)
              + "\nDescribe them in the code (annotations, ProblemDocs) and rewrite the document"
              + " with:\n  "
              + OpenApiDocument.REWRITE_COMMAND);
    }
  }
}
