package com.wms.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemDocsTest {

  @Test
  void codesAddedForOneStatusJoinOneEnumSharedByBothMediaTypes() {
    Operation op = new Operation();
    ProblemDocs.add(op, 404, List.of("UNKNOWN_SKU"));
    ProblemDocs.add(op, 404, List.of("UNKNOWN_ALLOCATION", "UNKNOWN_SKU"));
    OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/x", new PathItem().get(op)));

    ProblemDocs.addCodeSchemas(api);

    String ref = "#/components/schemas/Problem.UNKNOWN_ALLOCATION.UNKNOWN_SKU";
    assertThat(op.getResponses().get("404").getContent())
        .allSatisfy((type, media) -> assertThat(media.getSchema().get$ref()).isEqualTo(ref));
    Schema<?> codes =
        api.getComponents().getSchemas().get("Problem.UNKNOWN_ALLOCATION.UNKNOWN_SKU");
    Schema<?> code = (Schema<?>) codes.getAllOf().get(1).getProperties().get("code");
    assertThat(code.getEnum().toString()).isEqualTo("[UNKNOWN_ALLOCATION, UNKNOWN_SKU]");
    assertThat(api.getComponents().getSchemas().get("Problem").getRequired())
        .containsExactlyInAnyOrder("status", "code");
  }
}
