package com.wms.console.orders;

import com.wms.console.web.ConsoleUser;
import com.wms.orchestrator.order.OrderRequest;
import com.wms.orchestrator.order.OrderService;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.Stage;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The order side's operations as the console uses them, in one place: the order API's own service
 * layer (same process, same validation and refusals), with who asked recorded from the signed-in
 * principal. Also which actions an order's stage takes, so pages offer only those.
 */
@Component
public class OrderActions {
  private final OrderService orders;

  OrderActions(OrderService orders) {
    this.orders = orders;
  }

  OrderView view(String orderId) {
    return orders.view(orderId);
  }

  OrderService.Placed place(OrderRequest request) {
    return orders.place(request);
  }

  /**
   * The form's key is the update's idempotency key: a form sent twice (a double click, a reload) is
   * one update, answered the same.
   */
  void pickCompleted(String orderId, String key, PickCompleted report) {
    orders.pickCompleted(orderId, key, report);
  }

  void packed(String orderId, String key, String packedBy) {
    orders.packed(orderId, key, packedBy);
  }

  void cancel(String orderId, String key, String reason, ConsoleUser user) {
    orders.cancel(orderId, key, reason, user.name());
  }

  void resolveShortage(String orderId, String key, String decision, ConsoleUser user) {
    orders.resolveShortage(orderId, key, decision, user.name());
  }

  /** What the order's stage takes now. */
  public record Allowed(boolean pick, boolean pack, boolean cancel, boolean resolve) {
    public boolean any() {
      return pick || pack || cancel || resolve;
    }
  }

  static Allowed allowed(OrderView v) {
    boolean open = OrderStatus.IN_PROGRESS.equals(v.status());
    boolean onHold = OrderStatus.ON_HOLD.equals(v.status());
    return new Allowed(
        open && v.stage() == Stage.PICKING,
        open && v.stage() == Stage.PACKING,
        // On hold the shortage decision offers the cancel.
        open && !List.of(Stage.SHIPPING, Stage.DONE, Stage.COMPENSATING).contains(v.stage()),
        onHold);
  }

  /** A principal name as an id the order API takes (letters, digits, {@code . _ : -}). */
  static String idOf(ConsoleUser user) {
    return user.name().replaceAll("[^A-Za-z0-9._:-]", "-");
  }
}
