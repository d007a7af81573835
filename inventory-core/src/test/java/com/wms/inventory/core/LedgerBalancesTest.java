package com.wms.inventory.core;

import static com.wms.inventory.core.Fixtures.ALLOC;
import static com.wms.inventory.core.Fixtures.ORDER;
import static com.wms.inventory.core.Fixtures.RES;
import static com.wms.inventory.core.Fixtures.SHELF;
import static com.wms.inventory.core.Fixtures.SKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.wms.inventory.core.LedgerBalances.Address;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerBalancesTest {

  private static Movement move(Bucket from, Bucket to, long quantity) {
    return new Movement(SKU, from, to, quantity, SHELF, ORDER, RES, ALLOC);
  }

  private static Address available() {
    return new Address(SKU, Bucket.AVAILABLE, SHELF.value(), null, null);
  }

  @Test
  void foldsMovementsIntoBalancesAddressedByTheirBucket() {
    LedgerBalances b = new LedgerBalances();

    b.applyAll(
        List.of(
            move(Bucket.RECEIVED, Bucket.AVAILABLE, 10),
            move(Bucket.AVAILABLE, Bucket.RESERVED, 6),
            move(Bucket.RESERVED, Bucket.PICKED, 4),
            move(Bucket.PICKED, Bucket.STAGED, 3)));

    assertThat(b.balances())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                available(),
                4L,
                new Address(SKU, Bucket.RESERVED, SHELF.value(), RES.toString(), null),
                2L,
                new Address(SKU, Bucket.PICKED, null, RES.toString(), null),
                1L,
                new Address(SKU, Bucket.STAGED, null, null, ALLOC.toString()),
                3L));
    assertThat(b.totals(SKU)).isEqualTo(new SkuTotals(4, 2, 1, 3, 0, 10, 0, 0, 0, 0));
    assertThat(b.violations()).isEmpty();
  }

  @Test
  void dropsBalancesThatReturnToZero() {
    LedgerBalances b = new LedgerBalances();

    b.apply(move(Bucket.RECEIVED, Bucket.AVAILABLE, 3));
    b.apply(move(Bucket.AVAILABLE, Bucket.ADJUSTED, 3));

    assertThat(b.balances()).isEmpty();
    assertThat(b.balance(available())).isZero();
    assertThat(b.totals(SKU).conserved()).isTrue();
  }

  @Test
  void reportsABucketThatGoesNegative() {
    LedgerBalances b = new LedgerBalances();

    b.apply(move(Bucket.AVAILABLE, Bucket.LOST, 1));

    assertThat(b.violations()).hasSize(1);
    assertThat(b.balance(available())).isEqualTo(-1);
  }

  @Test
  void anUnknownSkuHasZeroTotals() {
    assertThat(new LedgerBalances().totals(Sku.of("NONE"))).isEqualTo(SkuTotals.ZERO);
  }

  @Test
  void anExternalBucketHasNoAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Address.of(Bucket.SHIPPED, move(Bucket.PACKED, Bucket.SHIPPED, 1)));
  }

  @Test
  void aMovementNeedsTwoDifferentBucketsAndAtLeastOneUnit() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> move(Bucket.AVAILABLE, Bucket.AVAILABLE, 1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> move(Bucket.RECEIVED, Bucket.AVAILABLE, 0));
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Movement(null, Bucket.RECEIVED, Bucket.AVAILABLE, 1, SHELF, null, null, null));
  }

  @Test
  void aMovementNeedsTheAddressOfEachInternalBucket() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Movement(SKU, Bucket.RECEIVED, Bucket.AVAILABLE, 1, null, null, null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Movement(SKU, Bucket.AVAILABLE, Bucket.RESERVED, 1, SHELF, null, null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Movement(SKU, Bucket.RESERVED, Bucket.PICKED, 1, SHELF, null, null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Movement(SKU, Bucket.PICKED, Bucket.STAGED, 1, SHELF, null, RES, null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Movement(SKU, Bucket.PACKED, Bucket.SHIPPED, 1, SHELF, null, RES, null));
  }
}
