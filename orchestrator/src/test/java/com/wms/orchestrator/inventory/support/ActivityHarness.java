package com.wms.orchestrator.inventory.support;

import com.wms.inventory.client.InventoryClient;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.BatchProgress;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveItem;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryItem;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivitiesImpl;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import io.temporal.testing.TestActivityEnvironment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The activities under a {@link TestActivityEnvironment} with the production options, plus steps
 * that bring stock of an order to a given state through the activities themselves.
 */
public final class ActivityHarness implements AutoCloseable {
  public static final String SHELF = "A-1";
  public static final String STAGING = "STAGE-1";

  private final TestActivityEnvironment env = TestActivityEnvironment.newInstance();
  private final List<BatchProgress> heartbeats = new CopyOnWriteArrayList<>();
  private final InventoryActivities activities;

  public ActivityHarness(InventoryClient client) {
    env.registerActivitiesImplementations(new InventoryActivitiesImpl(client));
    env.setActivityHeartbeatListener(BatchProgress.class, heartbeats::add);
    activities =
        env.newActivityStub(InventoryActivities.class, InventoryActivityOptions.multiItem());
  }

  public InventoryActivities activities() {
    return activities;
  }

  /** Heartbeat details the next activity call starts with, as if an earlier attempt sent them. */
  public void resumeFrom(BatchProgress progress) {
    env.setHeartbeatDetails(progress);
  }

  /** Every heartbeat the activities sent so far (heartbeats may be throttled). */
  public List<BatchProgress> heartbeats() {
    return heartbeats;
  }

  /** Reserves {@code quantity} of the SKU for the order; returns the one reservation id. */
  public String reserved(String orderId, String sku, int quantity) {
    return activities
        .reserveInventory(
            new ReserveInventoryInput(orderId, List.of(new ReserveItem(sku, quantity))))
        .reservations()
        .get(0)
        .reservationId();
  }

  /** Reserves, picks and stages; returns the allocation id. */
  public String staged(String orderId, String sku, int quantity) {
    String reservationId = reserved(orderId, sku, quantity);
    activities.confirmInventoryPick(
        new ConfirmInventoryPickInput(
            orderId, List.of(new ConfirmInventoryPickItem(sku, quantity, SHELF))));
    return activities
        .stageInventory(
            new StageInventoryInput(
                orderId, STAGING, "stager", List.of(new StageInventoryItem(sku, reservationId))))
        .allocationIds()
        .get(0);
  }

  /** Reserves, picks, stages and packs; returns the allocation id. */
  public String packed(String orderId, String sku, int quantity) {
    String allocationId = staged(orderId, sku, quantity);
    activities.packInventory(
        new PackInventoryInput(orderId, "packer", List.of(new AllocationItem(sku, allocationId))));
    return allocationId;
  }

  @Override
  public void close() {
    env.close();
  }
}
