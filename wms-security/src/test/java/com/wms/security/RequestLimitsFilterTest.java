package com.wms.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestLimitsFilterTest {
  private final RequestLimitsFilter filter = new RequestLimitsFilter(16);

  @Test
  void aBodyWithinTheLimitReachesTheApplicationUnchanged() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    MockHttpServletResponse response =
        run(
            "{\"a\":\"\u00e4\u2713\"}".getBytes(StandardCharsets.UTF_8),
            (req) ->
                seen.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(seen.get()).isEqualTo("{\"a\":\"\u00e4\u2713\"}");
  }

  @Test
  void aBodyOverTheLimitIs413AndNeverReachesTheApplication() throws Exception {
    MockHttpServletResponse response =
        run(
            new byte[17],
            req -> {
              throw new AssertionError("reached the application");
            });
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
  }

  @Test
  void malformedUtf8Is400() throws Exception {
    for (byte[] bad :
        new byte[][] {
          {'"', (byte) 0xC0, (byte) 0xAF, '"'},
          {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
          {'"', (byte) 0xC3, '"'},
          {(byte) 0xFF}
        }) {
      MockHttpServletResponse response =
          run(
              bad,
              req -> {
                throw new AssertionError("reached the application");
              });
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentAsString()).contains("\"code\":\"VALIDATION_FAILED\"");
    }
  }

  @Test
  void aQueryStringMustPercentDecodeToUtf8() {
    assertThat(RequestLimitsFilter.utf8(RequestLimitsFilter.percentDecoded("a=b&c=%C3%A4+x")))
        .isTrue();
    assertThat(RequestLimitsFilter.utf8(RequestLimitsFilter.percentDecoded("reason=%FF%FE")))
        .isFalse();
    assertThat(RequestLimitsFilter.utf8(RequestLimitsFilter.percentDecoded("r=%C0%AF"))).isFalse();
    assertThat(RequestLimitsFilter.percentDecoded("r=%G1")).isNull();
    assertThat(RequestLimitsFilter.percentDecoded("r=%")).isNull();
    assertThat(RequestLimitsFilter.percentDecoded("r=%4")).isNull();
  }

  @Test
  void aBadQueryStringIs400() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");
    request.setQueryString("reason=%FF");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          throw new AssertionError("reached the application");
        });
    assertThat(response.getStatus()).isEqualTo(400);
  }

  @Test
  void theFieldsOfAFormPostStayParametersAfterTheBodyWasChecked() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/console/x");
    request.setQueryString("next=%2Fconsole");
    request.addParameter("next", "/console");
    request.setContentType("application/x-www-form-urlencoded; charset=UTF-8");
    request.setContent("_csrf=a%2Bb&token=t%C3%A4&empty=&token=2".getBytes(StandardCharsets.UTF_8));
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

    new RequestLimitsFilter(256)
        .doFilter(
            request,
            new MockHttpServletResponse(),
            (req, res) -> seen.set((HttpServletRequest) req));

    assertThat(seen.get().getParameter("_csrf")).isEqualTo("a+b");
    assertThat(seen.get().getParameterValues("token")).containsExactly("tä", "2");
    assertThat(seen.get().getParameter("empty")).isEmpty();
    assertThat(seen.get().getParameter("next")).isEqualTo("/console");
    assertThat(java.util.Collections.list(seen.get().getParameterNames()))
        .containsExactly("next", "_csrf", "token", "empty");
  }

  interface App {
    void handle(HttpServletRequest request) throws Exception;
  }

  private MockHttpServletResponse run(byte[] body, App app) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");
    request.setContent(body);
    request.setContentType("application/json");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {
              private static final long serialVersionUID = 1L;

              @Override
              protected void service(
                  jakarta.servlet.http.HttpServletRequest req,
                  jakarta.servlet.http.HttpServletResponse res) {
                try {
                  app.handle(req);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
            }));
    return response;
  }
}
