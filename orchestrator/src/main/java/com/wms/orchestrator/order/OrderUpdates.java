package com.wms.orchestrator.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow;
import com.wms.orchestrator.fulfillment.WorkflowIds;
import com.wms.security.ApiPrincipals;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.failure.ApplicationFailure;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Sends the order API's requests to the order's workflow as Workflow Updates and turns the
 * workflow's answer into the API's: the new view, or a refusal. The update id is the request's
 * {@code Idempotency-Key} scoped to the principal that sent it (or, without one, a digest of the
 * request), prefixed by the update's name, so a repeated request is answered once by Temporal, with
 * the first answer, and another token's request with the same key is a request of its own.
 */
@Component
class OrderUpdates {
  /** How long a request waits for the workflow to act before it is answered 202. */
  static final long WAIT_SECONDS = 20;

  private final WorkflowClient client;
  private final ObjectMapper json;

  OrderUpdates(WorkflowClient client, ObjectMapper json) {
    this.client = client;
    this.json = json;
  }

  /** What the workflow answered: its view, and false when it has not finished acting yet. */
  record Answer(OrderView view, boolean done) {}

  /**
   * Sends the update and waits for the workflow's view. Throws {@link OrderApiException} for a
   * refusal, and {@link WorkflowNotFoundException} when the order's workflow has ended.
   */
  Answer send(String orderId, String update, String idempotencyKey, Object request) {
    String id =
        update
            + ":"
            + (idempotencyKey != null
                ? ApiPrincipals.currentKeyOwner() + ":" + idempotencyKey
                : digest(request));
    UpdateOptions<OrderView> options =
        UpdateOptions.newBuilder(OrderView.class)
            .setUpdateName(update)
            .setUpdateId(id)
            .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
            .build();
    try {
      WorkflowUpdateHandle<OrderView> handle =
          client.newUntypedWorkflowStub(WorkflowIds.order(orderId)).startUpdate(options, request);
      return new Answer(handle.getResult(WAIT_SECONDS, TimeUnit.SECONDS), true);
    } catch (WorkflowUpdateException e) {
      throw refusal(e);
    } catch (WorkflowUpdateTimeoutOrCancelledException e) {
      return new Answer(null, false);
    }
  }

  /** The validator's reason: the innermost ApplicationFailure of the refusal's causes. */
  private static OrderApiException refusal(WorkflowUpdateException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (!(t instanceof ApplicationFailure a)) {
        continue;
      }
      if (OrderFulfillmentWorkflow.INVALID_STATE.equals(a.getType())) {
        return new OrderApiException(
            409,
            "INVALID_STATE",
            a.getOriginalMessage(),
            Map.of(
                "orderStatus", a.getDetails().get(0, String.class),
                "stage", a.getDetails().get(1, String.class)));
      }
      if (OrderFulfillmentWorkflow.VALIDATION_FAILED.equals(a.getType())) {
        return OrderApiException.invalid(a.getOriginalMessage());
      }
    }
    throw e;
  }

  private String digest(Object request) {
    try {
      byte[] body = json.writeValueAsBytes(request);
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
          .substring(0, 32);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
