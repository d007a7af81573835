package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One request of a sequence: the operation, the SKU (or order) its path names, its JSON body, the
 * principal that sends it and its Idempotency-Key (null for none). The model reads the same fields
 * the service does.
 */
record Command(String op, String target, ObjectNode body, Principal principal, String key) {

  /** The request path of the operation. */
  String path() {
    return switch (op) {
      case "create" -> "/api/v1/inventory";
      case "reserve" -> "/api/v1/inventory/reserve";
      case "release" -> "/api/v1/inventory/release/" + target;
      default -> "/api/v1/inventory/" + target + "/" + op;
    };
  }

  /** What makes two requests with one key "the same request": operation, path and body. */
  String fingerprint() {
    return op + " " + path() + " " + Json.canonical(body);
  }

  Command withBody(ObjectNode other) {
    return new Command(op, target, other, principal, key);
  }

  Command withPrincipal(Principal other) {
    return new Command(op, target, body, other, key);
  }

  @Override
  public String toString() {
    return principal.name().toLowerCase(java.util.Locale.ROOT)
        + " POST "
        + path()
        + (key == null ? "" : " key=" + key)
        + (body == null ? "" : " " + Json.canonical(body));
  }
}
