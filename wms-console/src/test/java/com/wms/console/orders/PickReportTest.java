package com.wms.console.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wms.console.web.Forms;
import com.wms.orchestrator.order.LineState;
import com.wms.orchestrator.order.OrderPriority;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.Stage;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickReportTest {
  private final OrderView order =
      new OrderView(
          "ORD-1",
          "C-1",
          OrderPriority.STANDARD,
          OrderStatus.IN_PROGRESS,
          Stage.PICKING,
          List.of(line("SKU-A", 5), line("SKU-B", 2)),
          List.of(),
          null,
          null,
          null,
          List.of());

  @Test
  void aLinePickedInFullIsPickedAndALinePickedShortReportsTheRestWithItsReason() {
    PickCompleted report =
        PickReport.from(
            order,
            Map.of(
                "picked_0",
                "5",
                "location_0",
                "A-01",
                "tote_0",
                "T-1",
                "picked_1",
                "1",
                "location_1",
                "B-02",
                "tote_1",
                "T-1",
                "reason_1",
                "damaged"),
            "picker-7");

    assertThat(report.pickerId()).isEqualTo("picker-7");
    assertThat(report.pickedItems())
        .containsExactly(
            new PickedItem("SKU-A", 5, "A-01", "T-1"), new PickedItem("SKU-B", 1, "B-02", "T-1"));
    assertThat(report.shortItems())
        .containsExactly(new ShortItem("SKU-B", "B-02", 2, 1, "damaged"));
  }

  @Test
  void aLineWithNothingPickedIsOnlyShort() {
    PickCompleted report =
        PickReport.from(
            order,
            Map.of("picked_0", "5", "location_0", "A-01", "picked_1", "0", "location_1", "B-02"),
            "p");

    assertThat(report.pickedItems()).extracting(PickedItem::sku).containsExactly("SKU-A");
    assertThat(report.shortItems())
        .containsExactly(new ShortItem("SKU-B", "B-02", 2, 0, "not_found"));
  }

  @Test
  void morePickedThanOrderedIsRefusedBesideThatLine() {
    assertThatThrownBy(() -> PickReport.from(order, Map.of("picked_0", "6", "picked_1", "2"), "p"))
        .isInstanceOfSatisfying(
            Forms.InvalidInput.class, e -> assertThat(e.problem().field()).isEqualTo("picked_0"));
  }

  private static OrderView.LineView line(String sku, int requested) {
    return new OrderView.LineView(
        sku, requested, requested, 0, 0, 0, 0, 0, 0, 0, LineState.RESERVED);
  }
}
