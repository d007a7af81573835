package com.wms.orchestrator.inventory;

import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryItem;
import com.wms.orchestrator.inventory.ItemBatch.Line;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns activity inputs into the lines a batch processes: one line per idempotency key, so two
 * entries with the same key can never send two different requests under it. Entries that cannot be
 * sent (blank ids, non-positive quantities) become lines refused with {@code VALIDATION_FAILED}.
 */
final class Lines {
  record PickLine(String sku, String locationId, long quantity) {}

  record StageLine(String sku, String reservationId) {}

  record AllocationLine(String sku, String allocationId) {}

  private Lines() {}

  static String pickItem(String sku, String locationId) {
    return sku + "@" + locationId;
  }

  /** Picks of the same SKU and location are summed into one line, in order of first mention. */
  static List<Line<PickLine>> picks(List<ConfirmInventoryPickItem> items) {
    Map<List<String>, Long> merged = new LinkedHashMap<>();
    List<Line<PickLine>> rejected = new ArrayList<>();
    for (ConfirmInventoryPickItem item : orEmpty(items)) {
      if (item == null || blank(item.sku()) || blank(item.locationId()) || item.quantity() <= 0) {
        String sku = item == null ? null : item.sku();
        String id = item == null ? null : pickItem(item.sku(), item.locationId());
        rejected.add(
            Line.rejected(sku, id, "a picked item needs a sku, a locationId and a quantity > 0"));
        continue;
      }
      merged.merge(List.of(item.sku(), item.locationId()), (long) item.quantity(), Long::sum);
    }
    List<Line<PickLine>> lines = new ArrayList<>();
    merged.forEach(
        (k, quantity) ->
            lines.add(
                Line.of(
                    k.get(0),
                    pickItem(k.get(0), k.get(1)),
                    new PickLine(k.get(0), k.get(1), quantity))));
    lines.addAll(rejected);
    return lines;
  }

  /** One line per reservation; a repeated reservation is staged once. */
  static List<Line<StageLine>> stages(List<StageInventoryItem> items) {
    return distinct(
        items,
        StageInventoryItem::sku,
        StageInventoryItem::reservationId,
        (sku, id) -> new StageLine(sku, id),
        "a staged item needs a sku and a reservationId");
  }

  /** One line per allocation; a repeated allocation is moved once. */
  static <I> List<Line<AllocationLine>> allocations(
      List<I> items, Function<I, String> sku, Function<I, String> allocationId) {
    return distinct(
        items, sku, allocationId, AllocationLine::new, "an item needs a sku and an allocationId");
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static <I, L> List<Line<L>> distinct(
      List<I> items,
      Function<I, String> sku,
      Function<I, String> id,
      BiFunction<String, String, L> line,
      String why) {
    Set<String> seen = new LinkedHashSet<>();
    List<Line<L>> lines = new ArrayList<>();
    List<Line<L>> rejected = new ArrayList<>();
    for (I item : orEmpty(items)) {
      String s = item == null ? null : sku.apply(item);
      String i = item == null ? null : id.apply(item);
      if (blank(s) || blank(i)) {
        rejected.add(Line.rejected(s, i, why));
      } else if (seen.add(i)) {
        lines.add(Line.of(s, i, line.apply(s, i)));
      }
    }
    lines.addAll(rejected);
    return lines;
  }

  private static <T> List<T> orEmpty(List<T> items) {
    return items == null ? List.of() : items;
  }
}
