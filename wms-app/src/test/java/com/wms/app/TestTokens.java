package com.wms.app;

import com.wms.inventory.service.support.Api;

/** Tokens of the systems the tests start: one per role ({@link Api#TOKENS}) and the worker's. */
final class TestTokens {
  private TestTokens() {}

  /** The test tokens, {@link Api#ADMIN_TOKEN} as the admin token, and a fresh worker token. */
  static DevAuth devAuth() {
    String worker = DevAuth.newToken();
    return new DevAuth(
        Api.TOKENS + "," + worker + "=admin:" + DevAuth.WORKER_HOLDER, Api.ADMIN_TOKEN, worker);
  }
}
