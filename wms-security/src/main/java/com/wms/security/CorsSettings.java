package com.wms.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin requests, off unless {@code WMS_CORS_ALLOWED_ORIGINS} names the origins (e.g. {@code
 * https://ops.example.com}) whose pages may call the APIs from a browser. Then those origins may
 * send GET, HEAD and POST with the Authorization, Content-Type and Idempotency-Key headers, a
 * preflight from them is answered without a token, and a request from any other origin is refused
 * 403 as problem+json. No credentials mode: the API's bearer tokens are never cookies.
 */
final class CorsSettings {
  private CorsSettings() {}

  /** The filter for these origins, or null when CORS stays off. */
  static CorsFilter filter(List<String> origins) {
    List<String> allowed = origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    if (allowed.isEmpty()) {
      return null;
    }
    for (String origin : allowed) {
      String problem = problem(origin);
      if (problem != null) {
        throw new IllegalStateException(problem);
      }
    }
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(allowed);
    cors.setAllowedMethods(List.of("GET", "HEAD", "POST"));
    cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"));
    cors.setExposedHeaders(List.of("Location", "Retry-After", "Idempotent-Replayed"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(3600L);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    CorsFilter filter = new CorsFilter(source);
    filter.setCorsProcessor(new ProblemCorsProcessor());
    return filter;
  }

  /** Why one entry of WMS_CORS_ALLOWED_ORIGINS is not an origin, or null when it is. */
  static String problem(String origin) {
    String o = origin.strip();
    if (o.equals("*")) {
      return null;
    }
    try {
      URI uri = new URI(o);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (web
          && uri.getHost() != null
          && uri.getRawPath().isEmpty()
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null) {
        return null;
      }
    } catch (URISyntaxException e) {
      // Reported below.
    }
    return "WMS_CORS_ALLOWED_ORIGINS: '"
        + o
        + "' is not an origin such as https://ops.example.com (scheme, host and port only) or *";
  }

  /** Refuses a disallowed cross-origin request with a problem, like every other refusal. */
  private static final class ProblemCorsProcessor extends DefaultCorsProcessor {
    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
      if (response instanceof ServletServerHttpResponse servlet) {
        HttpServletResponse raw = servlet.getServletResponse();
        ProblemResponses.write(
            (String) null,
            raw,
            HttpStatus.FORBIDDEN,
            "FORBIDDEN",
            "this origin may not call the API (WMS_CORS_ALLOWED_ORIGINS)");
        return;
      }
      super.rejectRequest(response);
    }
  }
}
