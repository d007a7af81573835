package com.wms.security;

/**
 * The stable {@code code} of a problem that only has an HTTP status: the ones Spring MVC, Spring
 * Security and the servlet container raise before or around a controller. One table for the
 * inventory API, the order API and the container's error page, so a client sees the same code for
 * the same status whichever of them answered.
 */
final class ProblemCodes {
  private ProblemCodes() {}

  /** The code for {@code status}, e.g. {@code METHOD_NOT_ALLOWED} for 405. */
  static String forStatus(int status) {
    return switch (status) {
      case 400 -> "VALIDATION_FAILED";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 406 -> "NOT_ACCEPTABLE";
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 414 -> "URI_TOO_LONG";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      case 429 -> "RATE_LIMITED";
      case 431 -> "HEADERS_TOO_LARGE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_FAILED";
    };
  }
}
