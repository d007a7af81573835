package com.wms.inventory.core;

import static com.wms.inventory.core.Fixtures.SKU;
import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.core.ReservationPlanner.Allotment;
import com.wms.inventory.core.ReservationPlanner.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationPlannerTest {
  private static final LocationId A = LocationId.of("A");
  private static final LocationId B = LocationId.of("B");
  private static final LocationId C = LocationId.of("C");

  private static LocationStock at(LocationId location, long available, long reserved) {
    return new LocationStock(SKU, location, available, reserved);
  }

  @Test
  void reservesFromTheLocationWithTheMostAvailableUnitsFirst() {
    Plan p =
        ReservationPlanner.plan(
            SKU, List.of(at(A, 3, 0), at(B, 9, 0), at(C, 5, 0)), Quantity.of(4));

    assertThat(p.satisfied()).isTrue();
    assertThat(p.allotments()).containsExactly(new Allotment(B, 4));
    assertThat(p).isEqualTo(new Plan(SKU, 4, 17, List.of(new Allotment(B, 4))));
  }

  @Test
  void ranksLocationsByAvailableNotByReservedUnits() {
    Plan p = ReservationPlanner.plan(SKU, List.of(at(A, 2, 50), at(B, 3, 0)), Quantity.of(2));

    assertThat(p.allotments()).containsExactly(new Allotment(B, 2));
  }

  @Test
  void breaksTiesByLocationId() {
    Plan p =
        ReservationPlanner.plan(
            SKU, List.of(at(C, 5, 0), at(B, 5, 0), at(A, 1, 0)), Quantity.of(3));

    assertThat(p.allotments()).containsExactly(new Allotment(B, 3));
  }

  @Test
  void splitsALineOverLocationsWhenNoneHoldsEnough() {
    Plan p =
        ReservationPlanner.plan(
            SKU, List.of(at(A, 4, 0), at(B, 4, 0), at(C, 6, 0)), Quantity.of(12));

    assertThat(p.satisfied()).isTrue();
    assertThat(p.allotments())
        .containsExactly(new Allotment(C, 6), new Allotment(A, 4), new Allotment(B, 2));
  }

  @Test
  void skipsLocationsWithNothingAvailable() {
    Plan p = ReservationPlanner.plan(SKU, List.of(at(A, 0, 7), at(B, 2, 0)), Quantity.of(2));

    assertThat(p.allotments()).containsExactly(new Allotment(B, 2));
  }

  @Test
  void reservesEverythingWhenTheRequestEqualsTheTotal() {
    Plan p = ReservationPlanner.plan(SKU, List.of(at(A, 2, 0), at(B, 3, 0)), Quantity.of(5));

    assertThat(p.satisfied()).isTrue();
    assertThat(p.allotments()).containsExactly(new Allotment(B, 3), new Allotment(A, 2));
  }

  @Test
  void plansNothingWhenTheLocationsHoldTooFewUnits() {
    Plan p = ReservationPlanner.plan(SKU, List.of(at(A, 2, 0), at(B, 3, 9)), Quantity.of(6));

    assertThat(p.satisfied()).isFalse();
    assertThat(p.allotments()).isEmpty();
    assertThat(p).isEqualTo(new Plan(SKU, 6, 5, List.of()));
  }

  @Test
  void plansNothingWhenThereAreNoLocations() {
    Plan p = ReservationPlanner.plan(SKU, List.of(), Quantity.of(1));

    assertThat(p.satisfied()).isFalse();
    assertThat(p.allotments()).isEmpty();
    assertThat(p.available()).isZero();
  }

  @Test
  void doesNotReorderTheCallersList() {
    List<LocationStock> input = new java.util.ArrayList<>(List.of(at(A, 1, 0), at(B, 9, 0)));

    ReservationPlanner.plan(SKU, input, Quantity.of(1));

    assertThat(input).containsExactly(at(A, 1, 0), at(B, 9, 0));
  }
}
