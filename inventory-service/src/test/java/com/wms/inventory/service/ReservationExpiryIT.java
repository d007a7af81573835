package com.wms.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.wms.inventory.api.ReservationView;
import com.wms.inventory.service.stock.ReservationExpirySweeper;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Reservation expiry with a TTL of zero, so every reservation is due at once. This is the second
 * (and last) Spring context of the suite; it shares the one embedded PostgreSQL. Reservations of
 * the other context live 24 hours, so this sweeper never touches them.
 */
@TestPropertySource(properties = "wms.inventory.reservation-ttl=PT0S")
class ReservationExpiryIT extends InventoryServiceIT {
  @Autowired ReservationExpirySweeper sweeper;

  @Test
  void sweepReleasesExpiredUnpickedReservationsAndKeepsPickedOnes() {
    Stock stock = stock();
    String sku = stock.stockedSku("EXP", "A-1", 10);
    String idle = Api.unique("ORD");
    String picking = Api.unique("ORD");
    String idleReservation = stock.reserveOne(idle, sku, 4);
    String pickingReservation = stock.reserveOne(picking, sku, 3);
    Stock.ok(stock.pick(sku, picking, "A-1", 1));
    assertThat(stock.balances(sku))
        .isEqualTo("available=3 reserved=6 picked=1 onHand=10 received=10");

    assertThat(sweeper.sweep()).isPositive();

    assertThat(stock.order(idle).reservations())
        .extracting(ReservationView::reservationId, ReservationView::status)
        .containsExactly(tuple(idleReservation, "expired"));
    assertThat(stock.order(picking).reservations())
        .extracting(
            ReservationView::reservationId,
            ReservationView::status,
            ReservationView::reservedQuantity,
            ReservationView::pickedQuantity)
        .containsExactly(tuple(pickingReservation, "picked", 2L, 1L));
    assertThat(stock.balances(sku))
        .isEqualTo("available=7 reserved=2 picked=1 onHand=10 received=10");
    assertThat(stock.movements(sku)).endsWith("expire: reserved>available 4");
    assertThat(stock.ledger(sku).get(stock.ledger(sku).size() - 1).actor())
        .isEqualTo("expiry-sweeper");
    stock.assertAuditOk();
  }

  @Test
  void anExpiredReservationCanNoLongerBePickedOrStaged() {
    Stock stock = stock();
    String sku = stock.stockedSku("EXP", "A-1", 5);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 5);

    sweeper.sweep();

    Stock.assertProblem(stock.pick(sku, order, "A-1", 1), 404, "UNKNOWN_RESERVATION");
    Stock.assertProblem(stock.stage(sku, reservation), 409, "INVALID_STATE");
    assertThat(stock.balances(sku)).isEqualTo("available=5 onHand=5 received=5");
    assertThat(sweeper.sweep()).isZero();
    assertThat(stock.movements(sku).stream().filter(m -> m.startsWith("expire:"))).hasSize(1);
    stock.assertAuditOk();
  }
}
