package com.wms.inventory.service.events;

import static com.wms.inventory.core.Bucket.ADJUSTED;
import static com.wms.inventory.core.Bucket.AVAILABLE;
import static com.wms.inventory.core.Bucket.LOST;
import static com.wms.inventory.core.Bucket.PACKED;
import static com.wms.inventory.core.Bucket.PICKED;
import static com.wms.inventory.core.Bucket.RECEIVED;
import static com.wms.inventory.core.Bucket.RESERVED;
import static com.wms.inventory.core.Bucket.SHIPPED;
import static com.wms.inventory.core.Bucket.STAGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MovementEventTypeTest {

  @Test
  void eachMovementOfTheLifecycleHasTheOriginalSystemsTypeName() {
    assertThat(MovementEventType.of(RECEIVED, AVAILABLE)).isEqualTo("wms.inventory.received");
    assertThat(MovementEventType.of(AVAILABLE, RESERVED)).isEqualTo("wms.inventory.reserved");
    assertThat(MovementEventType.of(RESERVED, PICKED)).isEqualTo("wms.inventory.picked");
    assertThat(MovementEventType.of(PICKED, STAGED)).isEqualTo("wms.inventory.staged");
    assertThat(MovementEventType.of(RESERVED, STAGED)).isEqualTo("wms.inventory.staged");
    assertThat(MovementEventType.of(STAGED, PACKED)).isEqualTo("wms.inventory.packed");
    assertThat(MovementEventType.of(PACKED, SHIPPED)).isEqualTo("wms.inventory.shipped");
  }

  @Test
  void unitsGoingBackToTheShelfAreReleasedFromAReservationAndReturnedFromAnAllocation() {
    assertThat(MovementEventType.of(RESERVED, AVAILABLE)).isEqualTo("wms.inventory.released");
    assertThat(MovementEventType.of(PICKED, AVAILABLE)).isEqualTo("wms.inventory.released");
    assertThat(MovementEventType.of(STAGED, AVAILABLE))
        .isEqualTo("wms.inventory.returned-to-shelf");
    assertThat(MovementEventType.of(PACKED, AVAILABLE))
        .isEqualTo("wms.inventory.returned-to-shelf");
  }

  @Test
  void lossesAreShortagesAndCycleCountsAreAdjustmentsBothWays() {
    assertThat(MovementEventType.of(AVAILABLE, LOST)).isEqualTo("wms.inventory.stock-shortage");
    assertThat(MovementEventType.of(RESERVED, LOST)).isEqualTo("wms.inventory.stock-shortage");
    assertThat(MovementEventType.of(AVAILABLE, ADJUSTED)).isEqualTo("wms.inventory.adjusted");
    assertThat(MovementEventType.of(ADJUSTED, AVAILABLE)).isEqualTo("wms.inventory.adjusted");
  }

  @Test
  void noMovementEntersTheReceivedBucket() {
    assertThatThrownBy(() -> MovementEventType.of(AVAILABLE, RECEIVED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
