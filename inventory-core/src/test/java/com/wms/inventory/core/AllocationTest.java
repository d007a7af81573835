package com.wms.inventory.core;

import static com.wms.inventory.core.Fixtures.allocation;
import static com.wms.inventory.core.Fixtures.allocationMove;
import static com.wms.inventory.core.Fixtures.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AllocationTest {

  @Test
  void packMovesStagedUnitsToPacked() {
    Change<Allocation> c = allocation(4, AllocationStatus.STAGED).pack();

    assertThat(c.next()).isEqualTo(allocation(4, AllocationStatus.PACKED));
    assertThat(c.movements()).containsExactly(allocationMove(Bucket.STAGED, Bucket.PACKED, 4));
  }

  @ParameterizedTest
  @EnumSource(names = "STAGED", mode = EnumSource.Mode.EXCLUDE)
  void packRefusesAnAllocationThatIsNotStaged(AllocationStatus status) {
    assertRefused(ErrorCode.INVALID_STATE, () -> allocation(4, status).pack());
  }

  @Test
  void shipMovesPackedUnitsOutOfTheWarehouse() {
    Change<Allocation> c = allocation(4, AllocationStatus.PACKED).ship();

    assertThat(c.next()).isEqualTo(allocation(4, AllocationStatus.SHIPPED));
    assertThat(c.movements()).containsExactly(allocationMove(Bucket.PACKED, Bucket.SHIPPED, 4));
  }

  @Test
  void shipRefusesAStagedAllocation() {
    assertRefused(ErrorCode.INVALID_STATE, () -> allocation(4, AllocationStatus.STAGED).ship());
  }

  @ParameterizedTest
  @EnumSource(names = {"SHIPPED", "RETURNED"})
  void shipRefusesAClosedAllocation(AllocationStatus status) {
    assertRefused(ErrorCode.INVALID_STATE, () -> allocation(4, status).ship());
  }

  @Test
  void returnToShelfFromStagedPutsUnitsBackOnTheSourceShelf() {
    Change<Allocation> c = allocation(4, AllocationStatus.STAGED).returnToShelf();

    assertThat(c.next()).isEqualTo(allocation(4, AllocationStatus.RETURNED));
    assertThat(c.movements()).containsExactly(allocationMove(Bucket.STAGED, Bucket.AVAILABLE, 4));
    assertThat(c.movements().get(0).location()).isEqualTo(Fixtures.SHELF);
  }

  @Test
  void returnToShelfFromPackedPutsUnitsBackOnTheSourceShelf() {
    Change<Allocation> c = allocation(4, AllocationStatus.PACKED).returnToShelf();

    assertThat(c.next()).isEqualTo(allocation(4, AllocationStatus.RETURNED));
    assertThat(c.movements()).containsExactly(allocationMove(Bucket.PACKED, Bucket.AVAILABLE, 4));
  }

  @Test
  void returnToShelfRefusesAShippedAllocation() {
    assertRefused(
        ErrorCode.INVALID_STATE, () -> allocation(4, AllocationStatus.SHIPPED).returnToShelf());
  }

  @Test
  void returnToShelfRefusesAnAlreadyReturnedAllocation() {
    assertRefused(
        ErrorCode.INVALID_STATE, () -> allocation(4, AllocationStatus.RETURNED).returnToShelf());
  }

  @Test
  void stagedAndPackedCountOnlyTheBucketTheUnitsAreIn() {
    assertThat(allocation(4, AllocationStatus.STAGED).staged()).isEqualTo(4);
    assertThat(allocation(4, AllocationStatus.STAGED).packed()).isZero();
    assertThat(allocation(4, AllocationStatus.PACKED).staged()).isZero();
    assertThat(allocation(4, AllocationStatus.PACKED).packed()).isEqualTo(4);
    assertThat(allocation(4, AllocationStatus.SHIPPED).staged()).isZero();
    assertThat(allocation(4, AllocationStatus.SHIPPED).packed()).isZero();
    assertThat(allocation(4, AllocationStatus.RETURNED).staged()).isZero();
    assertThat(allocation(4, AllocationStatus.RETURNED).packed()).isZero();
  }

  @Test
  void statusWireNamesRoundTrip() {
    for (AllocationStatus s : AllocationStatus.values()) {
      assertThat(AllocationStatus.fromWire(s.wireName())).isEqualTo(s);
    }
    assertThat(AllocationStatus.RETURNED.wireName()).isEqualTo("returned");
  }
}
