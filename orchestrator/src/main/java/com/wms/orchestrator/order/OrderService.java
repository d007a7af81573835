package com.wms.orchestrator.order;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.CancelRequest;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentInput;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.Packed;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.shortage.ShortageRecords.Decision;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts order workflows and sends them the warehouse's requests as Workflow Updates; reads orders
 * from the order table, which the workflow keeps current at every stage. The order API's only way
 * into Temporal.
 */
@Service
public class OrderService {
  private static final Logger log = LoggerFactory.getLogger(OrderService.class);

  private final WorkflowClient client;
  private final OrderRepository orders;
  private final OrderUpdates updates;
  private final FulfillmentDefaults defaults;

  OrderService(
      WorkflowClient client,
      OrderRepository orders,
      OrderUpdates updates,
      FulfillmentDefaults defaults) {
    this.client = client;
    this.orders = orders;
    this.updates = updates;
    this.defaults = defaults;
  }

  /** The order view and whether the call created it (false: it existed already). */
  public record Placed(OrderView view, boolean created) {}

  /** An update's answer: the view, and false when the workflow took it but has not acted yet. */
  public record Updated(OrderView view, boolean done) {}

  /**
   * Places an order once: a second call with the same id returns the existing order and starts no
   * second workflow. The workflow start is retried on every call, so an order whose first start
   * failed (Temporal unreachable) starts on the client's retry.
   */
  public Placed place(OrderRequest request) {
    OrderValidation.order(request);
    OrderPriority priority =
        request.priority() == null
            ? OrderPriority.STANDARD
            : OrderPriority.ofWire(request.priority());
    OrderView initial =
        OrderView.received(request.orderId(), request.customerId(), priority, request.items());
    boolean created = orders.insert(request, initial);
    OrderRequest stored = created ? request : orders.request(request.orderId()).orElse(request);
    start(stored, priority);
    return new Placed(view(request.orderId()), created);
  }

  private void start(OrderRequest r, OrderPriority priority) {
    FulfillmentOptions options = defaults.options(priority, Boolean.TRUE.equals(r.autoPack()));
    OrderFulfillmentWorkflow wf =
        client.newWorkflowStub(
            OrderFulfillmentWorkflow.class, OrderStarts.options(r.orderId(), priority));
    try {
      WorkflowClient.start(
          wf::fulfill,
          new FulfillmentInput(r.orderId(), r.customerId(), priority, r.items(), options));
    } catch (WorkflowExecutionAlreadyStarted e) {
      log.debug("orderId={} workflow exists already", r.orderId());
    }
  }

  /** The order as its workflow last saved it (at every change of stage or status). */
  public OrderView view(String orderId) {
    OrderValidation.id("orderId", orderId);
    return orders.find(orderId).orElseThrow(() -> OrderApiException.unknown(orderId));
  }

  public List<OrderView> list(String status, String after, int limit) {
    OrderStatus filter = OrderValidation.status(status);
    if (after != null) {
      OrderValidation.id("after", after);
    }
    return orders.list(filter, after, limit);
  }

  public Updated pickCompleted(String orderId, String key, PickCompleted report) {
    OrderValidation.pickCompleted(report);
    return update(orderId, "pickCompleted", key, report);
  }

  public Updated packed(String orderId, String key, String packedBy) {
    OrderValidation.id("packedBy", packedBy);
    return update(orderId, "packed", key, new Packed(packedBy));
  }

  public Updated resolveShortage(String orderId, String key, String decision, String decidedBy) {
    Decision decided = OrderValidation.decision(decision);
    OrderValidation.text("decidedBy", decidedBy, 128);
    return update(
        orderId,
        "resolveShortage",
        key,
        new ShortageDecision(decided, decidedBy == null ? "supervisor" : decidedBy));
  }

  public Updated cancel(String orderId, String key, String reason, String requestedBy) {
    OrderValidation.text("reason", reason);
    OrderValidation.text("requestedBy", requestedBy, 128);
    return update(
        orderId,
        "cancel",
        key,
        new CancelRequest(
            reason == null ? "cancelled by request" : reason,
            requestedBy == null ? "api" : requestedBy));
  }

  /**
   * The workflow alone decides: there is no read of the stage before the update. When the workflow
   * has ended (or never existed), the order table says which: unknown (404) or finished (409 with
   * its final status and stage).
   */
  private Updated update(String orderId, String name, String key, Object request) {
    OrderValidation.id("orderId", orderId);
    if (key != null) {
      OrderValidation.text("Idempotency-Key", key, 200);
    }
    try {
      OrderUpdates.Answer a = updates.send(orderId, name, key, request);
      return a.done() ? new Updated(a.view(), true) : new Updated(view(orderId), false);
    } catch (WorkflowNotFoundException e) {
      OrderView v = view(orderId);
      throw new OrderApiException(
          409,
          "INVALID_STATE",
          "order "
              + orderId
              + " is "
              + v.status().wire()
              + " in stage "
              + v.stage().wire()
              + "; "
              + name
              + " is no longer taken",
          Map.of("orderStatus", v.status().wire(), "stage", v.stage().wire()));
    }
  }
}
