package com.wms.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;

/**
 * How a problem+json answer is written into the OpenAPI document: one response per status, whose
 * schema is the RFC 9457 problem with its {@code code} as an enum of exactly the codes that status
 * can carry. Codes added for a status that is there already join its enum. Both the inventory and
 * the order API describe their refusals through this class.
 */
public final class ProblemDocs {
  /** The media types a problem is answered with: problem+json, or JSON when asked for only that. */
  static final List<String> MEDIA_TYPES =
      List.of(
          org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, "application/json");

  /** The name of the shared problem schema under components/schemas. */
  static final String PROBLEM = "Problem";

  private static final String REF = "#/components/schemas/";

  private ProblemDocs() {}

  /** Adds {@code codes} to the problem answer of {@code status} of the operation. */
  public static void add(Operation operation, int status, Collection<String> codes) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    String key = String.valueOf(status);
    ApiResponse response = responses.get(key);
    if (response == null) {
      response = new ApiResponse();
      responses.addApiResponse(key, response);
    }
    TreeSet<String> all = new TreeSet<>(codes);
    all.addAll(codes(response));
    response.setDescription(
        HttpStatus.valueOf(status).getReasonPhrase()
            + ": problem with code "
            + String.join(", ", all));
    Content content = new Content();
    for (String type : MEDIA_TYPES) {
      content.addMediaType(type, new MediaType().schema(schema(all)));
    }
    response.setContent(content);
  }

  /**
   * Adds a response header (e.g. Retry-After) to the answer of {@code status}; returns it, e.g. to
   * mark it required when every such answer carries it (the contract check then insists on it).
   */
  public static Header header(Operation operation, int status, String name, String description) {
    ApiResponse response = operation.getResponses().get(String.valueOf(status));
    Header header = new Header().description(description).schema(new StringSchema());
    response.addHeaderObject(name, header);
    return header;
  }

  /**
   * Adds a member that some problems carry besides the RFC 9457 ones (e.g. the short lines of a
   * refused reservation) to the shared {@code Problem} schema.
   */
  public static void member(OpenAPI openApi, String name, Schema<?> schema) {
    problem(openApi).addProperty(name, schema);
  }

  /** The shared {@code Problem} schema of the document, added when it is not there yet. */
  static Schema<?> problem(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(new Components());
    }
    if (openApi.getComponents().getSchemas() == null
        || !openApi.getComponents().getSchemas().containsKey(PROBLEM)) {
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
    }
    return openApi.getComponents().getSchemas().get(PROBLEM);
  }

  /** The RFC 9457 problem every refusal of both APIs is. */
  private static Schema<?> problemSchema() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put("type", new StringSchema().description("a URI naming the kind of problem"));
    properties.put("title", new StringSchema().description("short summary of the kind"));
    properties.put("status", new IntegerSchema().format(null).description("the HTTP status"));
    properties.put("detail", new StringSchema().description("what went wrong, for a person"));
    properties.put("instance", new StringSchema().description("the request path"));
    properties.put(
        "code",
        new StringSchema().description("stable machine-readable code; clients branch on it"));
    ObjectSchema problem = new ObjectSchema();
    problem.setProperties(properties);
    problem.setRequired(List.of("status", "code"));
    problem.setDescription("An RFC 9457 problem (application/problem+json) with a stable code.");
    return problem;
  }

  /** The codes the problem answer lists already; none when it is not a problem answer yet. */
  private static List<String> codes(ApiResponse response) {
    if (response.getContent() == null) {
      return List.of();
    }
    MediaType problem = response.getContent().get(MEDIA_TYPES.get(0));
    if (problem == null
        || problem.getSchema() == null
        || problem.getSchema().get$ref() == null
        || !problem.getSchema().get$ref().startsWith(REF + PROBLEM + ".")) {
      return List.of();
    }
    String name = problem.getSchema().get$ref().substring(REF.length() + PROBLEM.length() + 1);
    return List.of(name.split("\\."));
  }

  /** A reference to the problem schema of these codes, e.g. {@code Problem.UNKNOWN_SKU}. */
  private static Schema<?> schema(Collection<String> codes) {
    return new Schema<>().$ref(REF + PROBLEM + "." + String.join(".", codes));
  }

  /**
   * Adds to the components the problem schema of every code set an answer refers to: the shared
   * {@code Problem} with {@code code} as an enum of exactly those codes. Run once the answers are
   * complete.
   */
  static void addCodeSchemas(OpenAPI openApi) {
    problem(openApi);
    Map<String, List<String>> sets = new TreeMap<>();
    openApi.getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .flatMap(op -> op.getResponses().values().stream())
        .forEach(
            r -> {
              List<String> codes = codes(r);
              if (!codes.isEmpty()) {
                sets.put(PROBLEM + "." + String.join(".", codes), codes);
              }
            });
    sets.forEach(
        (name, codes) -> {
          Schema<Object> code = new ObjectSchema();
          code.addProperty("code", new StringSchema()._enum(codes));
          Schema<Object> both = new Schema<>();
          both.setAllOf(List.of(new Schema<>().$ref(REF + PROBLEM), code));
          openApi.getComponents().addSchemas(name, both);
        });
  }

  /** An array of objects, for members such as the short lines. */
  public static Schema<?> arrayOf(Schema<?> item) {
    return new ArraySchema().items(item);
  }
}
