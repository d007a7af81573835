package com.wms.security;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A small API and two HTML pages behind {@link ApiSecurityConfiguration}, for its tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ApiSecurityConfiguration.class, SecurityTestApplication.Things.class})
class SecurityTestApplication {

  @Bean
  ApiAccessRules thingRules() {
    return ApiAccessRules.of("things")
        .get(ApiRole.VIEWER, "/api/v1/things/*", "/console/**")
        .post(ApiRole.OPERATOR, "/api/v1/things", "/api/v1/things/*")
        .build();
  }

  @RestController
  static class Things {
    @GetMapping("/api/v1/things/{id}")
    Map<String, Object> get(@PathVariable String id) {
      return Map.of("id", id);
    }

    @PostMapping("/api/v1/things")
    Map<String, Object> create(@RequestBody Map<String, Object> body) {
      return body;
    }

    @PostMapping("/api/v1/things/{id}")
    Map<String, Object> update(@PathVariable String id, @RequestBody Map<String, Object> body) {
      return Map.of("id", id);
    }

    @GetMapping(value = "/console/page", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
      return "<!doctype html><title>page</title><p>hello</p>";
    }

    /** A page that needs another policy sets its own header, which replaces the default. */
    @GetMapping(value = "/console/own-policy", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> ownPolicy() {
      return ResponseEntity.ok()
          .header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")
          .body("<!doctype html><title>own</title>");
    }
  }
}
