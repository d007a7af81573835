package com.wms.orchestrator.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {
  @Test
  void keysNameTheOperationAndTheBusinessIdentity() {
    assertThat(IdempotencyKeys.reserve("O-1")).isEqualTo("reserve:O-1");
    assertThat(IdempotencyKeys.release("O-1")).isEqualTo("release:O-1");
    assertThat(IdempotencyKeys.pick("O-1", "SKU-1", "A-1")).isEqualTo("pick:O-1:SKU-1:A-1");
    assertThat(IdempotencyKeys.stage("r-1")).isEqualTo("stage:r-1");
    assertThat(IdempotencyKeys.pack("a-1")).isEqualTo("pack:a-1");
    assertThat(IdempotencyKeys.ship("a-1")).isEqualTo("ship:a-1");
    assertThat(IdempotencyKeys.returnToShelf("a-1")).isEqualTo("return:a-1");
    assertThat(IdempotencyKeys.shortage("O-1", "SKU-1", "A-1")).isEqualTo("shortage:O-1:SKU-1:A-1");
  }

  @Test
  void colonsInsideIdsCannotMakeTwoIdentitiesShareAKey() {
    assertThat(IdempotencyKeys.pick("O:1", "S", "L"))
        .isNotEqualTo(IdempotencyKeys.pick("O", "1:S", "L"));
  }

  @Test
  void aKeyOverTheServiceLimitIsHashedDeterministically() {
    String longId = "X".repeat(64);

    String key = IdempotencyKeys.shortage(longId, longId, longId);

    assertThat(key)
        .startsWith("shortage:sha256:")
        .hasSizeLessThanOrEqualTo(IdempotencyKeys.MAX_LENGTH);
    assertThat(key).isEqualTo(IdempotencyKeys.shortage(longId, longId, longId));
    assertThat(key)
        .isNotEqualTo(IdempotencyKeys.shortage(longId, longId, "Y" + longId.substring(1)));
  }
}
