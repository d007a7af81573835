package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.CancelRequest;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.Packed;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.Stage;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import io.temporal.failure.ApplicationFailure;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the order's update validators check: pure functions of the order's state and the request,
 * throwing the refusal ({@link UpdateRefused}, caused by an {@code ApplicationFailure} of the type
 * below) the order API turns into 409 ({@code INVALID_STATE}, details status and stage) or 400
 * ({@code VALIDATION_FAILED}).
 */
final class UpdateRules {
  private static final Set<Stage> NOT_CANCELLABLE =
      EnumSet.of(Stage.SHIPPING, Stage.COMPENSATING, Stage.DONE);

  private UpdateRules() {}

  static void pickCompleted(OrderState state, boolean reportTaken, PickCompleted report) {
    if (report == null) {
      throw invalid("pickCompleted needs a report");
    }
    if (state.ended() || state.stage() != Stage.PICKING || reportTaken) {
      throw wrongStage(state, "pickCompleted is taken once, while picking");
    }
    for (PickedItem p : orEmpty(report.pickedItems())) {
      requireSku(state, p == null ? null : p.sku());
    }
    for (ShortItem s : orEmpty(report.shortItems())) {
      requireSku(state, s == null ? null : s.sku());
    }
  }

  static void packed(OrderState state, boolean awaitingPacked, Packed packed) {
    if (packed == null || packed.packedBy() == null || packed.packedBy().isBlank()) {
      throw invalid("packed needs packedBy");
    }
    if (state.ended() || state.stage() != Stage.PACKING || !awaitingPacked) {
      throw wrongStage(state, "packed is taken while the order waits in packing");
    }
  }

  static void cancel(OrderState state, CancelRequest request) {
    if (state.ended() || NOT_CANCELLABLE.contains(state.stage())) {
      throw wrongStage(state, "an order can be cancelled until shipping starts");
    }
  }

  static void resolveShortage(
      OrderState state, boolean awaitingDecision, ShortageDecision decision) {
    if (decision == null || decision.decision() == null) {
      throw invalid("decision must be ship or cancel");
    }
    if (state.status() != OrderStatus.ON_HOLD || !awaitingDecision) {
      throw wrongStage(state, "resolve-shortage is taken while on hold");
    }
  }

  private static void requireSku(OrderState state, String sku) {
    if (sku == null || !state.hasSku(sku)) {
      throw invalid("sku " + sku + " is not a line of order " + state.orderId());
    }
  }

  private static UpdateRefused wrongStage(OrderState state, String wanted) {
    return refused(
        "order "
            + state.orderId()
            + " is "
            + state.status().wire()
            + " in stage "
            + state.stage().wire()
            + "; "
            + wanted,
        OrderFulfillmentWorkflow.INVALID_STATE,
        state.status().wire(),
        state.stage().wire());
  }

  private static UpdateRefused invalid(String message) {
    return refused(message, OrderFulfillmentWorkflow.VALIDATION_FAILED);
  }

  private static UpdateRefused refused(String message, String type, Object... details) {
    return new UpdateRefused(
        message, ApplicationFailure.newNonRetryableFailure(message, type, details));
  }

  /**
   * A validator's refusal. The SDK reports an exception thrown by a validator as a failure of the
   * exception's class and drops an {@code ApplicationFailure}'s type and details when it is thrown
   * itself, so the refusal carries them as its cause, which the failure converter keeps.
   */
  static final class UpdateRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UpdateRefused(String message, ApplicationFailure reason) {
      super(message, reason);
    }
  }

  private static <T> List<T> orEmpty(List<T> items) {
    return items == null ? List.of() : items;
  }
}
