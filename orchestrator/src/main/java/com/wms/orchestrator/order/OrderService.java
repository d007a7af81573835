package com.wms.orchestrator.order;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.CancelRequest;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentInput;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import com.wms.orchestrator.packing.PackingWorkflow;
import com.wms.orchestrator.picking.OrchestratedPickingWorkflow;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import com.wms.orchestrator.shortage.StockShortageWorkflow;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Starts, signals and queries order workflows; the order API's only way into Temporal. */
@Service
public class OrderService {
  private static final Logger log = LoggerFactory.getLogger(OrderService.class);

  private final WorkflowClient client;
  private final OrderRepository orders;
  private final FulfillmentOptions defaults;

  OrderService(WorkflowClient client, OrderRepository orders, FulfillmentOptions defaults) {
    this.client = client;
    this.orders = orders;
    this.defaults = defaults;
  }

  /** The order view and whether the call created it (false: it existed already). */
  public record Placed(OrderView view, boolean created) {}

  /**
   * Places an order once: a second call with the same id returns the existing order and starts no
   * second workflow. The workflow start is retried on every call, so an order whose first start
   * failed (Temporal unreachable) starts on the client's retry.
   */
  public Placed place(OrderRequest request) {
    OrderValidation.order(request);
    String priority = request.priority() == null ? "normal" : request.priority();
    OrderView initial =
        new OrderView(
            request.orderId(),
            request.customerId(),
            priority,
            OrderStatus.IN_PROGRESS,
            OrderStatus.STAGE_RECEIVED,
            List.of(),
            List.of(),
            null,
            null,
            null,
            List.of());
    boolean created = orders.insert(request, initial);
    OrderRequest stored = created ? request : orders.request(request.orderId()).orElse(request);
    start(stored, priority);
    return new Placed(view(request.orderId()), created);
  }

  private void start(OrderRequest r, String priority) {
    FulfillmentOptions options =
        new FulfillmentOptions(
            defaults.pickTimeoutSeconds(),
            defaults.shortageThreshold(),
            defaults.reviewTimeoutSeconds(),
            Boolean.TRUE.equals(r.autoPack()) || defaults.autoPack(),
            defaults.stagingLocationId());
    OrderFulfillmentWorkflow wf =
        client.newWorkflowStub(
            OrderFulfillmentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(OrderFulfillmentWorkflow.workflowId(r.orderId()))
                .setTaskQueue(OrderFulfillmentWorkflow.TASK_QUEUE)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build());
    try {
      WorkflowClient.start(
          wf::fulfill,
          new FulfillmentInput(r.orderId(), r.customerId(), priority, r.items(), options));
    } catch (WorkflowExecutionAlreadyStarted e) {
      log.debug("orderId={} workflow exists already", r.orderId());
    }
  }

  /** The freshest view: the running workflow's query, else the last view it saved. */
  public OrderView view(String orderId) {
    OrderValidation.id("orderId", orderId);
    OrderView saved = orders.find(orderId).orElseThrow(() -> OrderApiException.unknown(orderId));
    if (OrderStatus.STAGE_DONE.equals(saved.stage())) {
      return saved;
    }
    try {
      return client
          .newWorkflowStub(
              OrderFulfillmentWorkflow.class, OrderFulfillmentWorkflow.workflowId(orderId))
          .status();
    } catch (WorkflowNotFoundException | WorkflowServiceException e) {
      return saved;
    } catch (RuntimeException e) {
      log.warn("orderId={} status query failed: {}", orderId, e.toString());
      return saved;
    }
  }

  public List<OrderView> list(String status, String after, int limit) {
    OrderValidation.status(status);
    if (after != null) {
      OrderValidation.id("after", after);
    }
    return orders.list(status, after, limit);
  }

  public OrderView pickCompleted(String orderId, PickCompleted report) {
    OrderValidation.pickCompleted(report);
    OrderView v =
        require(orderId, OrderStatus.STAGE_PICKING, "pickCompleted is taken while picking");
    signal(
        () ->
            client
                .newWorkflowStub(OrchestratedPickingWorkflow.class, "picking-" + orderId)
                .pickCompleted(report),
        orderId,
        v);
    return v;
  }

  public OrderView packed(String orderId, String packedBy) {
    OrderValidation.id("packedBy", packedBy);
    OrderView v = require(orderId, OrderStatus.STAGE_PACKING, "packed is taken while packing");
    signal(
        () ->
            client
                .newWorkflowStub(PackingWorkflow.class, "packing-" + orderId)
                .packed(new PackingWorkflow.Packed(packedBy)),
        orderId,
        v);
    return v;
  }

  public OrderView resolveShortage(String orderId, String decision, String decidedBy) {
    OrderValidation.decision(decision);
    OrderValidation.text("decidedBy", decidedBy, 128);
    OrderView v = view(orderId);
    if (!OrderStatus.ON_HOLD.equals(v.status())) {
      throw OrderApiException.wrongStage(orderId, v, "resolve-shortage is taken while on hold");
    }
    signal(
        () ->
            client
                .newWorkflowStub(StockShortageWorkflow.class, "shortage-" + orderId)
                .resolveShortage(
                    new ShortageDecision(decision, decidedBy == null ? "supervisor" : decidedBy)),
        orderId,
        v);
    return v;
  }

  public OrderView cancel(String orderId, String reason, String requestedBy) {
    OrderValidation.text("reason", reason);
    OrderValidation.text("requestedBy", requestedBy, 128);
    OrderView v = view(orderId);
    if (OrderStatus.terminal(v.status())
        || List.of(
                OrderStatus.STAGE_SHIPPING, OrderStatus.STAGE_DONE, OrderStatus.STAGE_COMPENSATING)
            .contains(v.stage())) {
      throw OrderApiException.wrongStage(
          orderId, v, "an order can be cancelled until shipping starts");
    }
    signal(
        () ->
            client
                .newWorkflowStub(
                    OrderFulfillmentWorkflow.class, OrderFulfillmentWorkflow.workflowId(orderId))
                .cancel(
                    new CancelRequest(
                        reason == null ? "cancelled by request" : reason,
                        requestedBy == null ? "api" : requestedBy)),
        orderId,
        v);
    return v;
  }

  private OrderView require(String orderId, String stage, String wanted) {
    OrderView v = view(orderId);
    if (OrderStatus.terminal(v.status()) || !stage.equals(v.stage())) {
      throw OrderApiException.wrongStage(orderId, v, wanted);
    }
    return v;
  }

  private static void signal(Runnable send, String orderId, OrderView v) {
    try {
      send.run();
    } catch (WorkflowNotFoundException e) {
      throw new OrderApiException(
          409,
          "INVALID_STATE",
          "order " + orderId + " is no longer waiting for that signal",
          Map.of("status", v.status(), "stage", v.stage()));
    }
  }
}
