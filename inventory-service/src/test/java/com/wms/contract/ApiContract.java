package com.wms.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The response contract of the APIs: every answer the services give in a test JVM is checked
 * against the committed OpenAPI document ({@link OpenApiDocument}) for its operation and status,
 * with the swagger-request-validator. An answer to a request that names no operation of the
 * document (an unknown path, a method a path does not have) must be a 4xx problem+json with a code.
 * HEAD is checked as the GET of its path; OPTIONS answers (Allow, CORS preflight) are HTTP's own.
 * Violations are kept until {@link ContractExtension} reports them, with the test class that sent
 * the request; the pairs of operation and status validated are written to {@code
 * target/api-contract.txt}.
 */
public final class ApiContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile ApiContract instance;

  private final OpenApiInteractionValidator validator;
  private final ApiOperationResolver operations;
  private final Set<String> pairs = new ConcurrentSkipListSet<>();
  private final AtomicLong validated = new AtomicLong();
  private final AtomicLong unknownOperations = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong();
  private final List<String> violations = new ArrayList<>();

  private ApiContract(Path document) {
    String spec;
    try {
      spec = Files.readString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(
          document + " cannot be read; write it with: " + OpenApiDocument.REWRITE_COMMAND, e);
    }
    if (spec.isBlank()) {
      throw new IllegalStateException(
          document + " is empty; write it with: " + OpenApiDocument.REWRITE_COMMAND);
    }
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(spec)
            .withResolveRefs(true)
            .withResolveCombinators(true)
            .build();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().readContents(spec, null, options).getOpenAPI();
    this.operations = new ApiOperationResolver(api, null, true);
  }

  /** The contract of this JVM, read from the committed document on first use. */
  public static ApiContract get() {
    if (instance == null) {
      synchronized (ApiContract.class) {
        if (instance == null) {
          instance = new ApiContract(OpenApiDocument.path());
        }
      }
    }
    return instance;
  }

  /** Checks one exchange; a violation is kept for {@link #takeViolations}. */
  void check(Exchange e) {
    long start = System.nanoTime();
    try {
      checkTimed(e);
    } finally {
      nanos.addAndGet(System.nanoTime() - start);
    }
  }

  private void checkTimed(Exchange e) {
    Request.Method sent = Request.Method.valueOf(e.method().toUpperCase(Locale.ROOT));
    if (sent == Request.Method.OPTIONS) {
      // HTTP's own method discovery and CORS preflight: no operation of any document.
      return;
    }
    // HEAD is the GET of its path without the body, and answers as that GET does.
    Request.Method method = sent == Request.Method.HEAD ? Request.Method.GET : sent;
    ApiOperationMatch match = operations.findApiOperation(e.path(), method);
    if (!match.isPathFound() || !match.isOperationAllowed()) {
      unknownOperations.incrementAndGet();
      String problem = unknownOperationProblem(e);
      if (problem != null) {
        violation(problem + ": " + e);
      }
      return;
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(e.status()).withBody(e.body());
    if (e.contentType() != null) {
      response.withContentType(e.contentType());
    }
    e.headers().forEach(response::withHeader);
    ValidationReport report = validator.validateResponse(e.path(), method, response.build());
    validated.incrementAndGet();
    pairs.add(match.getApiOperation().getOperation().getOperationId() + " " + e.status());
    if (report.hasErrors()) {
      violation(
          "the document does not describe this answer of "
              + match.getApiOperation().getOperation().getOperationId()
              + ":\n      "
              + report.getMessages().stream()
                  .map(m -> m.getKey() + ": " + m.getMessage())
                  .collect(Collectors.joining("\n      "))
              + "\n    exchange: "
              + e);
    }
  }

  /** Why an answer to a request naming no operation is wrong, or null when it is a coded 4xx. */
  private static String unknownOperationProblem(Exchange e) {
    if (e.status() < 400 || e.status() > 499) {
      return "a request that names no operation of the document got " + e.status();
    }
    if (e.contentType() == null || !e.contentType().startsWith("application/problem+json")) {
      return "a refusal that is not application/problem+json";
    }
    try {
      JsonNode body = JSON.readTree(e.body());
      if (!body.path("code").isTextual() || body.path("status").asInt() != e.status()) {
        return "a problem without its code or status";
      }
    } catch (IOException notJson) {
      return "a problem that is not JSON";
    }
    return null;
  }

  private synchronized void violation(String message) {
    violations.add(message);
  }

  /** The violations since the last call, and forgets them. */
  public synchronized List<String> takeViolations() {
    List<String> taken = List.copyOf(violations);
    violations.clear();
    return taken;
  }

  /** "N answers validated, M operation × status pairs, K to no operation". */
  public String summary() {
    return validated.get()
        + " answers validated against the document, "
        + pairs.size()
        + " distinct operation x status pairs, "
        + unknownOperations.get()
        + " answers to requests naming no operation (each a coded 4xx problem); checking took "
        + nanos.get() / 1_000_000
        + " ms";
  }

  /** Writes the summary and the pairs to {@code target/api-contract.txt} of the module. */
  public void writeReport() {
    Path target = Path.of(System.getProperty("user.dir"), "target");
    try {
      Files.createDirectories(target);
      Files.writeString(
          target.resolve("api-contract.txt"),
          summary() + "\n" + String.join("\n", new TreeSet<>(pairs)) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
