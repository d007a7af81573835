package com.wms.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks what the application would otherwise decode leniently. The query string must
 * percent-decode to well-formed UTF-8 (else 400; the container would put U+FFFD in place of the bad
 * bytes). The body is read before the application does, and refused unless it is at most {@code
 * maxBytes} (413; at once when Content-Length says so, else after reading one byte more than the
 * limit) of well-formed UTF-8 (400). The strict decoder refuses what a lenient JSON parser lets
 * through: overlong forms such as C0 AF for '/', encoded surrogates, truncated sequences.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {
  private final int maxBytes;

  RequestLimitsFilter(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getQueryString() != null && !utf8(percentDecoded(request.getQueryString()))) {
      ProblemResponses.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          "VALIDATION_FAILED",
          "the query string is not well-formed percent-encoded UTF-8");
      return;
    }
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      refuse(request, response);
      return;
    }
    boolean body =
        length > 0 || (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null);
    if (!body) {
      chain.doFilter(request, response);
      return;
    }
    byte[] bytes = request.getInputStream().readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      refuse(request, response);
      return;
    }
    if (!utf8(bytes)) {
      ProblemResponses.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          "VALIDATION_FAILED",
          "the request body is not well-formed UTF-8");
      return;
    }
    chain.doFilter(new BufferedBody(request, bytes), response);
  }

  /** The bytes a query string stands for, or null when a percent-escape is malformed. */
  static byte[] percentDecoded(String query) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') {
        int hi = i + 2 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
        int lo = hi >= 0 ? Character.digit(query.charAt(i + 2), 16) : -1;
        if (lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0xFF) {
        return null;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  static boolean utf8(byte[] bytes) {
    if (bytes == null) {
      return false;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // The rest of the body stays unread, so the connection cannot be reused.
    response.setHeader(HttpHeaders.CONNECTION, "close");
    ProblemResponses.write(
        request,
        response,
        HttpStatus.PAYLOAD_TOO_LARGE,
        "PAYLOAD_TOO_LARGE",
        "the request body is larger than " + maxBytes + " bytes");
  }

  /**
   * The request with its body read into memory already. A form post's fields stay parameters (the
   * container cannot parse a body that was read), decoded as UTF-8 after the query's own.
   */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;
    private Map<String, String[]> parameters;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      if (parameters == null) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        super.getParameterMap()
            .forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(List.of(v)));
        String type = getContentType();
        if (type != null
            && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
          for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
              continue;
            }
            int eq = pair.indexOf('=');
            String name =
                URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value =
                eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            all.computeIfAbsent(name, x -> new ArrayList<>()).add(value);
          }
        }
        Map<String, String[]> done = new LinkedHashMap<>();
        all.forEach((k, v) -> done.put(k, v.toArray(String[]::new)));
        parameters = Collections.unmodifiableMap(done);
      }
      return parameters;
    }

    @Override
    public String getParameter(String name) {
      String[] values = getParameterMap().get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = getParameterMap().get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public ServletInputStream getInputStream() {
      return new BytesInputStream(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
      Charset charset = StandardCharsets.UTF_8;
      try {
        if (getCharacterEncoding() != null) {
          charset = Charset.forName(getCharacterEncoding());
        }
      } catch (IllegalArgumentException unknownCharset) {
        // Keep UTF-8: the JSON parser reports what does not decode.
      }
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  private static final class BytesInputStream extends ServletInputStream {
    private final InputStream in;

    BytesInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    @Override
    public boolean isFinished() {
      try {
        return in.available() == 0;
      } catch (IOException e) {
        return true;
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException("the body is buffered; read it synchronously");
    }
  }
}
