package com.wms.events.feed;

import org.springframework.http.HttpStatus;

/** A refused feed request with its status and stable problem code. */
final class FeedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String code;

  FeedException(HttpStatus status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  HttpStatus status() {
    return status;
  }

  String code() {
    return code;
  }
}
