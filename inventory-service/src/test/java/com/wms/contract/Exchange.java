package com.wms.contract;

import java.util.List;
import java.util.Map;

/**
 * One request and the response the service gave it, as the contract check sees it.
 *
 * @param method the HTTP method
 * @param path the request path without the query string
 * @param status the response status
 * @param contentType the response's Content-Type, or null
 * @param headers the response headers
 * @param body the response body as text (empty when none)
 */
record Exchange(
    String method,
    String path,
    int status,
    String contentType,
    Map<String, List<String>> headers,
    String body) {

  @Override
  public String toString() {
    String text = body.length() > 400 ? body.substring(0, 400) + "..." : body;
    return method + " " + path + " -> " + status + " " + contentType + " " + text;
  }
}
