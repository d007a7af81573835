package com.wms.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Writes the problems raised before a controller runs (401, 403, 413 and the container's error
 * page) as RFC 9457 {@code application/problem+json} with a stable {@code code}, like the
 * controllers' own problems.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    boolean presented = e instanceof BadCredentialsException;
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE,
        presented ? "Bearer realm=\"wms\", error=\"invalid_token\"" : "Bearer realm=\"wms\"");
    write(
        request,
        response,
        HttpStatus.UNAUTHORIZED,
        "UNAUTHENTICATED",
        presented
            ? e.getMessage()
            : "this endpoint needs an 'Authorization: Bearer <token>' header");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(
        request,
        response,
        HttpStatus.FORBIDDEN,
        "FORBIDDEN",
        "the role of this token (" + ApiPrincipals.current() + ") may not do this");
  }

  /** Writes one problem about the request's URI unless the response is committed already. */
  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String code,
      String detail)
      throws IOException {
    write(request.getRequestURI(), response, status, code, detail);
  }

  /** Writes one problem unless the response is committed already. */
  static void write(
      String instance, HttpServletResponse response, HttpStatus status, String code, String detail)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    String body = json(instance, status, code, detail);
    try {
      response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalStateException writerInUse) {
      // The container's error page may get a response whose writer was opened already.
      response.getWriter().write(body);
    }
    response.flushBuffer();
  }

  /** One problem as JSON. */
  static String json(String instance, HttpStatus status, String code, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    if (instance != null) {
      problem.put("instance", instance);
    }
    problem.put("code", code);
    try {
      return JSON.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }
}
