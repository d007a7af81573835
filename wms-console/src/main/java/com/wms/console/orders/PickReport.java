package com.wms.console.orders;

import com.wms.console.web.Forms;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pick form of an order page as the picker's report: per line the units picked, the location
 * and tote; a line picked short also reports the rest as short, with the reason chosen.
 */
final class PickReport {
  private PickReport() {}

  static PickCompleted from(OrderView order, Map<String, String> form, String pickerId) {
    List<PickedItem> picked = new ArrayList<>();
    List<ShortItem> shortItems = new ArrayList<>();
    List<OrderView.LineView> lines = order.lines();
    for (int i = 0; i < lines.size(); i++) {
      OrderView.LineView line = lines.get(i);
      long units = Forms.number("picked_" + i, "Picked units", form.get("picked_" + i));
      if (units < 0 || units > line.requested()) {
        throw new Forms.InvalidInput(
            "picked_" + i, "Picked units must be between 0 and " + line.requested() + ".");
      }
      String location = form.getOrDefault("location_" + i, "").strip();
      if (units > 0) {
        picked.add(
            new PickedItem(
                line.sku(), (int) units, location, form.getOrDefault("tote_" + i, "").strip()));
      }
      if (units < line.requested()) {
        shortItems.add(
            new ShortItem(
                line.sku(),
                location,
                line.requested(),
                (int) units,
                form.getOrDefault("reason_" + i, "not_found")));
      }
    }
    return new PickCompleted(pickerId, picked, shortItems);
  }
}
