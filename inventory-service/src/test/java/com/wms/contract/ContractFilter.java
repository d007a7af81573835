package com.wms.contract;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sees every answer of the service under test, outermost, and hands it to {@link ApiContract}. An
 * answer rendered by the error page ({@code sendError}, e.g. a request the firewall rejects) is
 * checked on the error dispatch, where its body is written.
 */
final class ContractFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !path(request).startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Capture capture = new Capture(response);
    try {
      chain.doFilter(request, capture);
    } finally {
      if (!capture.sentError) {
        ApiContract.get()
            .check(
                new Exchange(
                    request.getMethod(),
                    path(request),
                    capture.getStatus(),
                    capture.getContentType(),
                    headers(capture),
                    new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8)));
      }
      capture.copyBodyToResponse();
    }
  }

  private static String path(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    boolean error = request.getDispatcherType() == DispatcherType.ERROR && original != null;
    return error ? original.toString() : request.getRequestURI();
  }

  private static Map<String, List<String>> headers(HttpServletResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : response.getHeaderNames()) {
      headers.put(name, List.copyOf(response.getHeaders(name)));
    }
    return headers;
  }

  /** The response with its body kept; remembers whether the error page will render it. */
  private static final class Capture extends ContentCachingResponseWrapper {
    private boolean sentError;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sentError = true;
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      sentError = true;
      super.sendError(status, message);
    }
  }
}
