package com.wms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointRulesTest {
  @Test
  void headCopiesEachGetAndOptionsComesLastWeakestRoleFirst() {
    ApiAccessRules api =
        ApiAccessRules.of("x")
            .get(ApiRole.VIEWER, "/a/*")
            .post(ApiRole.ADMIN, "/a/*")
            .post(ApiRole.OPERATOR, "/b")
            .build();

    List<String> ordered =
        EndpointRules.matchOrder(api.rules()).stream()
            .map(r -> r.method().name() + " " + r.pattern() + " " + r.role().wireName())
            .toList();

    assertThat(ordered)
        .containsExactly(
            "POST /a/* admin",
            "POST /b operator",
            "GET /a/* viewer",
            "HEAD /a/* viewer",
            "OPTIONS /a/* viewer",
            "OPTIONS /b operator",
            "OPTIONS /a/* admin");
  }
}
