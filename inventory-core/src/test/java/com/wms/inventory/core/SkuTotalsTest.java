package com.wms.inventory.core;

import static com.wms.inventory.core.Fixtures.ALLOC;
import static com.wms.inventory.core.Fixtures.ORDER;
import static com.wms.inventory.core.Fixtures.RES;
import static com.wms.inventory.core.Fixtures.SHELF;
import static com.wms.inventory.core.Fixtures.SKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SkuTotalsTest {

  private static Movement move(Bucket from, Bucket to, long quantity) {
    return new Movement(SKU, from, to, quantity, SHELF, ORDER, RES, ALLOC);
  }

  @Test
  void zeroIsConservedAndNonNegative() {
    assertThat(SkuTotals.ZERO.conserved()).isTrue();
    assertThat(SkuTotals.ZERO.nonNegative()).isTrue();
    assertThat(SkuTotals.ZERO.onHand()).isZero();
  }

  @Test
  void receiveCountsReceivedAndAvailable() {
    SkuTotals t = SkuTotals.ZERO.plus(move(Bucket.RECEIVED, Bucket.AVAILABLE, 5));

    assertThat(t).isEqualTo(new SkuTotals(5, 0, 0, 0, 0, 5, 0, 0, 0, 0));
    assertThat(t.conserved()).isTrue();
  }

  @Test
  void adjustInAndOutCountOnTheirOwnSides() {
    SkuTotals t =
        SkuTotals.ZERO
            .plus(move(Bucket.ADJUSTED, Bucket.AVAILABLE, 5))
            .plus(move(Bucket.AVAILABLE, Bucket.ADJUSTED, 2));

    assertThat(t).isEqualTo(new SkuTotals(3, 0, 0, 0, 0, 0, 0, 0, 5, 2));
    assertThat(t.conserved()).isTrue();
  }

  @Test
  void theWholeLifecycleKeepsTheSkuConserved() {
    SkuTotals t =
        SkuTotals.ZERO
            .plus(move(Bucket.RECEIVED, Bucket.AVAILABLE, 10))
            .plus(move(Bucket.AVAILABLE, Bucket.RESERVED, 6))
            .plus(move(Bucket.RESERVED, Bucket.PICKED, 4))
            .plus(move(Bucket.PICKED, Bucket.STAGED, 3))
            .plus(move(Bucket.STAGED, Bucket.PACKED, 2))
            .plus(move(Bucket.PACKED, Bucket.SHIPPED, 1))
            .plus(move(Bucket.RESERVED, Bucket.LOST, 1));

    assertThat(t).isEqualTo(new SkuTotals(4, 1, 1, 1, 1, 10, 1, 1, 0, 0));
    assertThat(t.onHand()).isEqualTo(8);
    assertThat(t.conserved()).isTrue();
    assertThat(t.nonNegative()).isTrue();
  }

  @Test
  void conservedIsFalseWhenUnitsAppearFromNowhere() {
    SkuTotals t = new SkuTotals(5, 0, 0, 0, 0, 4, 0, 0, 0, 0);

    assertThat(t.conserved()).isFalse();
  }

  @Test
  void conservedIsFalseWhenAShippedUnitIsCountedTwice() {
    // The defect our bucket model exists to prevent: pick and ship both decrementing on-hand.
    SkuTotals t = new SkuTotals(0, 0, 0, 0, 0, 1, 1, 0, 0, 1);

    assertThat(t.conserved()).isFalse();
  }

  @Test
  void nonNegativeIsFalseWhenAnyBucketIsOverdrawn() {
    assertThat(SkuTotals.ZERO.plus(move(Bucket.STAGED, Bucket.PACKED, 1)).nonNegative()).isFalse();
  }

  @Test
  void plusRefusesUnitsLeavingASinkOrEnteringReceived() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SkuTotals.ZERO.plus(move(Bucket.SHIPPED, Bucket.AVAILABLE, 1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SkuTotals.ZERO.plus(move(Bucket.LOST, Bucket.AVAILABLE, 1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SkuTotals.ZERO.plus(move(Bucket.AVAILABLE, Bucket.RECEIVED, 1)));
  }
}
