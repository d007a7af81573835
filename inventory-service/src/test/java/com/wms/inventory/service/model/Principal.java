package com.wms.inventory.service.model;

import com.wms.inventory.service.support.Api;

/** Who sends a step: Idempotency-Keys belong to the token that sent them. */
enum Principal {
  ADMIN(Api.ADMIN_TOKEN),
  OPERATOR(Api.OPERATOR_TOKEN);

  final String token;

  Principal(String token) {
    this.token = token;
  }
}
