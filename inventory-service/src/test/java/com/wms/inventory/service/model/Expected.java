package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the model says the service answers: the status, and either the whole body of a success (ids
 * the service will choose are placeholders such as {@code $R1}) or the problem's code with any
 * further members it must carry. {@code replayed} answers come with {@code Idempotent-Replayed}.
 */
record Expected(int status, String code, JsonNode body, boolean replayed) {

  static Expected ok(int status, JsonNode body) {
    return new Expected(status, null, body, false);
  }

  static Expected problem(int status, String code) {
    return new Expected(status, code, null, false);
  }

  /** A problem that must also carry {@code members} (e.g. the short lines of a refusal). */
  static Expected problem(int status, String code, ObjectNode members) {
    return new Expected(status, code, members, false);
  }

  static Expected replay(int status, JsonNode body) {
    return new Expected(status, null, body, true);
  }

  boolean success() {
    return status < 300;
  }

  @Override
  public String toString() {
    return status + (code == null ? "" : " " + code) + (replayed ? " (replayed)" : "");
  }
}
